import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../contracts/plugin';
import en from '../translations/en.json';

/** A key of the plugin's translation files (en.json is the reference; vi.json has the same keys). */
export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number | boolean | null | undefined | Date>;

/** The admin's id for a plugin message: translations are registered prefixed with the plugin id. */
export const messageId = (key: MessageKey): string => `${PLUGIN_ID}.${key}`;

/** A react-intl descriptor, with the English text as the fallback. */
export const message = (key: MessageKey) => ({ id: messageId(key), defaultMessage: en[key] });

/** `t('comments.menu')`: the plugin's messages in the admin's language. */
export const useMessages = () => {
  const { formatMessage } = useIntl();
  return React.useCallback((key: MessageKey, values?: MessageValues) => formatMessage(message(key), values), [formatMessage]);
};
