import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';

export default factories.createCoreController(UID.byline, () => ({
  async findOne(ctx) {
    const response = await super.findOne(ctx);
    if (!response?.data) throw new errors.NotFoundError(`No byline has the documentId "${ctx.params.id}"`);
    return response;
  },
}));
