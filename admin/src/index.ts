import { PLUGIN_ID } from '../../contracts/plugin';

type TranslationModule = { default: Record<string, string> };

const translations: Record<string, () => Promise<TranslationModule>> = {
  en: () => import('./translations/en.json'),
  vi: () => import('./translations/vi.json'),
};

/** Prefix keys with the plugin id, as the admin's translation store expects. */
const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: { registerPlugin(plugin: { id: string; name: string }): void }) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  async registerTrans({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = translations[locale];
        const data = load ? prefixed((await load()).default) : {};
        return { data, locale };
      })
    );
  },
};
