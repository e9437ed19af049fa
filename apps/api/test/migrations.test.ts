// The migrator on an empty database, re-applied, and the rules the schema enforces in the database.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffMigrationsToSchema, migrate, readMigrations } from '@borderdesk/db/migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('empty');
});
afterAll(async () => {
  await db?.destroy();
});

describe('migrations', () => {
  it('builds the schema from empty, records it, and re-applies as a no-op', async () => {
    const first = await migrate(db.adapterFactory);
    const all = readMigrations().migrationDirectories.map((directory) => directory.path);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(first.applied).toEqual(all);
    const again = await migrate(db.adapterFactory);
    expect(again.applied).toEqual([]);
    const recorded = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(recorded.map((row) => row.migration_name).sort()).toEqual(all);
  });
});

describe('authoring migrations', () => {
  // Two throwaway PGlite clusters per diff make this slow; `npm run check` covers the no-change case.
  it('writes exactly the SQL a schema change needs', { timeout: 90_000 }, async () => {
    const changed = join(tmpdir(), `borderdesk-schema-${process.pid}.prisma`);
    const schema = readFileSync(new URL('../../../prisma/schema.prisma', import.meta.url), 'utf8');
    writeFileSync(changed, schema.replace('model Stance {', 'model Bookmark {\n  id Int @id\n}\n\nmodel Stance {'));
    const sql = await diffMigrationsToSchema({ schemaPath: changed });
    expect(sql).toContain('CREATE TABLE "Bookmark"');
    // Nothing else: the migrations already build everything else schema.prisma describes.
    expect(sql.match(/^(CREATE|ALTER|DROP) /gm)).toEqual(['CREATE ']);
  });
});

describe('rules of the data, enforced by the database', () => {
  const fact = async (overrides: Record<string, unknown> = {}) => {
    const dataset = await db.prisma.dataset.upsert({
      where: { slug: 'rules-fixture' },
      create: {
        slug: 'rules-fixture',
        name: 'fixture',
        publisher: 'test',
        landingPage: 'https://example.org',
        description: 'fixture',
        dimensions: ['COMPONENT'],
      },
      update: {},
    });
    const release = await db.prisma.release.upsert({
      where: { datasetId_sha256: { datasetId: dataset.id, sha256: 'f'.repeat(64) } },
      create: {
        datasetId: dataset.id,
        label: 'fixture',
        fileName: 'fixture.csv',
        sha256: 'f'.repeat(64),
        rowCount: 1,
        firstMonth: new Date('2024-11-01'),
        lastMonth: new Date('2024-11-01'),
      },
      update: {},
    });
    return db.prisma.encounterFact.create({
      data: {
        releaseId: release.id,
        datasetId: dataset.id,
        month: new Date('2024-11-01'),
        fiscalYear: 2025,
        component: 'USBP',
        count: 46_612,
        ...overrides,
      },
    });
  };

  it('keeps one fact per release and dimension tuple, unknown dimensions included', async () => {
    await fact();
    // The same tuple with the same NULLs (dimensions this dataset does not carry) is a duplicate.
    await expect(fact()).rejects.toThrow();
    await expect(fact({ component: 'OFO' })).resolves.toBeTruthy();
  });

  it('refuses negative counts and months that are not first days', async () => {
    await expect(fact({ component: null, count: -1 })).rejects.toThrow();
    await expect(fact({ component: null, month: new Date('2024-11-15') })).rejects.toThrow();
  });

  it('refuses a role that ends before it starts, and duplicate slugs', async () => {
    const person = await db.prisma.actor.create({ data: { slug: 'rule-person', kind: 'PERSON', name: 'Rule Person' } });
    await expect(
      db.prisma.role.create({
        data: {
          personId: person.id,
          title: 'Backwards',
          startDate: new Date('2024-01-01'),
          endDate: new Date('2023-01-01'),
        },
      }),
    ).rejects.toThrow();
    await expect(
      db.prisma.actor.create({ data: { slug: 'rule-person', kind: 'PERSON', name: 'Same Slug' } }),
    ).rejects.toThrow();
    await expect(db.prisma.actor.create({ data: { slug: 'Not A Slug', kind: 'PERSON', name: 'x' } })).rejects.toThrow();
  });

  it('refuses a classification on a person', async () => {
    await expect(
      db.prisma.actor.create({ data: { slug: 'classified-person', kind: 'PERSON', name: 'x', classification: 'NGO' } }),
    ).rejects.toThrow();
  });
});
