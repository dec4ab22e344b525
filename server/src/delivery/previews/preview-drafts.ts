import type { Core } from '@strapi/strapi';
import type { ParameterizedContext } from 'koa';
import type { PreviewPopulatePath } from '../../../../contracts/previews';
import { UID } from '../../constants';
import type { PreviewLinkRow } from './preview-rows';
import { toPopulate } from './rules/preview-input';

interface CoreArticleService {
  findOne(documentId: string, params: Record<string, unknown>): Promise<unknown>;
}

/** No request context: what a seed, a script or a scheduled job runs in. */
const SERVER_CODE = undefined as unknown as ParameterizedContext;

/**
 * The draft a checked link names, read through the article's core service (the one the REST
 * route calls, so the answer is the same) as the server's own code. The draft guard judges the
 * HTTP client, who may not read drafts; this read is decided here instead: one document, one
 * locale, the draft, and only relations that cannot lead to another article (see parsePreviewQuery).
 */
const createPreviewDraftsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async draft(link: PreviewLinkRow, populate: PreviewPopulatePath[]): Promise<unknown> {
    const params: Record<string, unknown> = { status: 'draft' };
    if (populate.length > 0) params.populate = toPopulate(populate);
    if (link.targetLocale) params.locale = link.targetLocale;
    let entry: unknown = null;
    await strapi.requestContext.run(SERVER_CODE, async () => {
      entry = await (strapi.service(UID.article) as unknown as CoreArticleService).findOne(link.targetDocumentId, params);
    });
    return entry;
  },
});

export default createPreviewDraftsService;
