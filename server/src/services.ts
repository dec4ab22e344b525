import bylineText from './bylines/byline-text';
import contentApi from './content-api/services';
import draftAccess from './drafts/draft-access';
import firstPublication from './publication/first-publication';
import writeLock from './shared/write-lock';
import slugHistory from './slugs/slug-history';
import slugLookup from './slugs/slug-lookup';
import slugs from './slugs/slugs';

/** Every service of the plugin, by name; each feature folder owns its own. */
export default {
  ...contentApi,
  'byline-text': bylineText,
  'draft-access': draftAccess,
  'first-publication': firstPublication,
  'slug-history': slugHistory,
  'slug-lookup': slugLookup,
  slugs,
  'write-lock': writeLock,
};
