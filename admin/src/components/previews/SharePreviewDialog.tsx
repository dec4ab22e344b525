import * as React from 'react';
import { Box, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import type { PreviewLink, PreviewLinkCreated, PreviewSettings } from '../../../../contracts/previews';
import { usePreviewsApi } from '../../hooks/usePreviewsApi';
import { serverMessage } from '../../utils/api-error';
import { useMessages } from '../../utils/messages';
import { PreviewLinkItem } from './PreviewLinkItem';

interface Props {
  documentId: string;
  locale: string | null;
  settings: PreviewSettings;
  onClose: () => void;
}

const CHOICES = [1, 24, 48, 72, 168, 720];

/** A link as the holder opens it: a path on this server becomes an absolute URL. */
const absolute = (url: string) => new URL(url, window.location.origin).toString();

/**
 * "Share preview": make a link to this draft (one locale) that works without an admin account,
 * copy it, and see or revoke the links already made. The token is shown once, right after making it.
 */
export const SharePreviewDialog = ({ documentId, locale, settings, onClose }: Props) => {
  const t = useMessages();
  const api = usePreviewsApi();
  const [links, setLinks] = React.useState<PreviewLink[] | null>(null);
  const [hours, setHours] = React.useState(settings.expiryHours);
  const [created, setCreated] = React.useState<PreviewLinkCreated | null>(null);
  const [copied, setCopied] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const choices = [...new Set([...CHOICES, settings.expiryHours])].filter((h) => h <= settings.maxExpiryHours).sort((a, b) => a - b);

  const load = React.useCallback(async () => {
    try {
      setLinks(await api.list(documentId, locale));
    } catch (failure) {
      setError(serverMessage(failure) ?? t('previews.error.load'));
    }
  }, [api, documentId, locale, t]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const act = async (change: () => Promise<void>, fallback: 'previews.error.create' | 'previews.error.revoke') => {
    setBusy(true);
    setError(null);
    try {
      await change();
      await load();
    } catch (failure) {
      setError(serverMessage(failure) ?? t(fallback));
    } finally {
      setBusy(false);
    }
  };

  const create = () =>
    act(async () => {
      setCopied(false);
      setCreated(await api.create({ documentId, locale, expiresInHours: hours }));
    }, 'previews.error.create');

  const revoke = (link: PreviewLink) =>
    act(async () => {
      await api.revoke(link.id);
      if (created?.id === link.id) setCreated(null);
    }, 'previews.error.revoke');

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(absolute(created.url));
      setCopied(true);
    } catch {
      setCopied(false); // No clipboard (e.g. plain http): the URL stays selectable in the field.
    }
  };

  const label = (h: number) => (h % 24 === 0 ? t('previews.expiry.days', { days: h / 24 }) : t('previews.expiry.hours', { hours: h }));

  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4} data-newsroom="preview-dialog">
          <Typography variant="omega" textColor="neutral700">
            {t('previews.dialog.intro')}
          </Typography>
          <Flex gap={2} alignItems="flex-end">
            <Box flex="1">
              <Field.Root name="newsroom-preview-expiry">
                <Field.Label>{t('previews.expiry.label')}</Field.Label>
                <SingleSelect value={hours} onChange={(value: string | number) => setHours(Number(value))}>
                  {choices.map((h) => (
                    <SingleSelectOption key={h} value={h}>
                      {label(h)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Button onClick={create} loading={busy} disabled={busy} data-newsroom="preview-create">
              {t('previews.create')}
            </Button>
          </Flex>
          {created && (
            <Box padding={3} hasRadius background="success100" data-newsroom="preview-created">
              <Field.Root name="newsroom-preview-url" hint={t('previews.created.hint')}>
                <Field.Label>{t('previews.created.label')}</Field.Label>
                <Field.Input readOnly value={absolute(created.url)} onFocus={(event: React.FocusEvent<HTMLInputElement>) => event.target.select()} />
                <Field.Hint />
              </Field.Root>
              <Flex gap={2} paddingTop={2}>
                <Button variant="secondary" size="S" onClick={copy}>
                  {copied ? t('previews.copied') : t('previews.copy')}
                </Button>
                <Button variant="tertiary" size="S" tag="a" href={absolute(created.url)} target="_blank" rel="noopener noreferrer">
                  {t('previews.open')}
                </Button>
              </Flex>
            </Box>
          )}
          {error && (
            <Typography variant="pi" tag="p" textColor="danger600" role="alert" data-newsroom="preview-error">
              {error}
            </Typography>
          )}
          <Typography variant="sigma" textColor="neutral600" tag="h3">
            {t('previews.list.title')}
          </Typography>
          {links && links.length === 0 && (
            <Typography variant="pi" textColor="neutral600">
              {t('previews.list.none')}
            </Typography>
          )}
          {(links ?? []).map((link) => (
            <PreviewLinkItem key={link.id} link={link} busy={busy} onRevoke={revoke} />
          ))}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose}>
          {t('previews.close')}
        </Button>
      </Modal.Footer>
    </>
  );
};
