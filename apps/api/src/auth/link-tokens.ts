import { createHash, randomBytes } from 'node:crypto';

/**
 * The secrets of one-time links sent by e-mail (invitations, address confirmation, password
 * reset): 32 random bytes, and only their sha256 stored, so that a copy of the database does
 * not hold usable links.
 */
export const newLinkToken = () => randomBytes(32).toString('base64url');

export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex');
