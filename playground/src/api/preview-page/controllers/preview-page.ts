import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { PreviewArticle } from '../services/preview-page';

interface PreviewLinks {
  resolve(token: unknown): Promise<unknown | null>;
}
interface PreviewDrafts {
  draft(link: unknown, populate: string[]): Promise<PreviewArticle | null>;
}
interface Renderer {
  article(article: PreviewArticle): string;
  notFound(): string;
}

/** The page reads the draft through the plugin's preview services: the token is checked there. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context) {
    const renderer = strapi.service('api::preview-page.preview-page') as unknown as Renderer;
    const newsroom = strapi.plugin('newsroom');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.type = 'text/html; charset=utf-8';
    const link = await (newsroom.service('preview-links') as PreviewLinks).resolve(ctx.params.token);
    const article = link ? await (newsroom.service('preview-drafts') as PreviewDrafts).draft(link, ['bylines', 'cover']) : null;
    if (!article) {
      ctx.status = 404;
      ctx.body = renderer.notFound();
      return;
    }
    ctx.body = renderer.article(article);
  },
});
