import type { PrismaClient } from '@borderdesk/db';
import type { Logger } from 'pino';

/** What every resolver gets; a fresh one per request. */
export interface Context {
  prisma: PrismaClient;
  requestId: string;
  logger: Logger;
}

export function createContext(prisma: PrismaClient, requestId: string, logger: Logger): Context {
  return { prisma, requestId, logger: logger.child({ requestId }) };
}
