import article from './article';
import byline from './byline';
import comment from './comment';
import commentEvent from './comment-event';
import commentReport from './comment-report';
import previewLink from './preview-link';
import schedule from './schedule';
import slugRedirect from './slug-redirect';
import writeLock from './write-lock';

export default {
  article,
  byline,
  comment,
  'comment-event': commentEvent,
  'comment-report': commentReport,
  'preview-link': previewLink,
  schedule,
  'slug-redirect': slugRedirect,
  'write-lock': writeLock,
};
