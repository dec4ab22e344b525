import * as React from 'react';
import { Button, Field, Flex, Tag } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useMessages } from '../utils/messages';

interface ArticleFilterProps {
  /** The documentId filtered on, if any. */
  value: string | undefined;
  /** Its title, when a row of the page shows it. */
  title: string | null;
  onChange: (article: string | undefined) => void;
}

/** Comments of one article (by documentId): typed here, or picked from a row's article link. */
export const ArticleFilter = ({ value, title, onChange }: ArticleFilterProps) => {
  const t = useMessages();
  const [text, setText] = React.useState('');

  if (value) {
    return (
      <Tag icon={<Cross aria-hidden />} label={t('comments.filters.article.clear')} onClick={() => onChange(undefined)}>
        {t('comments.filters.article.active', { title: title ?? value })}
      </Tag>
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const documentId = text.trim();
        if (documentId) onChange(documentId);
      }}
    >
      <Flex gap={2} alignItems="flex-end">
        <Field.Root name="article">
          <Field.Label>{t('comments.filters.article.label')}</Field.Label>
          <Field.Input
            value={text}
            size="S"
            maxLength={64}
            pattern="[A-Za-z0-9]{1,64}"
            placeholder={t('comments.filters.article.placeholder')}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
          />
        </Field.Root>
        <Button type="submit" variant="tertiary" size="M" disabled={!text.trim()}>
          {t('comments.filters.article.apply')}
        </Button>
      </Flex>
    </form>
  );
};
