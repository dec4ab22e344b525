import { Badge, Box, Checkbox, Flex, Td, TextButton, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ModerationComment } from '../../../contracts/comments';
import { excerpt } from '../utils/excerpt';
import { useMessages } from '../utils/messages';
import { RowActions, type RowActionsProps } from './RowActions';
import { StatusBadge } from './StatusBadge';

interface CommentRowProps extends Omit<RowActionsProps, 'comment'> {
  comment: ModerationComment;
  selected: boolean;
  onSelect: (id: number, selected: boolean) => void;
  onArticle: (documentId: string) => void;
}

/**
 * One comment of the queue. Every text a reader wrote (name, email, comment) is rendered as a React
 * text node, so markup in it shows as typed and never runs.
 */
export const CommentRow = ({ comment, selected, onSelect, onArticle, ...actions }: CommentRowProps) => {
  const t = useMessages();
  const { formatDate } = useIntl();
  const title = comment.article.title ?? t('comments.table.untitled');

  return (
    <Tr data-comment-id={comment.id}>
      {actions.canModerate && (
        <Td>
          <Checkbox
            aria-label={t('comments.table.select', { author: comment.authorName })}
            checked={selected}
            onCheckedChange={(checked: boolean | 'indeterminate') => onSelect(comment.id, checked === true)}
          />
        </Td>
      )}
      <Td>
        <Flex direction="column" alignItems="flex-start" gap={1} minWidth="12rem">
          <Typography fontWeight="semiBold" textColor="neutral800">
            {comment.authorName}
          </Typography>
          {/* Private: only users let into the queue (comments.read) get it from the API. */}
          <Typography variant="pi" textColor="neutral600" style={{ overflowWrap: 'anywhere' }}>
            {comment.authorEmail ?? '–'}
          </Typography>
          {(comment.isStaff || comment.parentId !== null) && (
            <Flex gap={1}>
              {comment.isStaff && <Badge variant="primary">{t('comments.table.staff')}</Badge>}
              {comment.parentId !== null && <Badge>{t('comments.table.is-reply')}</Badge>}
            </Flex>
          )}
        </Flex>
      </Td>
      <Td>
        <Box minWidth="10rem" maxWidth="20rem">
          <TextButton
            onClick={() => onArticle(comment.article.documentId)}
            aria-label={t('comments.table.filter-by-article', { title })}
          >
            <Typography textColor="primary600" textAlign="left" style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
              {title}
            </Typography>
          </TextButton>
          {comment.article.locale && (
            <Typography variant="pi" textColor="neutral500" tag="div">
              {comment.article.locale}
            </Typography>
          )}
        </Box>
      </Td>
      <Td>
        <Box maxWidth="28rem" minWidth="14rem">
          <Typography textColor="neutral800" style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
            {excerpt(comment.content)}
          </Typography>
        </Box>
      </Td>
      <Td>
        <Typography textColor="neutral600">
          <time dateTime={comment.createdAt}>
            {formatDate(comment.createdAt, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })}
          </time>
        </Typography>
      </Td>
      <Td>
        <StatusBadge status={comment.status} />
      </Td>
      <Td>
        {comment.reportCount > 0 ? (
          <Badge variant="danger">{comment.reportCount}</Badge>
        ) : (
          <Typography textColor="neutral500">0</Typography>
        )}
      </Td>
      <Td>
        <RowActions comment={comment} {...actions} />
      </Td>
    </Tr>
  );
};
