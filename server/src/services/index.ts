import articleLookup from './article-lookup';
import bylineText from './byline-text';
import clusterLock from './cluster-lock';
import contentApi from './content-api';
import draftAccess from './draft-access';
import slugHistory from './slug-history';
import slugs from './slugs';

export default {
  'article-lookup': articleLookup,
  'byline-text': bylineText,
  'cluster-lock': clusterLock,
  'content-api': contentApi,
  'draft-access': draftAccess,
  'slug-history': slugHistory,
  slugs,
};
