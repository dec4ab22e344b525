import * as React from 'react';
import { SearchForm, Searchbar } from '@strapi/design-system';
import { useMessages } from '../utils/messages';

interface SearchFilterProps {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}

/** Text search over the comment, its author and email; applied on Enter. */
export const SearchFilter = ({ value, onSearch }: SearchFilterProps) => {
  const t = useMessages();
  const [text, setText] = React.useState(value ?? '');
  React.useEffect(() => setText(value ?? ''), [value]);

  return (
    <SearchForm
      onSubmit={(event: React.FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSearch(text.trim() || undefined);
      }}
    >
      <Searchbar
        name="q"
        value={text}
        maxLength={200}
        placeholder={t('comments.filters.search.placeholder')}
        clearLabel={t('comments.filters.search.clear')}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
        onClear={() => {
          setText('');
          onSearch(undefined);
        }}
      >
        {t('comments.filters.search.label')}
      </Searchbar>
    </SearchForm>
  );
};
