// The seed: the four datasets' descriptions and the article's editorial content (prisma/seed/*.json),
// then the published files in prisma/data/cbp through the importer. It only inserts what is missing,
// so running it again changes nothing and never overwrites what editors have changed since.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatePrecision, type PrismaClient, repoRoot } from '@borderdesk/db';
import type { z } from 'zod';
import { importRelease } from '../encounters/import-release.js';
import { type PartialDate, parsePartialDate } from '../writes/fields.js';
import { datasetSeedFile, type EditorialSeed, editorialSeedFile } from './content-schema.js';

const seedDir = join(repoRoot, 'prisma', 'seed');
const dataDir = join(repoRoot, 'prisma', 'data', 'cbp');
type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export class SeedError extends Error {
  override name = 'SeedError';
}

/** Counts of records created, by type; all zero when the database already had everything. */
export type SeedResult = Record<
  'datasets' | 'releases' | 'actors' | 'roles' | 'sources' | 'policies' | 'statements' | 'claims' | 'stances',
  number
>;

export async function seed(prisma: PrismaClient): Promise<SeedResult> {
  const { datasets } = readSeedFile('datasets.json', datasetSeedFile);
  const editorial = readSeedFile('article.json', editorialSeedFile);
  checkReferences('article.json', editorial, new Set(datasets.map((dataset) => dataset.slug)));
  const result = await prisma.$transaction(
    async (tx) => {
      const result: SeedResult = {
        datasets: 0,
        releases: 0,
        actors: 0,
        roles: 0,
        sources: 0,
        policies: 0,
        statements: 0,
        claims: 0,
        stances: 0,
      };
      result.datasets = await seedDatasets(tx);
      await seedEditorial(tx, editorial, result);
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  // Each file is its own transaction, and one already imported is recognised by its hash.
  for (const release of datasets.flatMap((dataset) => dataset.releases)) {
    const { file, ...options } = release;
    const outcome = await importRelease(prisma, join(dataDir, file), options);
    if (outcome.status === 'imported') result.releases++;
  }
  return result;
}

/** Only the datasets' descriptions: what the importer needs before it can record a release. */
export async function seedDatasets(prisma: PrismaClient | Transaction): Promise<number> {
  const { datasets } = readSeedFile('datasets.json', datasetSeedFile);
  const data = datasets.map(({ releases: _, ...dataset }) => dataset);
  return (await prisma.dataset.createMany({ data, skipDuplicates: true })).count;
}

function readSeedFile<T extends z.ZodType>(name: string, schema: T): z.output<T> {
  const path = join(seedDir, name);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SeedError(`prisma/seed/${name}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedError(`prisma/seed/${name}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Every slug a record points at must be defined in the same file. */
function checkReferences(file: string, content: EditorialSeed, datasets: Set<string>): void {
  const actors = new Set(content.actors.map((a) => a.slug));
  const sources = new Set(content.sources.map((s) => s.slug));
  const policies = new Set(content.policies.map((p) => p.slug));
  const statements = new Set(content.statements.map((s) => s.slug));
  const problems: string[] = [];
  const expect = (set: Set<string>, kind: string, slug: string | undefined, path: string) => {
    if (slug !== undefined && !set.has(slug)) problems.push(`${path}: unknown ${kind} '${slug}'`);
  };
  content.actors.forEach((a, i) => {
    expect(actors, 'actor', a.parent, `actors[${i}].parent`);
  });
  content.roles.forEach((r, i) => {
    expect(actors, 'actor', r.person, `roles[${i}].person`);
    expect(actors, 'actor', r.organization, `roles[${i}].organization`);
    expect(sources, 'source', r.source, `roles[${i}].source`);
  });
  content.sources.forEach((s, i) => {
    expect(actors, 'actor', s.publisher, `sources[${i}].publisher`);
  });
  content.policies.forEach((p, i) => {
    expect(actors, 'actor', p.issuer, `policies[${i}].issuer`);
    p.sources.forEach((s, j) => {
      expect(sources, 'source', s, `policies[${i}].sources[${j}]`);
    });
    p.events.forEach((e, j) => {
      expect(sources, 'source', e.source, `policies[${i}].events[${j}].source`);
    });
  });
  content.statements.forEach((s, i) => {
    expect(actors, 'actor', s.speaker, `statements[${i}].speaker`);
    expect(sources, 'source', s.source, `statements[${i}].source`);
    s.mentionsActors.forEach((a, j) => {
      expect(actors, 'actor', a, `statements[${i}].mentionsActors[${j}]`);
    });
    s.mentionsPolicies.forEach((p, j) => {
      expect(policies, 'policy', p, `statements[${i}].mentionsPolicies[${j}]`);
    });
  });
  content.claims.forEach((c, i) => {
    expect(statements, 'statement', c.statement, `claims[${i}].statement`);
    expect(datasets, 'dataset', c.dataset, `claims[${i}].dataset`);
  });
  content.stances.forEach((s, i) => {
    expect(actors, 'actor', s.actor, `stances[${i}].actor`);
    expect(policies, 'policy', s.policy, `stances[${i}].policy`);
    expect(statements, 'statement', s.statement, `stances[${i}].statement`);
  });
  if (problems.length) throw new SeedError(`prisma/seed/${file}: ${problems.join('; ')}`);
}

async function seedEditorial(tx: Transaction, content: EditorialSeed, result: SeedResult): Promise<void> {
  const existing = async (model: { findMany(args: { select: { slug: true } }): Promise<{ slug: string }[]> }) =>
    new Set((await model.findMany({ select: { slug: true } })).map((row) => row.slug));

  const knownActors = await existing(tx.actor);
  for (const actor of content.actors) {
    if (knownActors.has(actor.slug)) continue;
    await tx.actor.create({
      data: {
        slug: actor.slug,
        kind: actor.kind,
        name: actor.name,
        otherNames: actor.otherNames,
        classification: actor.classification ?? null,
        summary: actor.summary,
        links: { create: actor.links },
      },
    });
    result.actors++;
  }
  // Parents are linked once every actor exists; only where no parent was ever set.
  for (const actor of content.actors) {
    if (!actor.parent || knownActors.has(actor.slug)) continue;
    await tx.actor.update({ where: { slug: actor.slug }, data: { parent: { connect: { slug: actor.parent } } } });
  }

  const knownSources = await existing(tx.source);
  for (const source of content.sources) {
    if (knownSources.has(source.slug)) continue;
    const published = optionalPartialDate(source.published);
    await tx.source.create({
      data: {
        slug: source.slug,
        kind: source.kind,
        title: source.title,
        url: source.url ?? null,
        publishedOn: published.date,
        publishedOnPrecision: published.precision,
        ...(source.publisher ? { publisher: { connect: { slug: source.publisher } } } : {}),
      },
    });
    result.sources++;
  }

  // A role is known by person, organization and title (the same key as its unique index).
  const roleKey = (person: string, organization: string | undefined, title: string) =>
    JSON.stringify([person, organization ?? null, title]);
  const knownRoles = new Set(
    (
      await tx.role.findMany({
        select: { title: true, person: { select: { slug: true } }, organization: { select: { slug: true } } },
      })
    ).map((role) => roleKey(role.person.slug, role.organization?.slug, role.title)),
  );
  for (const role of content.roles) {
    if (knownRoles.has(roleKey(role.person, role.organization, role.title))) continue;
    const start = optionalPartialDate(role.start);
    const end = optionalPartialDate(role.end);
    await tx.role.create({
      data: {
        title: role.title,
        startDate: start.date,
        startPrecision: start.precision,
        endDate: end.date,
        endPrecision: end.precision,
        person: { connect: { slug: role.person } },
        ...(role.organization ? { organization: { connect: { slug: role.organization } } } : {}),
        ...(role.source ? { source: { connect: { slug: role.source } } } : {}),
      },
    });
    result.roles++;
  }

  const knownPolicies = await existing(tx.policy);
  for (const policy of content.policies) {
    if (knownPolicies.has(policy.slug)) continue;
    await tx.policy.create({
      data: {
        slug: policy.slug,
        title: policy.title,
        shortName: policy.shortName,
        kind: policy.kind,
        jurisdictionLevel: policy.jurisdictionLevel,
        jurisdictionName: policy.jurisdictionName,
        status: policy.status,
        citations: policy.citations,
        summary: policy.summary,
        ...(policy.issuer ? { issuer: { connect: { slug: policy.issuer } } } : {}),
        sources: { connect: policy.sources.map((slug) => ({ slug })) },
        events: {
          create: policy.events.map((event) => {
            const { date, precision } = partialDate(event.date);
            return {
              kind: event.kind,
              date,
              datePrecision: precision,
              description: event.description,
              voteTally: event.voteTally ?? null,
              ...(event.source ? { source: { connect: { slug: event.source } } } : {}),
            };
          }),
        },
      },
    });
    result.policies++;
  }

  const knownStatements = await existing(tx.statement);
  for (const statement of content.statements) {
    if (knownStatements.has(statement.slug)) continue;
    const said = optionalPartialDate(statement.said);
    await tx.statement.create({
      data: {
        slug: statement.slug,
        text: statement.text,
        isParaphrase: statement.isParaphrase,
        saidOn: said.date,
        saidOnPrecision: said.precision,
        setting: statement.setting,
        topics: statement.topics,
        speaker: { connect: { slug: statement.speaker } },
        source: { connect: { slug: statement.source } },
        mentionedActors: { connect: statement.mentionsActors.map((slug) => ({ slug })) },
        mentionedPolicies: { connect: statement.mentionsPolicies.map((slug) => ({ slug })) },
      },
    });
    result.statements++;
  }

  const knownClaims = await existing(tx.claim);
  for (const claim of content.claims) {
    if (knownClaims.has(claim.slug)) continue;
    await tx.claim.create({
      data: {
        slug: claim.slug,
        text: claim.text,
        assertion: claim.assertion,
        filter: claim.filter,
        period: claim.period ?? null,
        comparePeriod: claim.comparePeriod ?? null,
        ...(claim.compareFilter ? { compareFilter: claim.compareFilter } : {}),
        assertedValue: claim.assertedValue ?? null,
        tolerance: claim.tolerance ?? null,
        assertedSince: claim.assertedSince ?? null,
        notCheckableReason: claim.notCheckableReason ?? null,
        statement: { connect: { slug: claim.statement } },
        ...(claim.dataset ? { dataset: { connect: { slug: claim.dataset } } } : {}),
      },
    });
    result.claims++;
  }

  const stanceKey = (actor: string, policy: string) => JSON.stringify([actor, policy]);
  const knownStances = new Set(
    (
      await tx.stance.findMany({ select: { actor: { select: { slug: true } }, policy: { select: { slug: true } } } })
    ).map((stance) => stanceKey(stance.actor.slug, stance.policy.slug)),
  );
  for (const stance of content.stances) {
    if (knownStances.has(stanceKey(stance.actor, stance.policy))) continue;
    await tx.stance.create({
      data: {
        actor: { connect: { slug: stance.actor } },
        policy: { connect: { slug: stance.policy } },
        position: stance.position,
        note: stance.note,
        ...(stance.statement ? { statement: { connect: { slug: stance.statement } } } : {}),
      },
    });
    result.stances++;
  }
}

function optionalPartialDate(text: string | undefined): { date: Date | null; precision: DatePrecision | null } {
  return text ? partialDate(text) : { date: null, precision: null };
}

/** A date the content schema has already checked, as a UTC date and how much of it is known. */
function partialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`not a partial date: ${text}`);
  return parsed;
}
