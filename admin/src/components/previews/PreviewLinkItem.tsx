import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { PreviewLink, PreviewLinkStatus } from '../../../../contracts/previews';
import { useMessages, type MessageKey } from '../../utils/messages';

const VARIANT: Record<PreviewLinkStatus, 'success' | 'neutral' | 'danger'> = { active: 'success', expired: 'neutral', revoked: 'danger' };
const STATUS_LABEL: Record<PreviewLinkStatus, MessageKey> = {
  active: 'previews.status.active',
  expired: 'previews.status.expired',
  revoked: 'previews.status.revoked',
};

interface Props {
  link: PreviewLink;
  busy: boolean;
  onRevoke: (link: PreviewLink) => void;
}

/** One link in the dialog's list: who made it, until when, its status; revocable while active. */
export const PreviewLinkItem = ({ link, busy, onRevoke }: Props) => {
  const t = useMessages();
  const { formatDate } = useIntl();
  const when = (iso: string) => formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Box padding={3} hasRadius background="neutral100" data-newsroom="preview-link" data-status={link.status} data-purpose={link.purpose}>
      <Flex justifyContent="space-between" gap={2}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Flex gap={2}>
            <Badge variant={VARIANT[link.status]}>{t(STATUS_LABEL[link.status])}</Badge>
            <Typography variant="pi" textColor="neutral600">
              {link.purpose === 'panel' ? t('previews.purpose.panel') : t('previews.purpose.share')}
            </Typography>
          </Flex>
          <Typography variant="pi" textColor="neutral700">
            {t('previews.list.by', { name: link.createdBy.name ?? '—', created: when(link.createdAt) })}
          </Typography>
          <Typography variant="pi" textColor="neutral700">
            {link.status === 'revoked' && link.revokedAt
              ? t('previews.list.revokedAt', { date: when(link.revokedAt) })
              : t(link.status === 'active' ? 'previews.list.expires' : 'previews.list.expired', { date: when(link.expiresAt) })}
          </Typography>
        </Flex>
        {link.status === 'active' && (
          <Button variant="danger-light" size="S" disabled={busy} onClick={() => onRevoke(link)}>
            {t('previews.revoke')}
          </Button>
        )}
      </Flex>
    </Box>
  );
};
