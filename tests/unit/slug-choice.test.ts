import { chooseSlug, followsSource, type StoredSlugState } from '../../server/src/slugs/slug-choice';

const MAX = 120;
const stored = (slug: string | null, source: string | null, locked = false, manual = false): StoredSlugState => ({
  slug,
  source,
  locked,
  manual,
});
const auto = (base: string | null) => ({ kind: 'set', base, manual: false });
const byHand = (base: string) => ({ kind: 'set', base, manual: true });
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
  ])('%s from %s → %s', (slug, source, expected) => {
    expect(followsSource(slug, source, MAX)).toBe(expected);
  });
});

describe('chooseSlug', () => {
  test('new document: from the title, or the slug given, normalised', () => {
    expect(chooseSlug(write({ source: 'Đà Nẵng mưa to' }), null, MAX)).toEqual(auto('da-nang-mua-to'));
    expect(chooseSlug(write({ source: 'X', slug: 'Bản Tin Sáng' }), null, MAX)).toEqual(byHand('ban-tin-sang'));
    expect(chooseSlug(write({ source: 'Đà Nẵng', slug: '!!!' }), null, MAX)).toEqual(auto('da-nang'));
    expect(chooseSlug(write({ source: '???' }), null, MAX)).toEqual(auto(null));
    // The admin's "regenerate" button sends the title's own slug: not a hand edit.
    expect(chooseSlug(write({ source: 'Đà Nẵng', slug: 'da-nang' }), null, MAX)).toEqual(auto('da-nang'));
  });

  test('draft: follows the title', () => {
    expect(chooseSlug(write({ source: 'Mới' }), stored('cu', 'Cũ'), MAX)).toEqual(auto('moi'));
    expect(chooseSlug(write({ source: 'Mới', slug: 'cu' }), stored('cu', 'Cũ'), MAX)).toEqual(auto('moi'));
  });

  test('draft: a hand-set slug stays, whatever its shape, even when the form sends it back', () => {
    expect(chooseSlug(write({ source: 'Mới' }), stored('rieng', 'Cũ', false, true), MAX)).toEqual({ kind: 'keep' });
    const covid = stored('covid-19', 'Covid 19 lan rộng khắp châu Á', false, true);
    expect(chooseSlug(write({ source: 'Biến chủng Covid mới' }), covid, MAX)).toEqual({ kind: 'keep' });
    expect(chooseSlug(write({ source: 'Biến chủng Covid mới', slug: 'covid-19' }), covid, MAX)).toEqual({ kind: 'keep' });
  });

  test('draft: a slug made by the server follows the title, whatever its shape', () => {
    expect(chooseSlug(write({ source: 'Mới' }), stored('rieng', 'Cũ'), MAX)).toEqual(auto('moi'));
  });

  test('emptying a hand-set slug hands it back to the title', () => {
    expect(chooseSlug(write({ slug: '' }), stored('rieng', 'Tin sáng', false, true), MAX)).toEqual(auto('tin-sang'));
  });

  test('draft: a title that still fits the slug keeps its suffix', () => {
    expect(chooseSlug(write({ source: 'Cu' }), stored('cu-2', 'Cũ'), MAX)).toEqual({ kind: 'keep' });
  });

  test('published: the title no longer moves the slug; a new slug by hand does; emptying regenerates', () => {
    const published = stored('cu', 'Cũ', true);
    expect(chooseSlug(write({ source: 'Mới' }), published, MAX)).toEqual({ kind: 'keep' });
    expect(chooseSlug(write({ slug: 'Hẳn Mới' }), published, MAX)).toEqual(byHand('han-moi'));
    expect(chooseSlug(write({ slug: '', source: 'Mới' }), published, MAX)).toEqual(auto('moi'));
    expect(chooseSlug(write({ slug: null }), published, MAX)).toEqual(auto('cu'));
  });

  test('nothing relevant changes: keep', () => {
    expect(chooseSlug(write({}), stored('cu', 'Cũ'), MAX)).toEqual({ kind: 'keep' });
  });

  test('a stored row with no slug gets one', () => {
    expect(chooseSlug(write({}), stored(null, 'Có tiêu đề', true), MAX)).toEqual(auto('co-tieu-de'));
  });

  test('bases are cut to maxLength at a hyphen', () => {
    const choice = chooseSlug(write({ source: 'một hai ba bốn năm sáu bảy tám' }), null, 20);
    expect(choice).toEqual(auto('mot-hai-ba-bon-nam'));
  });
});
