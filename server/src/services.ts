import bylineText from './bylines/byline-text';
import commentArticles from './comments/comment-articles';
import commentCount from './comments/comment-count';
import commentHistory from './comments/comment-history';
import commentModeration from './comments/comment-moderation';
import commentNotifications from './comments/comment-notifications';
import commentReports from './comments/comment-reports';
import commentRules from './comments/comment-rules';
import commentSubmission from './comments/comment-submission';
import commentThreads from './comments/comment-threads';
import contentApi from './content-api/services';
import feeds from './delivery/feeds';
import previews from './delivery/previews';
import search from './delivery/search';
import draftAccess from './drafts/draft-access';
import firstPublication from './publication/first-publication';
import scheduleRunner from './scheduling/schedule-runner';
import scheduleTargets from './scheduling/schedule-targets';
import scheduler from './scheduling/scheduler';
import schedules from './scheduling/schedules';
import writeLock from './shared/write-lock';
import slugHistory from './slugs/slug-history';
import slugLookup from './slugs/slug-lookup';
import slugs from './slugs/slugs';

/** Every service of the plugin, by name; each feature folder owns its own. */
export default {
  ...contentApi,
  ...search.services,
  ...feeds.services,
  ...previews.services,
  'byline-text': bylineText,
  'comment-articles': commentArticles,
  'comment-count': commentCount,
  'comment-history': commentHistory,
  'comment-moderation': commentModeration,
  'comment-notifications': commentNotifications,
  'comment-reports': commentReports,
  'comment-rules': commentRules,
  'comment-submission': commentSubmission,
  'comment-threads': commentThreads,
  'draft-access': draftAccess,
  'first-publication': firstPublication,
  'schedule-runner': scheduleRunner,
  'schedule-targets': scheduleTargets,
  scheduler,
  schedules,
  'slug-history': slugHistory,
  'slug-lookup': slugLookup,
  slugs,
  'write-lock': writeLock,
};
