import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { ModerationListResponse } from '../../../contracts/comments';
import { useCommentsApi } from '../hooks/useCommentsApi';
import { excerpt } from '../utils/excerpt';
import { useMessages } from '../utils/messages';
import { PLUGIN_ID } from '../../../contracts/plugin';

const LATEST = 5;

/** The homepage widget: how many comments wait for moderation, and the latest few. */
export const PendingCommentsWidget = () => {
  const t = useMessages();
  const { formatDate } = useIntl();
  const api = useCommentsApi();
  const [data, setData] = React.useState<ModerationListResponse | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let current = true;
    api
      .list({ status: 'pending', page: 1, pageSize: LATEST })
      .then((answer) => current && setData(answer))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [api]);

  if (failed) return <Widget.Error />;
  if (!data) return <Widget.Loading />;
  const count = data.meta.counts.pending;
  if (count === 0) return <Widget.NoData>{t('widget.pending.empty')}</Widget.NoData>;

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="p" textColor="neutral800" data-newsroom="pending-count">
        {t('widget.pending.count', { count })}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
        {data.data.map((comment) => (
          <Box key={comment.id} tag="li" padding={2} hasRadius background="neutral100">
            <Link
              to={`/plugins/${PLUGIN_ID}?status=pending&article=${encodeURIComponent(comment.article.documentId)}`}
              style={{ textDecoration: 'none', color: 'inherit', display: 'block' }}
            >
              <Flex justifyContent="space-between" gap={2}>
                <Typography fontWeight="semiBold" textColor="neutral800" ellipsis>
                  {comment.authorName}
                </Typography>
                <Typography variant="pi" textColor="neutral500">
                  <time dateTime={comment.createdAt}>
                    {formatDate(comment.createdAt, { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' })}
                  </time>
                </Typography>
              </Flex>
              <Typography tag="p" textColor="neutral700" ellipsis>
                {excerpt(comment.content, 90)}
              </Typography>
              {comment.article.title && (
                <Typography variant="pi" tag="p" textColor="neutral500" ellipsis>
                  {t('widget.pending.on', { title: comment.article.title })}
                </Typography>
              )}
            </Link>
          </Box>
        ))}
      </Flex>
    </Flex>
  );
};
