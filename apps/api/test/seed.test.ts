// The seed is idempotent: a second run creates nothing and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/seed/seed.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('migrated');
});
afterAll(async () => {
  await db?.destroy();
});

async function snapshot() {
  const p = db.prisma;
  return {
    counts: {
      datasets: await p.dataset.count(),
      releases: await p.release.count(),
      facts: await p.encounterFact.count(),
      actors: await p.actor.count(),
      roles: await p.role.count(),
      sources: await p.source.count(),
      statements: await p.statement.count(),
      claims: await p.claim.count(),
      policies: await p.policy.count(),
      events: await p.policyEvent.count(),
      stances: await p.stance.count(),
    },
    updated: [
      ...(await p.actor.findMany({ select: { slug: true, updatedAt: true }, orderBy: { id: 'asc' } })),
      ...(await p.statement.findMany({ select: { slug: true, updatedAt: true }, orderBy: { id: 'asc' } })),
      ...(await p.policy.findMany({ select: { slug: true, updatedAt: true }, orderBy: { id: 'asc' } })),
    ],
  };
}

describe('seed', () => {
  it('loads the datasets and the article, then changes nothing on a second run', async () => {
    const created = await seed(db.prisma);
    expect(created.datasets).toBe(4);
    expect(created.actors).toBeGreaterThanOrEqual(30);
    expect(created.statements).toBeGreaterThanOrEqual(20);
    expect(created.policies).toBe(7);
    expect(created.releases).toBe(4);
    const before = await snapshot();
    expect(before.counts).toMatchObject({
      datasets: 4,
      releases: 4,
      facts: 1936 + 47100 + 5830 + 5,
      actors: created.actors,
      statements: created.statements,
    });

    const again = await seed(db.prisma);
    expect(Object.values(again).every((count) => count === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('does not overwrite what an editor changed', async () => {
    await db.prisma.actor.update({ where: { slug: 'tom-homan' }, data: { summary: 'Edited by the newsroom.' } });
    await seed(db.prisma);
    const homan = await db.prisma.actor.findUniqueOrThrow({ where: { slug: 'tom-homan' } });
    expect(homan.summary).toBe('Edited by the newsroom.');
  });

  it('keeps one role per person, organization and title, even without an organization', async () => {
    const issa = await db.prisma.actor.findUniqueOrThrow({ where: { slug: 'darrell-issa' } });
    const role = { personId: issa.id, organizationId: null, title: 'Constituent services' };
    await db.prisma.role.create({ data: role });
    await expect(db.prisma.role.create({ data: role })).rejects.toThrow();
  });

  it('records every quotation with its speaker, and the policies with their checked dates', async () => {
    const quote = await db.prisma.statement.findUniqueOrThrow({
      where: { slug: 'cianciarulo-immigration-economic-reality' },
      include: { speaker: true },
    });
    expect(quote.speaker.name).toBe('Marisa Cianciarulo');
    expect(quote.text).toContain('immigration is an economic reality');

    const dates = await db.prisma.policyEvent.findMany({
      where: { kind: { in: ['EFFECTIVE', 'SIGNED', 'VOTE'] } },
      select: { kind: true, date: true, policy: { select: { slug: true } } },
    });
    const on = (slug: string, kind: string) =>
      dates
        .find((d) => d.policy.slug === slug && d.kind === kind)
        ?.date.toISOString()
        .slice(0, 10);
    expect(on('cbp-one-appointments', 'EFFECTIVE')).toBe('2023-01-12');
    expect(on('circumvention-of-lawful-pathways', 'EFFECTIVE')).toBe('2023-05-11');
    expect(on('securing-the-border', 'SIGNED')).toBe('2024-06-03');
    expect(on('securing-the-border', 'EFFECTIVE')).toBe('2024-06-05');
    expect(on('california-sb-54', 'SIGNED')).toBe('2017-10-05');
    expect(on('california-sb-54', 'EFFECTIVE')).toBe('2018-01-01');
    expect(on('san-diego-county-non-cooperation', 'VOTE')).toBe('2024-12-10');
  });
});
