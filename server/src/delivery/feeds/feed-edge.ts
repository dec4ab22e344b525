import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import type { Context } from 'koa';
import type { PublicUrls } from './feed-rss';
import type { XmlDocument } from './rules/xml-text';
import { feedsConfig } from './feeds-config';

/**
 * The server's public URLs: `server.url` when the app sets an absolute one (the documented public
 * URL behind a proxy), else the request's own origin (which follows X-Forwarded-* when
 * server.proxy is on).
 */
export const publicUrls = (strapi: Core.Strapi, ctx: Context): PublicUrls => {
  const configured = String(strapi.config.get('server.url') ?? '');
  const server = (/^https?:\/\//i.test(configured) ? configured : ctx.origin).replace(/\/+$/, '');
  const prefix = String(strapi.config.get('api.rest.prefix') ?? '/api');
  return { server, api: `${server}${prefix}/newsroom` };
};

/**
 * Answers with the document, or 304 when the client's copy is current: Koa's `fresh` compares
 * If-None-Match with the ETag (a hash of the bytes, so any change, a removal too, changes it) and
 * otherwise If-Modified-Since with Last-Modified (the newest update among the listed articles).
 */
export const sendXml = (strapi: Core.Strapi, ctx: Context, document: XmlDocument, type: 'application/rss+xml' | 'application/xml') => {
  ctx.status = 200;
  ctx.type = `${type}; charset=utf-8`;
  ctx.set('ETag', `"${createHash('sha256').update(document.xml).digest('base64url')}"`);
  if (document.lastModified) ctx.set('Last-Modified', document.lastModified.toUTCString());
  // Behind Users & Permissions the answer depends on who asks: no shared cache may keep it.
  ctx.set('Cache-Control', feedsConfig(strapi).public ? 'public, max-age=300' : 'private, no-cache');
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.body = document.xml;
};
