export { type Database, type DatabaseTarget, type OpenDatabaseOptions, openDatabase } from './connection.js';
export * from './generated/prisma/client.js';
export { defaultPgliteDir, repoRoot } from './paths.js';
