import { fileURLToPath } from 'node:url';

/** The repository root, wherever the process was started from. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const prismaSchemaPath = fileURLToPath(new URL('../../../prisma/schema.prisma', import.meta.url));
export const migrationsDir = fileURLToPath(new URL('../../../prisma/migrations/', import.meta.url));
/** Where the embedded database lives unless configured otherwise. */
export const defaultPgliteDir = fileURLToPath(new URL('../../../data/pglite', import.meta.url));
