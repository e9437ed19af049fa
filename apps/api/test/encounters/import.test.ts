// The importer on a real database, with the four published files and damaged copies of them: what
// each layout becomes, that a bad file is refused whole with every bad line named, how a newer
// release supersedes an older one, and what the command-line tool prints and exits with.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase, Prisma, type PrismaClient, repoRoot } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ImportOutcome, ImportRejectedError, importRelease } from '../../src/encounters/import-release.js';
import { currentReleaseMonths } from '../../src/encounters/releases.js';
import { seedDatasets } from '../../src/seed/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { adminQuery, databaseUrl } from '../support/postgres-admin.js';

const files = {
  southwest: 'sbo-encounters-fy22-fy25-aug.csv',
  state: 'nationwide-encounters-fy22-fy25-state.csv',
  ohss: 'ohss_usbp_monthly_region_sector_fy2000_fy2025nov.csv',
  aor: 'nationwide-encounters-fy21-fy24-aor_EXCERPT_cbp_original_headers.csv',
} as const;

const published = (name: string) => join(repoRoot, 'prisma', 'data', 'cbp', name);

/** Damaged and edited copies are built here at run time, from the published files. */
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'borderdesk-import-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A published file's lines without their line ends (the file ends with one). */
function linesOf(name: string): string[] {
  return readFileSync(published(name), 'utf8').split(/\r?\n/).slice(0, -1);
}

/** Writes a copy as CBP writes its files: CRLF after every line, unless the copy is cut off. */
function writeCopy(name: string, lines: readonly string[], { cutOff = false } = {}): string {
  const path = join(scratch, name);
  writeFileSync(path, lines.join('\r\n') + (cutOff ? '' : '\r\n'));
  return path;
}

/** `lines` with line `number` (the header is 1) edited; an edit that changes nothing is a broken test. */
function editLine(lines: readonly string[], number: number, edit: (line: string) => string): string[] {
  const line = lines[number - 1];
  if (line === undefined) throw new Error(`the file has no line ${number}`);
  const edited = edit(line);
  if (edited === line) throw new Error(`the edit left line ${number} as it was: ${line}`);
  return lines.map((original, index) => (index === number - 1 ? edited : original));
}

/** Replaces a row's last cell, its count. */
const withCount = (count: string) => (line: string) => line.replace(/,\d+$/, `,${count}`);

const southwest = linesOf(files.southwest);

/**
 * Three bad rows of different kinds, one of them with two problems: all must be reported, in line
 * order (used by the importer's tests and the command line's).
 */
function threeBadRows(name: string): { name: string; lines: string[]; problems: string[] } {
  let lines = editLine(southwest, 6, withCount('-66'));
  lines = editLine(lines, 8, (line) => line.replace(',OCT,', ',OCTOBRE,'));
  lines = editLine(lines, 1501, (line) => withCount('18a')(line.replace('Office of Field Operations', 'Field Ops')));
  return {
    name,
    lines,
    problems: [
      `${name}:6: Encounter Count '-66' is not a whole number ≥ 0`,
      `${name}:8: unknown Month (abbv) 'OCTOBRE'`,
      `${name}:1501: unknown Component 'Field Ops'; Encounter Count '18a' is not a whole number ≥ 0`,
    ],
  };
}

async function tableCounts(prisma: PrismaClient) {
  const [counts] = await prisma.$queryRaw<{ facts: number; releases: number; months: number }[]>`
    SELECT (SELECT count(*) FROM "EncounterFact")::int AS facts, (SELECT count(*) FROM "Release")::int AS releases,
      (SELECT count(*) FROM "ReleaseMonth")::int AS months`;
  if (!counts) throw new Error('a query without its row');
  return counts;
}

/** Sum and number of the facts that `where` (over facts `f` and their dataset `d`) selects. */
async function facts(prisma: PrismaClient, where: Prisma.Sql): Promise<{ total: number | null; rows: number }> {
  const [row] = await prisma.$queryRaw<{ total: number | null; rows: number }[]>`
    SELECT sum(f.count)::int AS total, count(*)::int AS rows
    FROM "EncounterFact" f JOIN "Dataset" d ON d.id = f."datasetId"
    WHERE ${where}`;
  if (!row) throw new Error('a query without its row');
  return row;
}

async function rejection(prisma: PrismaClient, path: string): Promise<ImportRejectedError> {
  const error = await importRelease(prisma, path).then(
    (outcome) => new Error(`imported: ${JSON.stringify(outcome)}`),
    (error: unknown) => error,
  );
  if (!(error instanceof ImportRejectedError)) throw error;
  return error;
}

describe('importing the published files', () => {
  let db: TestDatabase;
  const outcomes = new Map<string, ImportOutcome>();
  beforeAll(async () => {
    db = await createTestDatabase('migrated');
    expect(await seedDatasets(db.prisma)).toBe(4);
    for (const file of Object.values(files)) outcomes.set(file, await importRelease(db.prisma, published(file)));
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it.each([
    { file: files.southwest, dataset: 'cbp-southwest', rows: 1_936, first: '2021-10', last: '2025-08', months: 47 },
    { file: files.state, dataset: 'cbp-nationwide-state', rows: 47_100, first: '2021-10', last: '2025-09', months: 48 },
    { file: files.ohss, dataset: 'ohss-usbp-sector', rows: 5_830, first: '1999-10', last: '2024-11', months: 302 },
    // The excerpt has 5 data rows (the data READMEs say 4).
    { file: files.aor, dataset: 'cbp-nationwide-aor', rows: 5, first: '2021-04', last: '2024-09', months: 2 },
  ])('$file: $rows rows of $dataset, $first to $last', async ({ file, dataset, rows, first, last, months }) => {
    const outcome = outcomes.get(file);
    expect(outcome).toEqual({
      status: 'imported',
      dataset,
      releaseId: expect.any(Number),
      label: expect.any(String),
      rows,
      firstMonth: first,
      lastMonth: last,
      months,
      currentMonths: months,
      revisions: [],
    });
    const releaseId = outcome?.releaseId ?? -1;
    const release = await db.prisma.release.findUniqueOrThrow({
      where: { id: releaseId },
      select: {
        fileName: true,
        rowCount: true,
        firstMonth: true,
        lastMonth: true,
        dataset: { select: { slug: true } },
      },
    });
    expect(release).toEqual({
      fileName: file,
      rowCount: rows,
      firstMonth: new Date(`${first}-01`),
      lastMonth: new Date(`${last}-01`),
      dataset: { slug: dataset },
    });
    // Which release is current, and what a release revised, are read from the month totals: they
    // must add up to the facts.
    const [perMonth] = await db.prisma.$queryRaw<{ months: number; rows: number; total: number }[]>`
      SELECT count(*)::int AS months, sum("rowCount")::int AS rows, sum(total)::int AS total
      FROM "ReleaseMonth" WHERE "releaseId" = ${releaseId}`;
    const fromFacts = await facts(db.prisma, Prisma.sql`f."releaseId" = ${releaseId}`);
    expect(fromFacts.rows).toBe(rows);
    expect(perMonth).toEqual({ months, rows, total: fromFacts.total });
  });

  it('labels a release by the months it covers when the publisher gave no label', () => {
    expect([...outcomes.values()].map((outcome) => outcome.label)).toEqual([
      'Oct 2021 – Aug 2025',
      'Oct 2021 – Sep 2025',
      'Oct 1999 – Nov 2024',
      'Apr 2021 – Sep 2024',
    ]);
  });

  it('puts every fact in the fiscal year of its month', async () => {
    // Fiscal year N runs from October N-1: a month three months on falls in calendar year N.
    const [row] = await db.prisma.$queryRaw<{ facts: number; misplaced: number }[]>`
      SELECT count(*)::int AS facts,
        count(*) FILTER (WHERE "fiscalYear" <> extract(year FROM month + interval '3 months'))::int AS misplaced
      FROM "EncounterFact"`;
    expect(row).toEqual({ facts: 1_936 + 47_100 + 5_830 + 5, misplaced: 0 });

    // `2025 (FYTD)`, the year in progress, is fiscal year 2025: October 2024 to August 2025.
    const [fytd] = await db.prisma.$queryRaw<{ rows: number; first: string; last: string; months: number }[]>`
      SELECT count(*)::int AS rows, to_char(min(month), 'YYYY-MM') AS first, to_char(max(month), 'YYYY-MM') AS last,
        count(DISTINCT month)::int AS months
      FROM "EncounterFact" f JOIN "Dataset" d ON d.id = f."datasetId"
      WHERE d.slug = 'cbp-southwest' AND f."fiscalYear" = 2025`;
    expect(fytd).toEqual({ rows: 339, first: '2024-10', last: '2025-08', months: 11 });
  });

  it('reads the Southwest file: the published reference figures, all on the Southwest border', async () => {
    const southwestWhere = (sql: Prisma.Sql) => facts(db.prisma, Prisma.sql`d.slug = 'cbp-southwest' AND ${sql}`);
    expect(await southwestWhere(Prisma.sql`f.component = 'USBP' AND f.month = '2024-11-01'`)).toMatchObject({
      total: 46_612,
    });
    expect(await southwestWhere(Prisma.sql`f.component = 'OFO' AND f.month = '2024-11-01'`)).toMatchObject({
      total: 47_574,
    });
    expect(await southwestWhere(Prisma.sql`f.component = 'USBP' AND f.month = '2024-10-01'`)).toMatchObject({
      total: 56_520,
    });
    // The file has no region column: every row is the Southwest border, never left unknown.
    expect(await southwestWhere(Prisma.sql`f."landBorderRegion" = 'SOUTHWEST'`)).toEqual({
      total: 7_421_677,
      rows: 1_936,
    });
    const citizenships = await db.prisma.$queryRaw<{ citizenship: string }[]>`
      SELECT DISTINCT citizenship FROM "EncounterFact" f JOIN "Dataset" d ON d.id = f."datasetId"
      WHERE d.slug = 'cbp-southwest' ORDER BY citizenship`;
    expect(citizenships.map((row) => row.citizenship)).toEqual([
      'EL SALVADOR',
      'GUATEMALA',
      'HONDURAS',
      'MEXICO',
      'OTHER',
    ]);
  });

  it('reads the state file: quoted citizenships whole, regions, and no component it does not carry', async () => {
    const stateWhere = (sql: Prisma.Sql) => facts(db.prisma, Prisma.sql`d.slug = 'cbp-nationwide-state' AND ${sql}`);
    expect(await stateWhere(Prisma.sql`f.citizenship = 'CHINA, PEOPLES REPUBLIC OF'`)).toEqual({
      total: 188_793,
      rows: 2_654,
    });
    // A quoted comma split as a separator would leave a quote or a shifted column behind.
    expect(await stateWhere(Prisma.sql`(f.citizenship LIKE '%"%' OR f.citizenship = 'CHINA')`)).toEqual({
      total: null,
      rows: 0,
    });
    expect(await stateWhere(Prisma.sql`f.month = '2024-11-01' AND f."landBorderRegion" = 'SOUTHWEST'`)).toMatchObject({
      total: 94_183,
    });
    expect(await stateWhere(Prisma.sql`f.month = '2024-11-01' AND f."landBorderRegion" = 'NORTHERN'`)).toMatchObject({
      total: 12_085,
    });
    expect(await stateWhere(Prisma.sql`f.month = '2024-11-01' AND f."landBorderRegion" = 'OTHER'`)).toMatchObject({
      total: 18_704,
    });
    expect(await stateWhere(Prisma.sql`(f.component IS NOT NULL OR f."encounterType" IS NOT NULL)`)).toMatchObject({
      rows: 0,
    });
  });

  it('reads the OHSS sector file: Border Patrol sectors under their CBP names and codes', async () => {
    const ohssWhere = (sql: Prisma.Sql) => facts(db.prisma, Prisma.sql`d.slug = 'ohss-usbp-sector' AND ${sql}`);
    expect(await ohssWhere(Prisma.sql`f.component = 'USBP' AND f."areaCode" IS NOT NULL`)).toEqual({
      total: 22_741_440,
      rows: 5_830,
    });
    // The sum of the rounded sector figures (OHSS's own rounded regional total is 46,610).
    expect(await ohssWhere(Prisma.sql`f."landBorderRegion" = 'SOUTHWEST' AND f.month = '2024-11-01'`)).toEqual({
      total: 46_620,
      rows: 9,
    });
    expect(await ohssWhere(Prisma.sql`f."landBorderRegion" = 'SOUTHWEST' AND f.month = '2020-07-01'`)).toMatchObject({
      total: 38_570,
    });
    const sectors = await db.prisma.$queryRaw<{ name: string; code: string }[]>`
      SELECT DISTINCT f."areaOfResponsibility" AS name, f."areaCode" AS code
      FROM "EncounterFact" f JOIN "Dataset" d ON d.id = f."datasetId"
      WHERE d.slug = 'ohss-usbp-sector' AND f."landBorderRegion" = 'SOUTHWEST' ORDER BY code`;
    expect(sectors).toEqual([
      { name: 'Big Bend Sector', code: 'BBT' },
      { name: 'Del Rio Sector', code: 'DRT' },
      { name: 'El Centro Sector', code: 'ELC' },
      { name: 'El Paso Sector', code: 'EPT' },
      { name: 'Laredo Sector', code: 'LRT' },
      { name: 'Rio Grande Valley Sector', code: 'RGV' },
      { name: 'San Diego Sector', code: 'SDC' },
      { name: 'Tucson Sector', code: 'TCA' },
      { name: 'Yuma Sector', code: 'YUM' },
    ]);
  });

  it('reads the AOR excerpt: "UC / Single Minors" is UAC, with its sector and code', async () => {
    const uac = await db.prisma.encounterFact.findMany({
      where: { release: { dataset: { slug: 'cbp-nationwide-aor' } }, demographic: 'UAC' },
      select: {
        month: true,
        fiscalYear: true,
        component: true,
        landBorderRegion: true,
        areaOfResponsibility: true,
        areaCode: true,
        citizenship: true,
        encounterType: true,
        count: true,
      },
      orderBy: { citizenship: 'asc' },
    });
    const yuma = {
      month: new Date('2024-09-01'),
      fiscalYear: 2024,
      component: 'USBP',
      landBorderRegion: 'SOUTHWEST',
      areaOfResponsibility: 'Yuma Sector',
      areaCode: 'YUM',
      encounterType: 'APPREHENSIONS',
    };
    expect(uac).toEqual([
      { ...yuma, citizenship: 'GUATEMALA', count: 27 },
      { ...yuma, citizenship: 'MEXICO', count: 76 },
      { ...yuma, citizenship: 'VENEZUELA', count: 3 },
    ]);
  });

  it('recognises a file imported before and writes nothing', async () => {
    const before = await tableCounts(db.prisma);
    for (const [file, first] of outcomes) {
      const again = await importRelease(db.prisma, published(file), { label: 'a label that must not be applied' });
      expect(again).toEqual({
        status: 'already-imported',
        dataset: first.dataset,
        releaseId: first.releaseId,
        label: first.label,
      });
    }
    expect(await tableCounts(db.prisma)).toEqual(before);
  });
});

describe('a damaged file', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('migrated');
    await seedDatasets(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** Imports a damaged copy: it must be rejected with exactly `problems`, and write nothing at all. */
  async function expectRejected(name: string, lines: readonly string[], problems: string[], { cutOff = false } = {}) {
    const path = writeCopy(name, lines, { cutOff });
    const before = await tableCounts(db.prisma);
    const error = await rejection(db.prisma, path);
    expect(error.file).toBe(name);
    expect(error.problems).toEqual(problems);
    expect(error.message).toBe(`${name}: not imported, ${problems.length} problem(s)`);
    expect(await tableCounts(db.prisma)).toEqual(before);
  }

  const lastLine = southwest.length;
  it.each([
    {
      damage: 'a negative count',
      name: 'negative-count.csv',
      lines: editLine(southwest, 6, withCount('-66')),
      problems: ["negative-count.csv:6: Encounter Count '-66' is not a whole number ≥ 0"],
    },
    {
      damage: 'a count that is not a number',
      name: 'count-not-a-number.csv',
      lines: editLine(southwest, 6, withCount('n/a')),
      problems: ["count-not-a-number.csv:6: Encounter Count 'n/a' is not a whole number ≥ 0"],
    },
    {
      damage: 'an unknown month',
      name: 'unknown-month.csv',
      lines: editLine(southwest, 8, (line) => line.replace(',OCT,', ',OCTOBRE,')),
      problems: ["unknown-month.csv:8: unknown Month (abbv) 'OCTOBRE'"],
    },
    {
      damage: 'a row missing a column',
      name: 'missing-column.csv',
      lines: editLine(southwest, 50, (line) => line.replace(',Title 8,', ',')),
      problems: ['missing-column.csv:50: expected 9 columns, found 8'],
    },
    {
      damage: 'a renamed column',
      name: 'renamed-column.csv',
      lines: editLine(southwest, 1, (line) => line.replace('Encounter Count', 'Encounters')),
      problems: [
        "renamed-column.csv:1: the header matches no known layout; closest is CBP Southwest Land Border Encounters (missing 'Encounter Count'; unexpected 'Encounters')",
      ],
    },
    {
      // The same month and dimensions twice, even with another count, is two figures for one thing.
      damage: 'a repeated row',
      name: 'repeated-row.csv',
      lines: [...southwest.slice(0, 100), withCount('2500')(southwest[99] ?? ''), ...southwest.slice(100)],
      problems: ['repeated-row.csv:101: repeats line 100 (same month and dimensions)'],
    },
    { damage: 'three bad rows', ...threeBadRows('three-bad-rows.csv') },
  ])('with $damage is rejected whole, naming every bad line', async ({ name, lines, problems }) => {
    await expectRejected(name, lines, problems);
  });

  it('cut off in its last line is rejected: the row is incomplete', async () => {
    const cut = editLine(southwest, lastLine, (line) => line.slice(0, line.length / 2));
    await expectRejected('cut-off.csv', cut, [`cut-off.csv:${lastLine}: expected 9 columns, found 4`], {
      cutOff: true,
    });
  });

  it('cut off inside a quoted field is rejected, and the rows already written are rolled back', async () => {
    // More rows than one insert batch (5,000) come before the cut, so some were written when the
    // problem surfaced: the rejection must take them back.
    const state = linesOf(files.state).slice(0, 5_013);
    const cut = editLine(state, 5_013, (line) => line.slice(0, line.indexOf('"CHINA') + 11));
    expect(cut.at(-1)).toBe('2022,FYTD,JUL,Northern Land Border,WA,UAC,"CHINA, PEO');
    await expectRejected(
      'state-cut-off.csv',
      cut,
      ['state-cut-off.csv:5013: a quoted field is never closed (is the file truncated?)'],
      { cutOff: true },
    );
  });

  // The parser reads on from the stray quote to its 10,000-character limit; the problem must still
  // name the line where the quote opens.
  it('with a quoted field never closed names the line where the quote opens', async () => {
    const unclosed = editLine(southwest, 100, (line) => line.replace(',Other,', ',"Other,'));
    await expectRejected('unclosed-quote.csv', unclosed, [expect.stringMatching(/^unclosed-quote\.csv:100: .*quote/)]);
  });
});

describe('a newer release', () => {
  let db: TestDatabase;
  let datasetId: number;
  beforeAll(async () => {
    db = await createTestDatabase('migrated');
    await seedDatasets(db.prisma);
    datasetId = (await db.prisma.dataset.findUniqueOrThrow({ where: { slug: 'cbp-southwest' } })).id;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** Border Patrol's October 2024: from the release current for it, or from one given release. */
  async function usbpOctober2024(releaseId?: number): Promise<number | null> {
    const release =
      releaseId === undefined
        ? Prisma.sql`JOIN ${currentReleaseMonths(datasetId)} c ON c."releaseId" = f."releaseId" AND c.month = f.month`
        : Prisma.sql`WHERE f."releaseId" = ${releaseId}`;
    const [row] = await db.prisma.$queryRaw<{ total: number | null }[]>`
      SELECT sum(count)::int AS total FROM (SELECT f.* FROM "EncounterFact" f ${release}) facts
      WHERE month = '2024-10-01' AND component = 'USBP'`;
    return row?.total ?? null;
  }

  it('supersedes the months it covers, lists the months it revised and keeps the older figures', async () => {
    const august = await importRelease(db.prisma, published(files.southwest));
    expect(august).toMatchObject({ status: 'imported', currentMonths: 47, revisions: [] });

    // September's file: October 2024 revised (one Border Patrol row, 756 → 766) and a month more,
    // September 2025, here August's rows under September's name.
    const augustRows = southwest.filter((line) => line.startsWith('2025 (FYTD),FYTD,AUG,'));
    expect(augustRows).toHaveLength(30);
    const revised = editLine(southwest, 1923, (line) => {
      expect(line).toBe('2025 (FYTD),FYTD,OCT,U.S. Border Patrol,FMUA,El Salvador,Title 8,Apprehensions,756');
      return withCount('766')(line);
    });
    const september = writeCopy('sbo-encounters-fy22-fy25-sep.csv', [
      ...revised,
      ...augustRows.map((line) => line.replace(',AUG,', ',SEP,')),
    ]);
    const outcome = await importRelease(db.prisma, september, { label: 'FY22–FY25 (FYTD), September 2025' });
    expect(outcome).toEqual({
      status: 'imported',
      dataset: 'cbp-southwest',
      releaseId: expect.any(Number),
      label: 'FY22–FY25 (FYTD), September 2025',
      rows: 1_966,
      firstMonth: '2021-10',
      lastMonth: '2025-09',
      months: 48,
      currentMonths: 48,
      // October 2024, all components: 106,321 in August's file.
      revisions: [{ month: '2024-10', before: 106_321, after: 106_331, previousRelease: 'Oct 2021 – Aug 2025' }],
    });

    const releases = await db.prisma.release.findMany({
      where: { datasetId },
      select: { id: true, label: true, rowCount: true },
      orderBy: { id: 'asc' },
    });
    expect(releases).toEqual([
      { id: august.releaseId, label: 'Oct 2021 – Aug 2025', rowCount: 1_936 },
      { id: outcome.releaseId, label: 'FY22–FY25 (FYTD), September 2025', rowCount: 1_966 },
    ]);
    expect(await usbpOctober2024()).toBe(56_530);
    expect(await usbpOctober2024(august.releaseId)).toBe(56_520);
    expect(await usbpOctober2024(outcome.releaseId)).toBe(56_530);
  });

  it('does not let an older file imported later become current, even published later', async () => {
    // August's file without July and August 2025: a release reaching only June 2025. It still says
    // 56,520 for October 2024, so were it made current that month would show as revised.
    const june = writeCopy(
      'sbo-encounters-fy22-fy25-jun.csv',
      southwest.filter((line) => !/^2025 \(FYTD\),FYTD,(JUL|AUG),/.test(line)),
    );
    const before = await tableCounts(db.prisma);
    const outcome = await importRelease(db.prisma, june, { publishedOn: '2025-12-01' });
    expect(outcome).toEqual({
      status: 'imported',
      dataset: 'cbp-southwest',
      releaseId: expect.any(Number),
      label: 'Oct 2021 – Jun 2025',
      rows: 1_936 - 30 - 27,
      firstMonth: '2021-10',
      lastMonth: '2025-06',
      months: 45,
      currentMonths: 0,
      revisions: [],
    });
    expect(await tableCounts(db.prisma)).toEqual({
      facts: before.facts + 1_879,
      releases: before.releases + 1,
      months: before.months + 45,
    });
    expect(await usbpOctober2024()).toBe(56_530);
  });
});

describe('npm run import', () => {
  const entry = fileURLToPath(new URL('../../src/cli/import.ts', import.meta.url));
  let env: Record<string, string> = {};
  let dropDatabase = async () => {};
  beforeAll(async () => {
    // Relative file names mean the folder `npm run` was typed in, which npm passes as INIT_CWD.
    const common = { PATH: process.env.PATH ?? '', INIT_CWD: scratch };
    const adminUrl = process.env.DATABASE_URL;
    if (adminUrl) {
      const name = `borderdesk_test_${randomBytes(6).toString('hex')}`;
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
      dropDatabase = () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      env = { ...common, DATABASE_URL: databaseUrl(adminUrl, name) };
    } else {
      // A copy of the migrated template, as the other tests get: initdb in a new folder would take
      // most of this file's time (starting on a new folder is the server tests' business).
      const dataDir = join(scratch, 'pglite');
      const snapshot = new Blob([readFileSync(inject('templates').migrated)]);
      await (await openDatabase({ kind: 'pglite', dataDir, snapshot })).close();
      env = { ...common, PGLITE_DATA_DIR: dataDir };
    }
    copyFileSync(published(files.southwest), join(scratch, files.southwest));
  });
  afterAll(async () => {
    await dropDatabase();
  });

  /** The tool as `npm run import` starts it: in the repository, on a database of its own. */
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: repoRoot,
      env,
      timeout: 60_000,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }),
    );

  it('exits 2 with the usage when no file is named', async () => {
    expect(await run()).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'import: name at least one file\nusage: npm run import -- <file.csv>... [--label <text>] [--published-on YYYY-MM-DD]\n',
    });
  });

  it('imports a file: exit 0 and one summary line', { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await run(files.southwest, '--label', 'August 2025');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    // Only the timing varies from run to run.
    expect(stdout.replace(/ in \d+\.\d s \([\d,]+ rows\/s\)$/m, ' in … s')).toBe(
      `${files.southwest}: imported 1,936 rows into cbp-southwest as release "August 2025" (2021-10 to 2025-08, 47 months) in … s\n`,
    );
  });

  it('exits 1 when any file is rejected, with its problems on stderr, and still handles the others', {
    timeout: 60_000,
  }, async () => {
    const broken = threeBadRows('broken.csv');
    writeCopy(broken.name, broken.lines);
    expect(await run(files.southwest, broken.name)).toEqual({
      code: 1,
      stdout: `${files.southwest}: already imported as release "August 2025" of cbp-southwest; nothing changed\n`,
      stderr: ['broken.csv: not imported, 3 problem(s)', ...broken.problems.map((problem) => `  ${problem}`), ''].join(
        '\n',
      ),
    });
  });
});
