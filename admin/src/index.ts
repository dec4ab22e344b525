import type { StrapiApp } from '@strapi/strapi/admin';
import { Calendar, Discuss } from '@strapi/icons';
import { PLUGIN_ID } from '../../contracts/plugin';
import { PERMISSIONS } from './permissions';
import en from './translations/en.json';
import { message } from './utils/messages';

type TranslationModule = { default: Record<string, string> };

const translations: Record<string, () => Promise<TranslationModule>> = {
  // English is in the main chunk anyway: it is every message's fallback text.
  en: async () => ({ default: en }),
  vi: () => import('./translations/vi.json'),
};

/** Prefix keys with the plugin id, as the admin's translation store expects. */
const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });

    // The moderation queue, for users with `comments.read`.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Discuss,
      intlLabel: message('comments.menu'),
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/App'),
    });

    // The publishing calendar, for users with `schedule.read`.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-calendar`,
      icon: Calendar,
      intlLabel: message('schedule.calendar.menu'),
      permissions: PERMISSIONS.scheduleRead,
      Component: () => import('./pages/CalendarApp'),
    });

    // On the homepage: the next scheduled publications and any failures.
    app.widgets.register({
      id: 'schedule',
      pluginId: PLUGIN_ID,
      icon: Calendar,
      title: message('schedule.widget.title'),
      component: () => import('./widgets/ScheduleWidget').then((mod) => mod.ScheduleWidget),
      link: { label: message('schedule.widget.link'), href: `/plugins/${PLUGIN_ID}-calendar` },
      permissions: PERMISSIONS.scheduleRead.map(({ action }) => ({ action })),
    });

    // On the homepage: the pending count and the latest pending comments.
    app.widgets.register({
      id: 'pending-comments',
      pluginId: PLUGIN_ID,
      icon: Discuss,
      title: message('widget.pending.title'),
      component: () => import('./widgets/PendingCommentsWidget').then((mod) => mod.PendingCommentsWidget),
      link: { label: message('widget.pending.link'), href: `/plugins/${PLUGIN_ID}` },
      permissions: PERMISSIONS.read.map(({ action }) => ({ action })),
    });
  },

  bootstrap(app: StrapiApp) {
    // Loaded apart (like the pages): the Content Manager reads its panels and actions when it
    // renders a view, and this keeps the entry free of the components' weight.
    void import('./extend-content-manager').then(({ extendContentManager }) => extendContentManager(app));
  },

  /** The admin calls `registerTrads` (this plugin's messages in each of the admin's languages). */
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = translations[locale];
        const data = load ? prefixed((await load()).default) : {};
        return { data, locale };
      })
    );
  },
};
