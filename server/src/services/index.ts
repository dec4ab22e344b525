import article from './article';
import articleLookup from './article-lookup';
import byline from './byline';
import bylineText from './byline-text';
import draftAccess from './draft-access';
import slugHistory from './slug-history';
import slugs from './slugs';

export default {
  article,
  'article-lookup': articleLookup,
  byline,
  'byline-text': bylineText,
  'draft-access': draftAccess,
  'slug-history': slugHistory,
  slugs,
};
