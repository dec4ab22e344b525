import { createHash, createHmac, randomBytes, timingSafeEqual } from 'crypto';

/**
 * Preview tokens: a random id and its HMAC-SHA256 signature, base64url, nothing readable in them.
 * The link row (document, locale, expiry) is found by a SHA-256 hash of the id, so the database
 * never holds a working token. Pure: no Strapi import.
 */

const ID_BYTES = 16;
const MAC_BYTES = 32;
/** base64url of 48 bytes, without padding. */
export const TOKEN_LENGTH = 64;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{64}$/;

// Domain separation: a signature is never also a panel id, and a later format can change the tag.
const SIGN_TAG = 'newsroom.preview.token.v1\n';
const PANEL_TAG = 'newsroom.preview.panel.v1\n';

const mac = (secret: string, id: Buffer): Buffer => createHmac('sha256', secret).update(SIGN_TAG).update(id).digest();

/** A new random token id. */
export const newTokenId = (): Buffer => randomBytes(ID_BYTES);

/** The token for an id: `base64url(id ‖ HMAC(secret, id))`. */
export const signToken = (id: Buffer, secret: string): string => Buffer.concat([id, mac(secret, id)]).toString('base64url');

/**
 * The id a token carries, if it is a token this secret signed; null for anything else (wrong
 * length or alphabet, bad signature, not a string). The signature is compared in constant time.
 */
export const verifyToken = (token: unknown, secret: string): Buffer | null => {
  if (secret === '' || typeof token !== 'string' || token.length !== TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== ID_BYTES + MAC_BYTES) return null;
  const id = bytes.subarray(0, ID_BYTES);
  const expected = mac(secret, id);
  // base64url has spare bits in its last character: only the canonical spelling of the bytes counts.
  if (bytes.toString('base64url') !== token) return null;
  return timingSafeEqual(bytes.subarray(ID_BYTES), expected) ? Buffer.from(id) : null;
};

/** What the link row stores: the SHA-256 of the id, hex. */
export const hashTokenId = (id: Buffer): string => createHash('sha256').update(id).digest('hex');

/**
 * The Preview panel asks for a URL each time the edit view opens: the same user, document and
 * locale get the same id within one window (`windowStart`, ms), so one link row serves them all.
 * Derived with the secret, so it is as unguessable as a random id.
 */
export const panelTokenId = (
  secret: string,
  parts: { userId: number | string; documentId: string; locale: string; windowStart: number }
): Buffer =>
  createHmac('sha256', secret)
    .update(PANEL_TAG)
    .update([String(parts.userId), parts.documentId, parts.locale, String(parts.windowStart)].join('\n'))
    .digest()
    .subarray(0, ID_BYTES);

/** The start of the panel window `now` falls in, and when a link made in it expires (one window later). */
export const panelWindow = (now: number, windowMs: number): { start: number; expiresAt: number } => {
  const start = Math.floor(now / windowMs) * windowMs;
  return { start, expiresAt: start + 2 * windowMs };
};
