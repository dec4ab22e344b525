import fs from 'fs';
import type { Core } from '@strapi/strapi';

/** What tests/install/run.sh checks over HTTP without logging in. */
const PUBLIC_READ_ACTIONS = [
  'plugin::newsroom.article.find',
  'plugin::newsroom.article.findOne',
  'plugin::newsroom.byline.find',
  'plugin::newsroom.byline.findOne',
];

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    for (const action of PUBLIC_READ_ACTIONS) {
      if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
        await permissions.create({ data: { action, role: role.id } });
      }
    }

    // One published article, written through the document service: the plugin's slug middleware runs.
    const articles = strapi.documents('plugin::newsroom.article' as any);
    if ((await articles.count({})) === 0) {
      await articles.create({
        data: { title: 'Đắk Lắk: giá cà phê tăng mạnh đầu vụ', lead: 'Bài mẫu của bài kiểm tra cài đặt.' } as any,
        status: 'published',
      });
    }

    // What the install test reads back: which newsroom types loaded, and the plugin config as merged.
    const report = process.env.NEWSROOM_INSTALL_REPORT;
    if (report) {
      fs.writeFileSync(
        report,
        JSON.stringify({
          contentTypes: Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('plugin::newsroom.')),
          config: strapi.config.get('plugin::newsroom'),
        })
      );
    }
  },
};
