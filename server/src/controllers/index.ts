import article from './article';
import byline from './byline';

export default {
  article,
  byline,
};
