import { chooseSlug, followsSource, type StoredSlugState } from '../../server/src/rules/slug-choice';

const MAX = 120;
const stored = (slug: string | null, source: string | null, locked = false): StoredSlugState => ({ slug, source, locked });
const write = (fields: { slug?: unknown; source?: unknown }) => ({
  slugGiven: 'slug' in fields,
  slug: fields.slug,
  source: fields.source,
});

describe('followsSource', () => {
  test.each([
    ['bao-so-3', 'Bão số 3', true],
    ['bao-so-3-2', 'Bão số 3', true],
    ['bao-so-3-14', 'Bão số 3', true],
    ['nam-2015', 'Năm 2015', true],
    ['bao-so-3-moi', 'Bão số 3', false],
    ['ban-tin-rieng', 'Tin nhanh', false],
    [null, 'Bất kỳ', true],
  ])('%s from %s → %s', (slug, source, expected) => {
    expect(followsSource(slug, source, MAX)).toBe(expected);
  });
});

describe('chooseSlug', () => {
  test('new document: from the title, or the slug given, normalised', () => {
    expect(chooseSlug(write({ source: 'Đà Nẵng mưa to' }), null, MAX)).toEqual({ kind: 'set', base: 'da-nang-mua-to' });
    expect(chooseSlug(write({ source: 'X', slug: 'Bản Tin Sáng' }), null, MAX)).toEqual({ kind: 'set', base: 'ban-tin-sang' });
    expect(chooseSlug(write({ source: 'Đà Nẵng', slug: '!!!' }), null, MAX)).toEqual({ kind: 'set', base: 'da-nang' });
    expect(chooseSlug(write({ source: '???' }), null, MAX)).toEqual({ kind: 'set', base: null });
  });

  test('draft: follows the title', () => {
    expect(chooseSlug(write({ source: 'Mới' }), stored('cu', 'Cũ'), MAX)).toEqual({ kind: 'set', base: 'moi' });
    expect(chooseSlug(write({ source: 'Mới', slug: 'cu' }), stored('cu', 'Cũ'), MAX)).toEqual({ kind: 'set', base: 'moi' });
  });

  test('draft: a hand-set slug stays', () => {
    expect(chooseSlug(write({ source: 'Mới' }), stored('rieng', 'Cũ'), MAX)).toEqual({ kind: 'keep' });
  });

  test('draft: a title that still fits the slug keeps its suffix', () => {
    expect(chooseSlug(write({ source: 'Cu' }), stored('cu-2', 'Cũ'), MAX)).toEqual({ kind: 'keep' });
  });

  test('published: the title no longer moves the slug; a new slug by hand does; emptying regenerates', () => {
    const published = stored('cu', 'Cũ', true);
    expect(chooseSlug(write({ source: 'Mới' }), published, MAX)).toEqual({ kind: 'keep' });
    expect(chooseSlug(write({ slug: 'Hẳn Mới' }), published, MAX)).toEqual({ kind: 'set', base: 'han-moi' });
    expect(chooseSlug(write({ slug: '', source: 'Mới' }), published, MAX)).toEqual({ kind: 'set', base: 'moi' });
    expect(chooseSlug(write({ slug: null }), published, MAX)).toEqual({ kind: 'set', base: 'cu' });
  });

  test('nothing relevant changes: keep', () => {
    expect(chooseSlug(write({}), stored('cu', 'Cũ'), MAX)).toEqual({ kind: 'keep' });
  });

  test('a stored row with no slug gets one', () => {
    expect(chooseSlug(write({}), stored(null, 'Có tiêu đề', true), MAX)).toEqual({ kind: 'set', base: 'co-tieu-de' });
  });

  test('bases are cut to maxLength at a hyphen', () => {
    const choice = chooseSlug(write({ source: 'một hai ba bốn năm sáu bảy tám' }), null, 20);
    expect(choice).toEqual({ kind: 'set', base: 'mot-hai-ba-bon-nam' });
  });
});
