import type { Core } from '@strapi/strapi';

/** Localized when the i18n plugin marks it so (it is part of Strapi 5's core). */
export const isLocalized = (strapi: Core.Strapi, uid: string): boolean => {
  const model = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]);
  const options = model?.pluginOptions as { i18n?: { localized?: boolean } } | undefined;
  return options?.i18n?.localized === true;
};

/** The locale a document-service call without `locale` lands in. */
export const defaultLocale = async (strapi: Core.Strapi): Promise<string> => {
  const locales = strapi.plugin('i18n')?.service('locales') as { getDefaultLocale(): Promise<string> } | undefined;
  return (await locales?.getDefaultLocale()) ?? 'en';
};

/** The one locale a write lands in: the named one, else the default; null for a type that is not localized. */
export const resolveLocale = async (strapi: Core.Strapi, uid: string, locale: unknown): Promise<string | null> => {
  if (!isLocalized(strapi, uid)) return null;
  return typeof locale === 'string' && locale !== '*' ? locale : defaultLocale(strapi);
};
