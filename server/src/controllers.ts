import adminComments from './comments/admin-controller';
import publicComments from './comments/public-controller';
import contentApi from './content-api/controllers';
import feeds from './delivery/feeds';
import previews from './delivery/previews';
import search from './delivery/search';
import schedules from './scheduling/admin-controller';

/** Every controller of the plugin, by name. */
export default {
  ...contentApi,
  ...search.controllers,
  ...feeds.controllers,
  ...previews.controllers,
  comment: publicComments,
  moderation: adminComments,
  schedule: schedules,
};
