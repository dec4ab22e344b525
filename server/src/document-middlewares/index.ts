import { derivedFields } from './derived-fields';
import { draftGuard } from './draft-guard';
import { slugs } from './slugs';

/** Run in this order: refuse what may not be read, then write slugs, then derive fields. */
export default [draftGuard, slugs, derivedFields];
