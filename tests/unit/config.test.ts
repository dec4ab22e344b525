import { defaultsDeep } from 'lodash/fp';
import config from '../../server/src/config';

const valid = () => JSON.parse(JSON.stringify(config.default));

/** What Strapi hands the validator: the app's plugin config with the plugin's defaults merged under it. */
const merged = (userConfig: unknown) => defaultsDeep(config.default, userConfig);

describe('plugin config', () => {
  test('documented defaults', () => {
    expect(config.default).toMatchObject({ slug: { maxLength: 120 }, drafts: { readOnlyTokens: false } });
    expect(config.default.comments).toEqual({
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
    });
    expect(() => config.validator(valid())).not.toThrow();
  });

  test('the validator is synchronous (Strapi does not await it)', () => {
    expect(config.validator(valid())).toBeUndefined();
  });

  test.each([
    [{ slug: { maxLength: 10 } }, /maxLength must be an integer from 20 to 255, got 10/],
    [{ slug: { maxLength: 256 } }, /maxLength.*got 256/],
    [{ slug: { maxLength: 80.5 } }, /maxLength.*got 80.5/],
    [{ slug: { maxLength: '120' } }, /maxLength.*got 120/],
    [{ slug: 'short' }, /config.slug must be an object/],
    [{ drafts: { readOnlyTokens: 'yes' } }, /readOnlyTokens must be a boolean/],
  ])('rejects %j', (override, message) => {
    expect(() => config.validator({ ...valid(), ...override })).toThrow(message);
  });

  test.each([
    [{ maxDepth: 0 }, /comments.maxDepth must be an integer from 1 to 10, got 0/],
    [{ blockList: 'lừa đảo' }, /comments.blockList must be a list of non-empty strings/],
    [{ blockList: ['  '] }, /comments.blockList must be a list of non-empty strings/],
    [{ notifyModerators: ['not-an-email'] }, /comments.notifyModerators must be a list of email addresses, got "not-an-email"/],
    [{ honeypotField: 3 }, /comments.honeypotField must be a string/],
    [{ floodInterval: 5 }, /unknown config key "comments.floodInterval"; valid keys of config.comments: maxLength, /],
  ])('rejects comments %j', (override, message) => {
    const base = valid();
    expect(() => config.validator({ ...base, comments: { ...base.comments, ...override } })).toThrow(message);
  });

  test('scheduling defaults', () => {
    expect(config.default.scheduling).toEqual({
      enabled: true,
      contentTypes: [],
      timezone: 'Asia/Ho_Chi_Minh',
      tickSeconds: 5,
      leaseSeconds: 60,
      batchSize: 50,
      maxAttempts: 5,
      retryBaseSeconds: 30,
      missedAfterMinutes: 0,
    });
  });

  test.each([
    [{ timezone: 'Hanoi' }, /scheduling.timezone must be an IANA time zone such as "Asia\/Ho_Chi_Minh", got "Hanoi"/],
    [{ tickSeconds: 7 }, /scheduling.tickSeconds must be one of 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60, got 7/],
    [{ leaseSeconds: 1 }, /scheduling.leaseSeconds must be an integer from 5 to 3600/],
    [{ contentTypes: ['promotion'] }, /scheduling.contentTypes must list content-type UIDs such as "api::promotion.promotion", got "promotion"/],
    [{ enabled: 'yes' }, /scheduling.enabled must be a boolean/],
    [{ maxAttempts: 0 }, /scheduling.maxAttempts must be an integer from 1 to 100/],
    [{ tick: 5 }, /unknown config key "scheduling.tick"/],
  ])('rejects scheduling %j', (override, message) => {
    const base = valid();
    expect(() => config.validator({ ...base, scheduling: { ...base.scheduling, ...override } })).toThrow(message);
  });

  test('rejects a non-object config', () => {
    expect(() => config.validator(null)).toThrow(/config must be an object/);
  });

  test.each([
    [{}, undefined],
    [{ slug: { maxLength: 80 } }, undefined],
    [{ drafts: { readOnlyTokens: true } }, undefined],
    [{ slug: { maxLength: 10 } }, /config\.slug\.maxLength must be an integer from 20 to 255, got 10/],
  ])('app config %j, merged with the defaults as Strapi does', (userConfig, message) => {
    const run = () => config.validator(merged(userConfig));
    if (message) expect(run).toThrow(message);
    else expect(run).not.toThrow();
  });
});

describe('unknown config keys are rejected, naming the valid ones', () => {
  test.each([
    [
      { slug: { maxlength: 80 } },
      '[newsroom] unknown config key "slug.maxlength" (did you mean "slug.maxLength"?); valid keys of config.slug: maxLength',
    ],
    [{ slug: { length: 80 } }, '[newsroom] unknown config key "slug.length"; valid keys of config.slug: maxLength'],
    [
      { drafts: { readOnlyToken: true } },
      '[newsroom] unknown config key "drafts.readOnlyToken"; valid keys of config.drafts: readOnlyTokens',
    ],
    [{ slugs: { maxLength: 80 } }, '[newsroom] unknown config key "slugs"; valid keys of config: slug, drafts'],
    [{ Drafts: {} }, '[newsroom] unknown config key "Drafts" (did you mean "drafts"?); valid keys of config: slug, drafts'],
  ])('app config %j', (userConfig, message) => {
    // The defaults are merged in first, so a misspelt key sits next to the default of the right one.
    expect(() => config.validator(merged(userConfig))).toThrow(message);
  });

  test('every declared key of every section is valid, whatever else the section holds', () => {
    const full = valid();
    for (const section of Object.keys(full)) {
      expect(() => config.validator({ ...full, [section]: { ...full[section], extra: 1 } })).toThrow(
        `unknown config key "${section}.extra"; valid keys of config.${section}: ${Object.keys(full[section]).join(', ')}`
      );
    }
  });

  test('an unknown key stops start-up even when every known value is valid', () => {
    expect(() => config.validator({ ...valid(), extra: true })).toThrow(/unknown config key "extra"/);
  });

  test('the error is thrown synchronously (an Error, not a rejected promise)', () => {
    let thrown: unknown;
    try {
      config.validator(merged({ slug: { maxlength: 80 } }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
  });
});
