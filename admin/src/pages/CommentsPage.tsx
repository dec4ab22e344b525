import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, isFetchError, useAPIErrorHandler, useNotification, useRBAC } from '@strapi/strapi/admin';
import type { CommentStatus, ModerationComment } from '../../../contracts/comments';
import { ArticleFilter } from '../components/ArticleFilter';
import { BulkActions } from '../components/BulkActions';
import { CommentTable } from '../components/CommentTable';
import { DeleteDialog } from '../components/DeleteDialog';
import { EditDialog } from '../components/EditDialog';
import { HistoryDialog } from '../components/HistoryDialog';
import { QueuePagination } from '../components/QueuePagination';
import { ReplyDialog } from '../components/ReplyDialog';
import { SearchFilter } from '../components/SearchFilter';
import { StatusTabs } from '../components/StatusTabs';
import { useCommentQueue } from '../hooks/useCommentQueue';
import { useCommentsApi } from '../hooks/useCommentsApi';
import { useQueueFilters } from '../hooks/useQueueFilters';
import { PERMISSIONS } from '../permissions';
import { useMessages } from '../utils/messages';
import { STATUS_LABEL } from '../utils/status-labels';

type Deleting = { ids: number[]; target: { author: string } | { count: number } };

/**
 * The moderation queue: comments by status (pending first), filtered by article and text, with
 * per-row and bulk actions. Users with `comments.read` only see the queue and the history.
 */
export const CommentsPage = () => {
  const t = useMessages();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const { allowedActions } = useRBAC(PERMISSIONS.moderate);
  const canModerate = allowedActions.canModerate === true;
  const api = useCommentsApi();
  const [query, update] = useQueueFilters();
  const queue = useCommentQueue(query);
  const rows = queue.data?.data ?? [];

  const [selected, setSelected] = React.useState<Set<number>>(new Set());
  const [busy, setBusy] = React.useState(false);
  const [editing, setEditing] = React.useState<ModerationComment | null>(null);
  const [replying, setReplying] = React.useState<ModerationComment | null>(null);
  const [historyOf, setHistoryOf] = React.useState<ModerationComment | null>(null);
  const [deleting, setDeleting] = React.useState<Deleting | null>(null);

  // A selection belongs to the rows on screen.
  const { status, article, q, page, pageSize } = query;
  React.useEffect(() => setSelected(new Set()), [status, article, q, page, pageSize]);

  const fail = (error: unknown) =>
    toggleNotification({ type: 'danger', message: isFetchError(error) ? formatAPIError(error) : t('comments.error.load') });

  /** Runs a change, says how it went, refreshes the queue; rethrows so a dialog can stay open. */
  const run = async (change: () => Promise<string>) => {
    setBusy(true);
    try {
      const done = await change();
      toggleNotification({ type: 'success', message: done });
      setSelected(new Set());
    } catch (error) {
      fail(error);
      throw error;
    } finally {
      setBusy(false);
      queue.reload();
    }
  };
  const quietly = (promise: Promise<void>) => promise.catch(() => undefined);

  const move = (ids: number[], to: CommentStatus) =>
    quietly(
      run(async () => {
        await api.moderate({ ids, status: to });
        return t('comments.notify.moderated', { count: ids.length, status: t(STATUS_LABEL[to]) });
      })
    );

  const remove = (ids: number[]) =>
    quietly(
      run(async () => {
        for (const id of ids) await api.remove(id);
        return t('comments.notify.deleted', { count: ids.length });
      })
    );

  const select = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const articleTitle = rows.find((row) => row.article.documentId === article)?.article.title ?? null;
  const pagination = queue.data?.meta.pagination;

  return (
    <Page.Main aria-busy={queue.isLoading}>
      <Page.Title>{t('comments.page.title')}</Page.Title>
      <Layouts.Header title={t('comments.page.title')} subtitle={t('comments.page.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap">
            <ArticleFilter value={article} title={articleTitle} onChange={(value) => update({ article: value })} />
            <SearchFilter value={q} onSearch={(value) => update({ q: value })} />
          </Flex>
          {!canModerate && (
            <Box padding={3} background="neutral100" hasRadius>
              <Typography textColor="neutral700">{t('comments.readonly')}</Typography>
            </Box>
          )}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <StatusTabs status={status} counts={queue.data?.meta.counts ?? null} onChange={(value) => update({ status: value })}>
              <Flex direction="column" alignItems="stretch" gap={3} paddingTop={4}>
                {canModerate && selected.size > 0 && (
                  <BulkActions
                    count={selected.size}
                    busy={busy}
                    onMove={(to) => move([...selected], to)}
                    onDelete={() => setDeleting({ ids: [...selected], target: { count: selected.size } })}
                  />
                )}
                {queue.error && !queue.isLoading ? (
                  <Flex direction="column" gap={3} padding={6}>
                    <Typography textColor="danger600">{t('comments.error.load')}</Typography>
                    <Button variant="secondary" onClick={queue.reload}>
                      {t('comments.error.retry')}
                    </Button>
                  </Flex>
                ) : (
                  <CommentTable
                    rows={rows}
                    status={status}
                    isLoading={queue.isLoading}
                    selected={selected}
                    canModerate={canModerate}
                    busy={busy}
                    onSelect={select}
                    onSelectAll={(on) => setSelected(on ? new Set(rows.map((row) => row.id)) : new Set())}
                    onArticle={(documentId) => update({ article: documentId })}
                    onMove={(comment, to) => move([comment.id], to)}
                    onEdit={setEditing}
                    onReply={setReplying}
                    onHistory={setHistoryOf}
                    onDelete={(comment) => setDeleting({ ids: [comment.id], target: { author: comment.authorName } })}
                  />
                )}
                {pagination && pagination.total > 0 && (
                  <QueuePagination
                    page={pagination.page}
                    pageCount={pagination.pageCount}
                    pageSize={pageSize}
                    onPage={(next) => update({ page: next })}
                    onPageSize={(size) => update({ pageSize: size })}
                  />
                )}
              </Flex>
            </StatusTabs>
          </Box>
        </Flex>
      </Layouts.Content>

      <EditDialog
        comment={editing}
        onClose={() => setEditing(null)}
        onSave={(comment, content) =>
          run(async () => {
            await api.edit(comment.id, content);
            return t('comments.notify.edited');
          })
        }
      />
      <ReplyDialog
        comment={replying}
        onClose={() => setReplying(null)}
        onSend={(comment, content) =>
          run(async () => {
            await api.reply(comment.id, content);
            return t('comments.notify.replied');
          })
        }
      />
      <HistoryDialog comment={historyOf} onClose={() => setHistoryOf(null)} />
      <DeleteDialog
        target={deleting?.target ?? null}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void remove(deleting.ids);
          setDeleting(null);
        }}
      />
    </Page.Main>
  );
};
