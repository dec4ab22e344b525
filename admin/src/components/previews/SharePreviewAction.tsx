import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { Link as LinkIcon } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useLocation } from 'react-router-dom';
import { usePreviewSettings } from '../../hooks/usePreviewsApi';
import { useMessages } from '../../utils/messages';
import { SharePreviewDialog } from './SharePreviewDialog';

const ARTICLE = 'plugin::newsroom.article';
const READ_ARTICLES = [{ action: 'plugin::content-manager.explorer.read', subject: ARTICLE }];

/** The locale the edit view shows: the document's, else the Content Manager's `plugins[i18n][locale]`. */
const useLocale = (documentLocale: unknown): string | null => {
  const { search } = useLocation();
  if (typeof documentLocale === 'string' && documentLocale) return documentLocale;
  return new URLSearchParams(search).get('plugins[i18n][locale]');
};

/**
 * "Share preview" among the edit view's document actions, on articles that exist, for users who
 * may read them; hidden while previews are off (no secret on the server). The server checks again.
 */
export const SharePreviewAction: DocumentActionComponent = ({ model, documentId, document }) => {
  const t = useMessages();
  const settings = usePreviewSettings();
  const locale = useLocale(document?.locale);
  const { allowedActions } = useRBAC(READ_ARTICLES);
  if (model !== ARTICLE || !documentId || !settings?.enabled || allowedActions.canRead !== true) return null;
  return {
    label: t('previews.action'),
    icon: <LinkIcon />,
    position: ['panel', 'header'],
    dialog: {
      type: 'modal',
      title: t('previews.dialog.title'),
      content: ({ onClose }: { onClose: () => void }) => (
        <SharePreviewDialog documentId={documentId} locale={locale} settings={settings} onClose={onClose} />
      ),
    },
  };
};
