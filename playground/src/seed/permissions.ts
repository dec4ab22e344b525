import type { Core } from '@strapi/strapi';

/** What a news front end reads without logging in. */
export const PUBLIC_READ_ACTIONS = [
  'plugin::newsroom.article.find',
  'plugin::newsroom.article.findOne',
  'plugin::newsroom.byline.find',
  'plugin::newsroom.byline.findOne',
  'api::section.section.find',
  'api::section.section.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
];

/** What readers may do with comments without logging in: the demo grants the Public role all three. */
export const PUBLIC_COMMENT_ACTIONS = [
  'plugin::newsroom.comment.submit',
  'plugin::newsroom.comment.thread',
  'plugin::newsroom.comment.report',
];

/** Grants actions to a users-permissions role (`public`, `authenticated`); idempotent. */
export const grantRole = async (strapi: Core.Strapi, type: string, actions: string[]): Promise<void> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  if (!role) throw new Error(`users-permissions role "${type}" not found`);
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of actions) {
    const existing = await permissions.findOne({ where: { action, role: role.id } });
    if (!existing) await permissions.create({ data: { action, role: role.id } });
  }
};
