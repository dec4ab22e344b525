import type { Core } from '@strapi/strapi';

export const ARTICLE = 'plugin::newsroom.article';
export const BYLINE = 'plugin::newsroom.byline';

export const createByline = (strapi: Core.Strapi, name: string, extra: Record<string, unknown> = {}) =>
  strapi.documents(BYLINE).create({ data: { name, ...extra } });

export const createArticle = (
  strapi: Core.Strapi,
  data: Record<string, unknown>,
  options: { status?: 'draft' | 'published'; locale?: string } = {}
) => strapi.documents(ARTICLE).create({ data, ...options } as Parameters<ReturnType<Core.Strapi['documents']>['create']>[0]);

/** Every stored row of a document (draft and published, every locale). */
export const rowsOf = (strapi: Core.Strapi, documentId: string) =>
  strapi.db.query(ARTICLE).findMany({ where: { documentId }, orderBy: { id: 'asc' } });

export const addLocale = async (strapi: Core.Strapi, code: string) => {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode(code))) await locales.create({ code, name: code });
};
