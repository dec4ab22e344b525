import { createHash } from 'crypto';

/**
 * A salted one-way hash of a sender's IP address or email: flood, duplicate and report rules compare
 * hashes, so the address itself is never needed again and never leaves the server.
 */
export const senderHash = (value: string, salt: string): string =>
  createHash('sha256').update(`${salt}\u0000${value.trim().toLowerCase()}`).digest('hex');

/** The content's fingerprint for the duplicate rule: same words, whatever the spacing and case. */
export const contentHash = (content: string): string =>
  createHash('sha256').update(content.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
