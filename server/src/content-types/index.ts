import article from './article';
import byline from './byline';
import slugRedirect from './slug-redirect';

export default {
  article,
  byline,
  'slug-redirect': slugRedirect,
};
