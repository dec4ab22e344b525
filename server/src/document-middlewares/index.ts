import { derivedFields } from './derived-fields';
import { draftGuard } from './draft-guard';
import { slugs } from './slugs';

/** Registered in this order: refuse what may not be read, then write slugs, then derive fields. */
export default {
  'draft-guard': draftGuard,
  slugs,
  'derived-fields': derivedFields,
};
