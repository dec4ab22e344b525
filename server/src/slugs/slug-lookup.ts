import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SlugLookupMeta } from '../../../contracts/articles';
import type { CollectionUID } from '../constants';
import { getService } from '../get-service';
import { resolveLocale } from '../shared/locales';
import { toSlug } from './to-slug';

export type Query = Record<string, unknown> & { status?: unknown; locale?: unknown; filters?: unknown };
type Entry = Record<string, unknown> & { documentId: string };

/** Longest slug a client may ask for; longer is a 400, not a scan. */
export const MAX_SLUG_PARAM = 400;

/** Finds a document by its current slug or, failing that, by a slug it used to have. */
const createSlugLookupService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findBySlug(uid: CollectionUID, requested: unknown, query: Query): Promise<{ entry: Entry; meta: SlugLookupMeta }> {
    if (typeof requested !== 'string' || requested.length === 0 || requested.length > MAX_SLUG_PARAM) {
      throw new errors.ValidationError(`The slug must be 1 to ${MAX_SLUG_PARAM} characters long`);
    }
    const slug = toSlug(requested);
    if (!slug) throw new errors.ValidationError('The slug must contain at least one letter or digit');
    const documents = strapi.documents(uid);
    type FindFirst = Parameters<typeof documents.findFirst>[0];
    type FindOne = Parameters<typeof documents.findOne>[0];
    const params = { ...query, status: query.status === 'draft' ? 'draft' : 'published' };

    // Find the document first with the client's filters but our own fields, whatever `fields` says.
    const filters = query.filters ? { $and: [query.filters, { slug }] } : { slug };
    const lookup = { ...params, filters, fields: ['slug'], populate: {} };
    let found = (await documents.findFirst(lookup as FindFirst)) as Entry | null;
    if (!found) {
      const locale = await resolveLocale(strapi, uid, query.locale);
      const documentId = await getService(strapi, 'slug-history').resolve(uid, slug, locale);
      if (documentId) found = (await documents.findOne({ ...lookup, filters: query.filters, documentId } as FindOne)) as Entry | null;
    }
    const current = typeof found?.slug === 'string' ? found.slug : null;
    const entry = found && current ? ((await documents.findOne({ ...params, documentId: found.documentId } as FindOne)) as Entry | null) : null;
    if (!entry || !current) {
      throw new errors.NotFoundError(`No ${strapi.contentType(uid).info.singularName} has the slug "${slug}"`);
    }
    return { entry, meta: { slug: { requested, current, redirect: requested !== current } } };
  },
});

export default createSlugLookupService;
