import { bylineTextMiddleware } from './bylines/byline-text-middleware';
import { commentCountMiddleware } from './comments/comment-count-middleware';
import { searchIndexMiddleware } from './delivery/search/search-middleware';
import { draftGuard } from './drafts/draft-guard';
import { firstPublicationMiddleware } from './publication/first-publication-middleware';
import { scheduleMiddleware } from './scheduling/schedule-middleware';
import { slugMiddleware } from './slugs/slug-middleware';

/**
 * Registered in this order (the first is outermost): refuse what may not be read, keep the search
 * index (outside the rest, so it indexes the rows as they finally are), write slugs, derive fields.
 */
export default {
  'draft-guard': draftGuard,
  search: searchIndexMiddleware,
  slugs: slugMiddleware,
  'byline-text': bylineTextMiddleware,
  'first-publication': firstPublicationMiddleware,
  'comment-count': commentCountMiddleware,
  scheduling: scheduleMiddleware,
};
