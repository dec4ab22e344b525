import type * as React from 'react';
import { Tabs } from '@strapi/design-system';
import { COMMENT_STATUSES, type CommentStatus } from '../../../contracts/comments';
import { useMessages } from '../utils/messages';
import { STATUS_LABEL } from '../utils/status-labels';

interface StatusTabsProps {
  status: CommentStatus;
  counts: Record<CommentStatus, number> | null;
  onChange: (status: CommentStatus) => void;
  children: React.ReactNode;
}

/** The queue by status, pending first, each tab with its count; the active tab holds the table. */
export const StatusTabs = ({ status, counts, onChange, children }: StatusTabsProps) => {
  const t = useMessages();
  return (
    <Tabs.Root value={status} onValueChange={(value: string) => onChange(value as CommentStatus)} variant="simple">
      <Tabs.List aria-label={t('comments.tabs.label')}>
        {COMMENT_STATUSES.map((value) => (
          <Tabs.Trigger key={value} value={value}>
            {counts
              ? t('comments.status.tab', { status: t(STATUS_LABEL[value]), count: counts[value] })
              : t(STATUS_LABEL[value])}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {COMMENT_STATUSES.map((value) => (
        <Tabs.Content key={value} value={value}>
          {value === status ? children : null}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
};
