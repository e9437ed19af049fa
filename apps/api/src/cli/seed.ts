// `npm run db:seed`: migrates and seeds the configured database (what `npm start` does on first start).
import { openDatabase } from '@borderdesk/db';
import { migrate } from '@borderdesk/db/migrate';
import { loadConfig } from '../config.js';
import { seed } from '../seed/seed.js';

const config = loadConfig();
const db = await openDatabase(config.database);
try {
  await migrate(db.adapterFactory);
  const created = await seed(db.prisma);
  console.log(
    `seeded: ${Object.entries(created)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ')}`,
  );
} finally {
  await db.close();
}
