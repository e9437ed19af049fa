import type { PrismaClient } from '@borderdesk/db';
import type { Logger } from 'pino';

/** What every resolver gets; a fresh one per request. */
export interface Context {
  prisma: PrismaClient;
  requestId: string;
  logger: Logger;
  /** Loads something once per request, however many fields ask for it (avoids one query per row). */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export function createContext(prisma: PrismaClient, requestId: string, logger: Logger): Context {
  const loaded = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!loaded.has(key)) loaded.set(key, load());
    return loaded.get(key) as Promise<T>;
  };
  return { prisma, requestId, logger: logger.child({ requestId }), once };
}
