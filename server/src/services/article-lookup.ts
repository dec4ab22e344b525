import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import { toSlug } from '../slug';
import { defaultLocale } from '../utils/content-type';
import { getService } from '../utils/get-service';
import type { Query } from './content-api';

type Article = Record<string, unknown> & { documentId: string; slug: string | null };

/** Finds an article by its current slug or, failing that, by a slug it used to have. */
const createArticleLookupService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findBySlug(requested: string, query: Query): Promise<{ article: Article; current: string }> {
    const slug = toSlug(requested);
    if (!slug) throw new errors.ValidationError('The slug must contain at least one letter or digit');
    const documents = strapi.documents(UID.article);
    type FindFirst = Parameters<typeof documents.findFirst>[0];
    type FindOne = Parameters<typeof documents.findOne>[0];
    const params = { ...query, status: query.status === 'draft' ? 'draft' : 'published' };
    const filters = query.filters ? { $and: [query.filters, { slug }] } : { slug };

    let article = (await documents.findFirst({ ...params, filters } as FindFirst)) as Article | null;
    if (!article) {
      const locale = typeof query.locale === 'string' ? query.locale : await defaultLocale(strapi);
      const documentId = await getService(strapi, 'slug-history').resolve(slug, locale);
      if (documentId) {
        article = (await documents.findOne({ ...params, documentId } as FindOne)) as Article | null;
      }
    }
    if (!article || !article.slug) throw new errors.NotFoundError(`No article has the slug "${slug}"`);
    return { article, current: article.slug };
  },
});

export default createArticleLookupService;
