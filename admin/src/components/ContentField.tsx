import type * as React from 'react';
import { Field, Textarea } from '@strapi/design-system';

interface ContentFieldProps {
  label: string;
  hint: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A comment's text, typed as plain text. */
export const ContentField = ({ label, hint, error, value, onChange }: ContentFieldProps) => (
  <Field.Root name="content" required hint={hint} error={error}>
    <Field.Label>{label}</Field.Label>
    <Textarea
      value={value}
      onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      style={{ minHeight: '12rem' }}
    />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);
