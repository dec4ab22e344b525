import article from './article';
import byline from './byline';
import slugRedirect from './slug-redirect';
import writeLock from './write-lock';

export default {
  article,
  byline,
  'slug-redirect': slugRedirect,
  'write-lock': writeLock,
};
