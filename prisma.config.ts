// Read by the Prisma CLI for `prisma generate`. Migrations do not go through the CLI here
// (its native engine cannot be downloaded offline): see packages/db/src/migrate.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
