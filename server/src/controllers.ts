import adminComments from './comments/admin-controller';
import publicComments from './comments/public-controller';
import contentApi from './content-api/controllers';
import schedules from './scheduling/admin-controller';

/** Every controller of the plugin, by name. */
export default {
  ...contentApi,
  comment: publicComments,
  moderation: adminComments,
  schedule: schedules,
};
