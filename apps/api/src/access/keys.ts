// API keys: `bdk_` and 32 random base64url characters (192 bits). Only the SHA-256 of a key is
// stored: a key that random cannot be guessed from its hash, so a slow password hash would only
// slow every request down. The first 12 characters are kept in clear to recognise a key in lists.
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyRole, PrismaClient } from '@borderdesk/db';

const keyPattern = /^bdk_[A-Za-z0-9_-]{32}$/;
const prefixLength = 12;

/** True when the text has the shape of a key (a malformed one is refused before any lookup). */
export function isWellFormedKey(text: string): boolean {
  return keyPattern.test(text);
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function keyPrefix(key: string): string {
  return key.slice(0, prefixLength);
}

/** Stores a new key (its hash and prefix) and returns it: the only time the key itself exists. */
export async function issueKey(
  prisma: PrismaClient,
  name: string,
  role: ApiKeyRole,
): Promise<{ key: string; prefix: string; createdAt: Date }> {
  const key = `bdk_${randomBytes(24).toString('base64url')}`;
  const prefix = keyPrefix(key);
  const { createdAt } = await prisma.apiKey.create({
    data: { name, role, prefix, hash: hashKey(key) },
    select: { createdAt: true },
  });
  return { key, prefix, createdAt };
}
