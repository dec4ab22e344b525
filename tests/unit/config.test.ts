import config from '../../server/src/config';

const valid = () => JSON.parse(JSON.stringify(config.default));

describe('plugin config', () => {
  test('documented defaults', () => {
    expect(config.default).toEqual({ slug: { maxLength: 120 }, drafts: { readOnlyTokens: false } });
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

  test('rejects a non-object config', () => {
    expect(() => config.validator(null)).toThrow(/config must be an object/);
  });
});
