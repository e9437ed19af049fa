// `npm run db:seed`: migrates and seeds the configured database (what `npm start` does at start).
import { seed } from '../seed/seed.js';
import { runWithDatabase } from './command.js';

await runWithDatabase('seed failed', async ({ db }) => {
  const created = await seed(db.prisma);
  console.log(
    `seeded: ${Object.entries(created)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ')}`,
  );
  await db.close();
});
