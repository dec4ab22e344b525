import { MAX_ROW_ID, fieldError, parseId, valid } from '../../server/src/shared/parsed';

describe('parseId', () => {
  test('whole numbers from 1 to the largest 32-bit id, as numbers or digits (trimmed)', () => {
    expect([1, '1', ' 42 ', 2147483647, '2147483647'].map(parseId)).toEqual([1, 1, 42, MAX_ROW_ID, MAX_ROW_ID]);
  });
  test('anything else is null: past the 32-bit range, zero, signs, fractions, exponents, other types', () => {
    const bad = [2147483648, '2147483648', '99999999999', '9007199254740993', 0, '0', '01', -1, '-1', '+1', 1.5, '1.5', '1e3', 1e20, NaN, Infinity, '', ' ', 'abc', null, undefined, true, [1], { id: 1 }];
    expect(bad.map(parseId)).toEqual(bad.map(() => null));
  });
});

test('valid: the value, or a ValidationError with every field problem in details', () => {
  expect(valid({ ok: true, value: 3 })).toBe(3);
  const problems = [fieldError('id', 'id must be a comment id'), fieldError('q', 'q is too long')];
  expect(() => valid({ ok: false, errors: problems })).toThrow(expect.objectContaining({ name: 'ValidationError', message: 'id must be a comment id; q is too long', details: { errors: problems } }));
});
