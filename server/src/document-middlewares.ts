import { bylineTextMiddleware } from './bylines/byline-text-middleware';
import { commentCountMiddleware } from './comments/comment-count-middleware';
import { draftGuard } from './drafts/draft-guard';
import { firstPublicationMiddleware } from './publication/first-publication-middleware';
import { scheduleMiddleware } from './scheduling/schedule-middleware';
import { slugMiddleware } from './slugs/slug-middleware';

/** Registered in this order (the first is outermost): refuse what may not be read, write slugs, derive fields. */
export default {
  'draft-guard': draftGuard,
  slugs: slugMiddleware,
  'byline-text': bylineTextMiddleware,
  'first-publication': firstPublicationMiddleware,
  'comment-count': commentCountMiddleware,
  scheduling: scheduleMiddleware,
};
