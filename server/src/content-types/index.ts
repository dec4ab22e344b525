import article from './article';
import byline from './byline';
import comment from './comment';
import commentEvent from './comment-event';
import commentReport from './comment-report';
import schedule from './schedule';
import slugRedirect from './slug-redirect';
import writeLock from './write-lock';

export default {
  article,
  byline,
  comment,
  'comment-event': commentEvent,
  'comment-report': commentReport,
  schedule,
  'slug-redirect': slugRedirect,
  'write-lock': writeLock,
};
