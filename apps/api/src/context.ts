import type { PrismaClient } from '@borderdesk/db';
import type { Logger } from 'pino';
import { anonymous, type Caller } from './access/caller.js';

/** What every resolver gets; a fresh one per request. */
export interface Context {
  prisma: PrismaClient;
  requestId: string;
  logger: Logger;
  /** Who is calling; the HTTP layer has already refused unknown, revoked or malformed keys. */
  caller: Caller;
  /**
   * Makes something once per request, however many fields ask for it (avoids one query per row):
   * a promise of rows, or a DataLoader that batches the fields of a list.
   */
  once<T>(key: string, make: () => T): T;
}

export function createContext(
  prisma: PrismaClient,
  requestId: string,
  logger: Logger,
  caller: Caller = anonymous('unknown'),
): Context {
  const made = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as T;
  };
  return { prisma, requestId, logger: logger.child({ requestId }), caller, once };
}
