import { SLUG_MAX_LENGTH_RANGE, type NewsroomConfig } from '../../../contracts/config';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const defaultConfig: NewsroomConfig = {
  slug: { maxLength: 120 },
  drafts: { readOnlyTokens: false },
};

/** Strapi calls this synchronously at start-up, without awaiting: throw to stop a bad configuration. */
const validator = (config: unknown): void => {
  if (!isRecord(config)) throw new Error('[newsroom] config must be an object');
  const { slug, drafts } = config;
  if (!isRecord(slug)) throw new Error('[newsroom] config.slug must be an object');
  const { maxLength } = slug;
  const { min, max } = SLUG_MAX_LENGTH_RANGE;
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < min || maxLength > max) {
    throw new Error(`[newsroom] config.slug.maxLength must be an integer from ${min} to ${max}, got ${String(maxLength)}`);
  }
  if (!isRecord(drafts) || typeof drafts.readOnlyTokens !== 'boolean') {
    throw new Error('[newsroom] config.drafts.readOnlyTokens must be a boolean');
  }
};

export default { default: defaultConfig, validator };
