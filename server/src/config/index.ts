import { ARTICLE_PATH_TOKENS, SCHEDULE_TICKS, SLUG_MAX_LENGTH_RANGE, type NewsroomConfig } from '../../../contracts/config';
import { PREVIEW_MAX_EXPIRY_HOURS } from '../../../contracts/previews';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fail = (message: string): never => {
  throw new Error(`[newsroom] ${message}`);
};

/** Checks one value; `path` is its place in the config, e.g. `slug.maxLength`. Throws when wrong. */
type Check = (value: unknown, path: string) => void;

const integerFrom =
  (min: number, max: number): Check =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      fail(`config.${path} must be an integer from ${min} to ${max}, got ${String(value)}`);
    }
  };

const boolean: Check = (value, path) => {
  if (typeof value !== 'boolean') fail(`config.${path} must be a boolean, got ${String(value)}`);
};

const string: Check = (value, path) => {
  if (typeof value !== 'string') fail(`config.${path} must be a string, got ${String(value)}`);
};

const stringList: Check = (value, path) => {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    fail(`config.${path} must be a list of non-empty strings`);
  }
};

const emailList: Check = (value, path) => {
  stringList(value, path);
  const bad = (value as string[]).find((item) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(item));
  if (bad !== undefined) fail(`config.${path} must be a list of email addresses, got "${bad}"`);
};

const oneOf =
  (values: readonly number[]): Check =>
  (value, path) => {
    if (typeof value !== 'number' || !values.includes(value)) {
      fail(`config.${path} must be one of ${values.join(', ')}, got ${String(value)}`);
    }
  };

const timeZone: Check = (value, path) => {
  string(value, path);
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value as string });
  } catch {
    fail(`config.${path} must be an IANA time zone such as "Asia/Ho_Chi_Minh", got "${String(value)}"`);
  }
};

/** Content-type UIDs; whether each exists and has Draft & Publish is checked at bootstrap. */
const uidList: Check = (value, path) => {
  stringList(value, path);
  const bad = (value as string[]).find((item) => !/^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/.test(item));
  if (bad !== undefined) fail(`config.${path} must list content-type UIDs such as "api::promotion.promotion", got "${bad}"`);
};

const absoluteUrl: Check = (value, path) => {
  string(value, path);
  let url: URL | null = null;
  try {
    url = new URL(value as string);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    fail(`config.${path} must be an absolute http(s) URL without query or fragment, got "${String(value)}"`);
  }
};

const articlePath: Check = (value, path) => {
  string(value, path);
  const text = value as string;
  const tokens = [...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const unknown = tokens.find((t) => !(ARTICLE_PATH_TOKENS as readonly string[]).includes(t));
  if (!text.startsWith('/') || unknown !== undefined || /[{}]/.test(text.replace(/\{[^}]*\}/g, ''))) {
    fail(`config.${path} must start with "/" and use only the tokens ${ARTICLE_PATH_TOKENS.map((t) => `{${t}}`).join(' ')}, got "${text}"`);
  }
  if (!tokens.includes('slug') && !tokens.includes('documentId')) {
    fail(`config.${path} must name the article with {slug} or {documentId}, got "${text}"`);
  }
};

const languageCode: Check = (value, path) => {
  if (typeof value !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(value)) {
    fail(`config.${path} must be a language code such as "vi", got "${String(value)}"`);
  }
};

const optionalUid: Check = (value, path) => {
  string(value, path);
  if (value !== '' && !/^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/.test(value as string)) {
    fail(`config.${path} must be a content-type UID such as "api::section.section", or "", got "${String(value)}"`);
  }
};

const secret: Check = (value, path) => {
  string(value, path);
  if (value !== '' && (value as string).length < 32) {
    fail(`config.${path} must be 32 characters or more (or "" to turn previews off)`);
  }
};

/** '' (the REST route), or an absolute http(s) URL or a path on this server, with `{token}` once. */
const previewPageUrl: Check = (value, path) => {
  string(value, path);
  const text = value as string;
  if (text === '') return;
  let url: URL | null = null;
  try {
    url = new URL(text.replace('{token}', 'token'), 'http://server.invalid');
  } catch {
    url = null;
  }
  const tokens = text.split('{token}').length - 1;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || tokens !== 1 || (!text.startsWith('/') && !/^https?:\/\//.test(text)) || text.startsWith('//')) {
    fail(`config.${path} must be "" or an http(s) URL or a path starting with "/" that holds {token} once, got "${text}"`);
  }
};

const nonEmpty: Check = (value, path) => {
  if (typeof value !== 'string' || value.trim() === '') fail(`config.${path} must be a non-empty string`);
};

/**
 * Every section and key the plugin reads, in one place: section → key → check. A new section (or
 * key) is declared here and in contracts/config.ts; the type below makes the two agree, and keys
 * that are not declared here are rejected.
 */
const schema: { [Section in keyof NewsroomConfig]: { [Key in keyof NewsroomConfig[Section]]: Check } } = {
  slug: { maxLength: integerFrom(SLUG_MAX_LENGTH_RANGE.min, SLUG_MAX_LENGTH_RANGE.max) },
  drafts: { readOnlyTokens: boolean },
  comments: {
    maxLength: integerFrom(1, 100000),
    maxDepth: integerFrom(1, 10),
    reportThreshold: integerFrom(1, 1000),
    floodIntervalSeconds: integerFrom(0, 86400),
    closeAfterDays: integerFrom(0, 36500),
    linkThreshold: integerFrom(1, 1000),
    moderationKeywords: stringList,
    blockList: stringList,
    autoApproveKnownAuthors: boolean,
    honeypotField: string,
    ipHashSalt: string,
    notifyModerators: emailList,
    notifyIntervalSeconds: integerFrom(0, 86400),
  },
  scheduling: {
    enabled: boolean,
    contentTypes: uidList,
    timezone: timeZone,
    tickSeconds: oneOf(SCHEDULE_TICKS),
    leaseSeconds: integerFrom(5, 3600),
    batchSize: integerFrom(1, 1000),
    maxAttempts: integerFrom(1, 100),
    retryBaseSeconds: integerFrom(1, 86400),
    missedAfterMinutes: integerFrom(0, 525600),
  },
  search: {
    maxQueryLength: integerFrom(10, 1000),
    pageSizeMax: integerFrom(1, 100),
    snippetLength: integerFrom(40, 1000),
    maxHits: integerFrom(100, 1000000),
  },
  feeds: {
    siteUrl: absoluteUrl,
    articlePath,
    publicationName: nonEmpty,
    language: languageCode,
    rssSize: integerFrom(1, 500),
    public: boolean,
    sectionType: optionalUid,
  },
  previews: {
    secret,
    expiryHours: integerFrom(1, PREVIEW_MAX_EXPIRY_HOURS),
    pageUrl: previewPageUrl,
  },
};

const defaultConfig: NewsroomConfig = {
  slug: { maxLength: 120 },
  drafts: { readOnlyTokens: false },
  comments: {
    maxLength: 5000,
    maxDepth: 3,
    reportThreshold: 3,
    floodIntervalSeconds: 15,
    closeAfterDays: 0,
    linkThreshold: 2,
    moderationKeywords: [],
    blockList: [],
    autoApproveKnownAuthors: false,
    honeypotField: 'website',
    ipHashSalt: '',
    notifyModerators: [],
    notifyIntervalSeconds: 300,
  },
  scheduling: {
    enabled: true,
    contentTypes: [],
    timezone: 'Asia/Ho_Chi_Minh',
    tickSeconds: 5,
    leaseSeconds: 60,
    batchSize: 50,
    maxAttempts: 5,
    retryBaseSeconds: 30,
    missedAfterMinutes: 0,
  },
  search: { maxQueryLength: 200, pageSizeMax: 50, snippetLength: 160, maxHits: 1000 },
  feeds: {
    siteUrl: 'http://localhost:3000',
    articlePath: '/{slug}',
    publicationName: 'Newsroom',
    language: 'vi',
    rssSize: 50,
    public: true,
    sectionType: '',
  },
  previews: { secret: '', expiryHours: 48, pageUrl: '' },
};

const rejectUnknownKeys = (value: Record<string, unknown>, valid: Record<string, unknown>, prefix: string): void => {
  const validKeys = Object.keys(valid);
  for (const key of Object.keys(value)) {
    if (Object.prototype.hasOwnProperty.call(valid, key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const owner = prefix ? `config.${prefix}` : 'config';
    const near = validKeys.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    const hint = near ? ` (did you mean "${prefix ? `${prefix}.${near}` : near}"?)` : '';
    fail(`unknown config key "${path}"${hint}; valid keys of ${owner}: ${validKeys.join(', ')}`);
  }
};

/**
 * Strapi calls this synchronously at start-up, without awaiting, with the plugin's defaults merged
 * under the app's config (lodash defaultsDeep): throw to stop a bad configuration.
 */
const validator = (config: unknown): void => {
  if (!isRecord(config)) return fail('config must be an object');
  rejectUnknownKeys(config, schema, '');
  for (const [section, checks] of Object.entries(schema) as Array<[string, Record<string, Check>]>) {
    const value = config[section];
    if (!isRecord(value)) return fail(`config.${section} must be an object`);
    rejectUnknownKeys(value, checks, section);
    for (const [key, check] of Object.entries(checks)) check(value[key], `${section}.${key}`);
  }
};

export default { default: defaultConfig, validator };
