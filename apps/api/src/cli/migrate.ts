// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { runWithDatabase } from './command.js';

await runWithDatabase('migrate failed', async ({ db, applied }) => {
  console.log(
    applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date',
  );
  await db.close();
});
