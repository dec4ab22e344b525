import { UID } from '../constants';
import { collectionController } from './collection-controller';

export default {
  article: collectionController(UID.article),
  byline: collectionController(UID.byline),
};
