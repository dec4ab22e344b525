import { Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import { PAGE_SIZES } from '../hooks/useQueueFilters';
import { useMessages } from '../utils/messages';

interface QueuePaginationProps {
  page: number;
  pageCount: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}

/** Previous / next through the queue, and how many comments a page shows. */
export const QueuePagination = ({ page, pageCount, pageSize, onPage, onPageSize }: QueuePaginationProps) => {
  const t = useMessages();
  const last = Math.max(pageCount, 1);
  return (
    <Flex tag="nav" aria-label={t('comments.pagination.label')} justifyContent="space-between" alignItems="center" paddingTop={4} gap={4}>
      <SingleSelect
        aria-label={t('comments.pagination.page-size')}
        size="S"
        value={String(pageSize)}
        onChange={(value: string | number) => onPageSize(Number(value))}
      >
        {PAGE_SIZES.map((size) => (
          <SingleSelectOption key={size} value={String(size)}>
            {size}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Flex gap={2} alignItems="center">
        <Button variant="tertiary" size="S" startIcon={<ChevronLeft />} disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('comments.pagination.previous')}
        </Button>
        <Typography textColor="neutral600">{t('comments.pagination.page', { page: Math.min(page, last), pageCount: last })}</Typography>
        <Button variant="tertiary" size="S" endIcon={<ChevronRight />} disabled={page >= last} onClick={() => onPage(page + 1)}>
          {t('comments.pagination.next')}
        </Button>
      </Flex>
    </Flex>
  );
};
