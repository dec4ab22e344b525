import {
  hashTokenId,
  newTokenId,
  panelTokenId,
  panelWindow,
  signToken,
  TOKEN_LENGTH,
  verifyToken,
} from '../../server/src/delivery/previews/rules/preview-token';
import config from '../../server/src/config';
import { linkStatus, parseCreateRequest, parsePreviewQuery, shareUrl, toPopulate } from '../../server/src/delivery/previews/rules/preview-input';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const OTHER = 'another-secret-of-at-least-32-characters';

describe('preview tokens', () => {
  test('a signed token is 64 base64url characters and gives its id back', () => {
    const id = newTokenId();
    const token = signToken(id, SECRET);
    expect(token).toHaveLength(TOKEN_LENGTH);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(verifyToken(token, SECRET)?.equals(id)).toBe(true);
  });

  test('two ids never give the same token; the hash is the SHA-256 of the id, not of the token', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => signToken(newTokenId(), SECRET)));
    expect(tokens.size).toBe(200);
    const id = newTokenId();
    expect(hashTokenId(id)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenId(id)).not.toBe(hashTokenId(newTokenId()));
    expect(signToken(id, SECRET)).not.toContain(hashTokenId(id));
  });

  test('any changed character, another secret, a wrong length or alphabet: null', () => {
    const token = signToken(newTokenId(), SECRET);
    for (let at = 0; at < token.length; at += 1) {
      const changed = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
      expect(verifyToken(changed, SECRET)).toBeNull();
    }
    expect(verifyToken(token, OTHER)).toBeNull();
    expect(verifyToken(token, '')).toBeNull();
    expect(verifyToken(token.slice(0, 63), SECRET)).toBeNull();
    expect(verifyToken(`${token}A`, SECRET)).toBeNull();
    expect(verifyToken(token.replace(/-/g, '+').replace(/_/g, '/'), SECRET) === null || !/[-_]/.test(token)).toBe(true);
    expect(verifyToken(`${token.slice(0, 62)}==`, SECRET)).toBeNull();
    for (const garbage of [undefined, null, 42, {}, [token], '', ' '.repeat(64), 'é'.repeat(64), 'x'.repeat(100000)]) {
      expect(verifyToken(garbage, SECRET)).toBeNull();
    }
  });

  test('only the canonical spelling of the bytes is accepted (base64url spare bits)', () => {
    const token = signToken(newTokenId(), SECRET);
    const last = token[63];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const index = alphabet.indexOf(last);
    // 48 bytes fill 64 characters exactly: every character carries 6 bits, so each spelling is unique.
    const other = alphabet[index ^ 1];
    expect(verifyToken(token.slice(0, 63) + other, SECRET)).toBeNull();
  });

  test('panel ids: the same within a window, different per user, document, locale, window and secret', () => {
    const base = { userId: 1, documentId: 'abc', locale: 'vi', windowStart: 0 };
    const id = panelTokenId(SECRET, base);
    expect(id).toHaveLength(16);
    expect(panelTokenId(SECRET, base).equals(id)).toBe(true);
    for (const change of [{ userId: 2 }, { documentId: 'abd' }, { locale: 'en' }, { windowStart: 3600000 }]) {
      expect(panelTokenId(SECRET, { ...base, ...change }).equals(id)).toBe(false);
    }
    expect(panelTokenId(OTHER, base).equals(id)).toBe(false);
    expect(verifyToken(signToken(id, SECRET), SECRET)?.equals(id)).toBe(true);
    expect(panelWindow(5400000, 3600000)).toEqual({ start: 3600000, expiresAt: 10800000 });
  });
});

describe('preview requests', () => {
  test('create: documentId, locale, expiresInHours (1 to the maximum, default from config), nothing else', () => {
    const limits = { defaultHours: 48, maxHours: 720 };
    expect(parseCreateRequest({ documentId: 'abc' }, limits)).toEqual({ ok: true, value: { documentId: 'abc', locale: null, expiresInHours: 48 } });
    expect(parseCreateRequest({ documentId: 'abc', locale: 'vi', expiresInHours: 720 }, limits)).toMatchObject({ ok: true });
    for (const body of [null, [], 'x', { documentId: '' }, { documentId: 'a b' }, { documentId: 'abc', expiresInHours: 721 }, { documentId: 'abc', expiresInHours: '2' }, { documentId: 'abc', locale: 'v i' }, { documentId: 'abc', extra: 1 }]) {
      expect(parseCreateRequest(body, limits).ok).toBe(false);
    }
  });

  test('the public route takes populate of the allowed paths only', () => {
    expect(parsePreviewQuery({})).toEqual({ ok: true, value: { populate: [] } });
    expect(parsePreviewQuery({ populate: '*' })).toEqual({ ok: true, value: { populate: ['bylines', 'cover', 'bylines.avatar'] } });
    expect(parsePreviewQuery({ populate: ['cover', 'bylines'] })).toEqual({ ok: true, value: { populate: ['bylines', 'cover'] } });
    for (const query of [
      { populate: 'localizations' },
      { populate: { bylines: true } },
      { populate: 'bylines.articles' },
      { populate: ['cover', { related: true }] },
      { filters: { id: 1 } },
      { status: 'published' },
      { locale: 'vi' },
      { fields: ['title'] },
    ]) {
      expect(parsePreviewQuery(query).ok).toBe(false);
    }
    expect(toPopulate(['bylines', 'cover', 'bylines.avatar'])).toEqual({ bylines: { populate: { avatar: true } }, cover: true });
    expect(toPopulate(['bylines.avatar', 'bylines'])).toEqual({ bylines: { populate: { avatar: true } } });
  });

  test('status and URLs', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(linkStatus({ expiresAt: new Date(now + 1), revokedAt: null }, now)).toBe('active');
    expect(linkStatus({ expiresAt: new Date(now), revokedAt: null }, now)).toBe('expired');
    expect(linkStatus({ expiresAt: new Date(now + 1), revokedAt: new Date(now) }, now)).toBe('revoked');
    expect(shareUrl('', 'T')).toBe('/api/newsroom/previews/T');
    expect(shareUrl('https://bao.example.vn/xem-truoc/{token}', 'T')).toBe('https://bao.example.vn/xem-truoc/T');
  });
});

describe('config.previews', () => {
  const withPreviews = (previews: Record<string, unknown>) => {
    const value = JSON.parse(JSON.stringify(config.default));
    Object.assign(value.previews, previews);
    return value;
  };

  test('defaults: off (no secret), 48 h, the REST route as the shared URL', () => {
    expect(config.default.previews).toEqual({ secret: '', expiryHours: 48, pageUrl: '' });
  });

  test('pageUrl: "", an absolute http(s) URL or a path, holding {token} once', () => {
    for (const pageUrl of ['', '/api/preview/{token}', 'https://bao.example.vn/xem-truoc?t={token}', 'http://localhost:3000/preview/{token}']) {
      expect(() => config.validator(withPreviews({ pageUrl }))).not.toThrow();
    }
    for (const pageUrl of ['/preview', 'preview/{token}', '//evil.example/{token}', 'javascript:{token}', 'ftp://x/{token}', '/a/{token}/{token}', 42]) {
      expect(() => config.validator(withPreviews({ pageUrl }))).toThrow(/config\.previews\.pageUrl/);
    }
    expect(() => config.validator(withPreviews({ secret: 'short' }))).toThrow(/config\.previews\.secret must be 32 characters/);
  });
});
