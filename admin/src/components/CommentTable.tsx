import { Box, Checkbox, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import type { CommentStatus, ModerationComment } from '../../../contracts/comments';
import { useMessages, type MessageKey } from '../utils/messages';
import { STATUS_LABEL } from '../utils/status-labels';
import { CommentRow } from './CommentRow';
import type { RowActionsProps } from './RowActions';

interface CommentTableProps extends Omit<RowActionsProps, 'comment'> {
  rows: ModerationComment[];
  status: CommentStatus;
  isLoading: boolean;
  selected: Set<number>;
  onSelect: (id: number, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  onArticle: (documentId: string) => void;
}

const COLUMNS: MessageKey[] = [
  'comments.table.author',
  'comments.table.article',
  'comments.table.content',
  'comments.table.time',
  'comments.table.status',
  'comments.table.reports',
];

/** The page of the queue: one row a comment, a checkbox each for bulk actions (moderators only). */
export const CommentTable = ({ rows, status, isLoading, selected, onSelect, onSelectAll, onArticle, ...actions }: CommentTableProps) => {
  const t = useMessages();
  const colCount = COLUMNS.length + 1 + (actions.canModerate ? 1 : 0);
  const chosen = rows.filter((row) => selected.has(row.id)).length;

  return (
    <Table colCount={colCount} rowCount={rows.length + 1} aria-busy={isLoading}>
      <caption>
        <VisuallyHidden>{t('comments.table.caption', { status: t(STATUS_LABEL[status]) })}</VisuallyHidden>
      </caption>
      <Thead>
        <Tr>
          {actions.canModerate && (
            <Th>
              <Checkbox
                aria-label={t('comments.table.select-all')}
                disabled={rows.length === 0}
                checked={chosen > 0 && chosen === rows.length ? true : chosen > 0 ? 'indeterminate' : false}
                onCheckedChange={(checked: boolean | 'indeterminate') => onSelectAll(checked === true)}
              />
            </Th>
          )}
          {COLUMNS.map((key) => (
            <Th key={key}>
              <Typography variant="sigma" textColor="neutral600">
                {t(key)}
              </Typography>
            </Th>
          ))}
          <Th>
            <Typography variant="sigma" textColor="neutral600">
              {t('comments.table.actions')}
            </Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.length === 0 ? (
          <Tr>
            <Td colSpan={colCount}>
              <Box padding={6}>
                {isLoading ? (
                  <Loader small>{t('comments.table.loading')}</Loader>
                ) : (
                  <Typography textColor="neutral600">
                    {t(status === 'pending' ? 'comments.empty.pending' : 'comments.empty')}
                  </Typography>
                )}
              </Box>
            </Td>
          </Tr>
        ) : (
          rows.map((comment) => (
            <CommentRow
              key={comment.id}
              comment={comment}
              selected={selected.has(comment.id)}
              onSelect={onSelect}
              onArticle={onArticle}
              {...actions}
            />
          ))
        )}
      </Tbody>
    </Table>
  );
};
