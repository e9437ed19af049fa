// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { openDatabase } from '../connection.js';
import { migrate } from '../migrate.js';
import { targetFromEnvironment } from './target.js';

const db = await openDatabase(targetFromEnvironment());
try {
  const { applied } = await migrate(db.adapterFactory);
  console.log(
    applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date',
  );
} finally {
  await db.close();
}
