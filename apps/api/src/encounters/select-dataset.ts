// Which dataset answers a query. A named dataset must carry every dimension the query uses; with
// none named, we pick one that carries them, covers the months, and whose scope the filter stays
// inside — the Southwest file never answers a nationwide question — and say why. Many queries (the
// months of every policy of a list, say) are decided together, on one statement's coverage figures.
import type { Dimension, PrismaClient } from '@borderdesk/db';
import { UserInputError } from '../errors.js';
import { activeFilters, type EncounterFilter } from './filter.js';
import { monthCount } from './month-range.js';

export interface DatasetChoice {
  id: number;
  slug: string;
  /** False when the caller named the dataset. */
  automatic: boolean;
  reason: string;
}

/**
 * Datasets carry what the query asks, but none covers its months: there are no figures to give,
 * which is not the caller's mistake the way an unknown dataset or dimension is.
 */
export class MonthsNotCoveredError extends UserInputError {}

interface DatasetCoverage {
  id: number;
  slug: string;
  dimensions: Dimension[];
  roundingUnit: number;
  scope: Partial<Record<Dimension, string[]>>;
  /** Months of the query's range the dataset has figures for. */
  covered: number;
  /** Months covered in all, and whether they run without gaps: an excerpt (a sample of months) is no full file. */
  months: number;
  gapless: boolean;
}

export interface DatasetQuery {
  slug?: string | null | undefined;
  filter: EncounterFilter;
  groupBy?: readonly Dimension[];
  /** Months the query needs, `YYYY-MM`; unbounded ends are null. */
  firstMonth: string | null;
  lastMonth: string | null;
}

/** The dataset for one query; a UserInputError (or MonthsNotCoveredError) says why there is none. */
export async function selectDataset(prisma: PrismaClient, query: DatasetQuery): Promise<DatasetChoice> {
  const [choice] = await selectDatasets(prisma, [query]);
  if (!choice || choice instanceof Error) throw choice ?? new Error('no dataset decision');
  return choice;
}

/** The dataset for each query, or the error saying why there is none, from one statement. */
export async function selectDatasets(
  prisma: PrismaClient,
  queries: readonly DatasetQuery[],
): Promise<(DatasetChoice | UserInputError)[]> {
  if (queries.length === 0) return [];
  const ranges = JSON.stringify(
    queries.map((query, i) => ({
      i,
      first: `${query.firstMonth ?? '0001-01'}-01`,
      last: `${query.lastMonth ?? '9999-12'}-01`,
    })),
  );
  const rows = await prisma.$queryRaw<(DatasetCoverage & { i: number })[]>`
    WITH asked AS (SELECT * FROM json_to_recordset(${ranges}::json) AS a(i int, first date, last date)),
    months AS (SELECT DISTINCT "datasetId", month FROM "ReleaseMonth"),
    spans AS (SELECT "datasetId", count(*)::int AS months, min(month) AS first, max(month) AS last FROM months GROUP BY 1)
    SELECT a.i, d.id, d.slug, d.dimensions::text[] AS dimensions, d."roundingUnit", d.scope,
      (SELECT count(*) FROM months m WHERE m."datasetId" = d.id AND m.month BETWEEN a.first AND a.last)::int AS covered,
      coalesce(s.months, 0) AS months,
      coalesce(s.months = 1 + extract(year FROM age(s.last, s.first)) * 12 + extract(month FROM age(s.last, s.first)), false)
        AS gapless
    FROM asked a CROSS JOIN "Dataset" d LEFT JOIN spans s ON s."datasetId" = d.id
    ORDER BY a.i, d.slug`;
  return queries.map((query, i) =>
    decide(
      query,
      rows.filter((row) => row.i === i),
    ),
  );
}

/** The rules, on the datasets (in slug order) with their coverage of the query's months. */
function decide(query: DatasetQuery, datasets: DatasetCoverage[]): DatasetChoice | UserInputError {
  const uses = [
    ...activeFilters(query.filter).map((f) => ({
      dimension: f.dimension,
      argument: `filter.${f.field}`,
      values: f.values,
    })),
    ...(query.groupBy ?? []).map((dimension) => ({ dimension, argument: 'groupBy', values: null })),
  ];
  const carriers = (dimension: Dimension) =>
    datasets.filter((d) => d.dimensions.includes(dimension)).map((d) => d.slug);

  if (query.slug) {
    const dataset = datasets.find((d) => d.slug === query.slug);
    if (!dataset) {
      return new UserInputError(
        `There is no dataset '${query.slug}'. Datasets: ${datasets.map((d) => d.slug).join(', ')}.`,
        'dataset',
      );
    }
    for (const use of uses) {
      if (!dataset.dimensions.includes(use.dimension)) {
        return new UserInputError(
          `Dataset ${dataset.slug} does not carry ${use.dimension}, which ${use.argument} uses. ` +
            `Datasets that do: ${carriers(use.dimension).join(', ') || 'none'}.`,
          use.argument,
        );
      }
      const scope = dataset.scope[use.dimension];
      const outside = use.values?.filter((value) => scope && !scope.includes(value.toUpperCase()));
      if (scope && outside?.length) {
        return new UserInputError(
          `Dataset ${dataset.slug} only covers ${use.dimension} ${scope.join(', ')}; ${use.argument} asks for ${outside.join(', ')}.`,
          use.argument,
        );
      }
    }
    return { id: dataset.id, slug: dataset.slug, automatic: false, reason: `named by the caller` };
  }

  const needed =
    query.firstMonth && query.lastMonth ? monthCount({ first: query.firstMonth, last: query.lastMonth }) : 1;
  const carrying = datasets
    .filter((d) => uses.every((use) => d.dimensions.includes(use.dimension)))
    .filter((d) => withinScope(d, query.filter));
  const eligible = carrying
    .filter((d) => d.covered >= needed)
    .sort(
      (a, b) =>
        Number(b.gapless) - Number(a.gapless) ||
        a.roundingUnit - b.roundingUnit ||
        b.covered - a.covered ||
        b.months - a.months ||
        a.slug.localeCompare(b.slug),
    );
  const range = `${query.firstMonth ?? 'the first month'} to ${query.lastMonth ?? 'the last month'}`;
  const dimensions = [...new Set(uses.map((use) => use.dimension))];
  const [best, ...others] = eligible;
  if (!best) {
    const NoDataset = carrying.length ? MonthsNotCoveredError : UserInputError;
    return new NoDataset(
      `No dataset carries ${dimensions.join(', ') || 'these figures'} for ${range} within the filter's scope. ` +
        `Name one with the dataset argument; datasets: ${datasets.map((d) => d.slug).join(', ')}.`,
      'dataset',
    );
  }
  const reason =
    `picked ${best.slug}: it ${dimensions.length ? `carries ${dimensions.join(', ')}, ` : ''}covers ${range}` +
    `${best.roundingUnit === 1 ? ' with exact counts' : ` rounded to ${best.roundingUnit}`}` +
    (others.length ? ` (also possible: ${others.map((d) => d.slug).join(', ')})` : '');
  return { id: best.id, slug: best.slug, automatic: true, reason };
}

/** A dataset limited to some values of a dimension answers only filters that stay within them. */
function withinScope(dataset: DatasetCoverage, filter: EncounterFilter): boolean {
  const restricted = new Map(activeFilters(filter).map((f) => [f.dimension, f.values.map((v) => v.toUpperCase())]));
  return Object.entries(dataset.scope).every(([dimension, values]) => {
    const asked = restricted.get(dimension as Dimension);
    return asked !== undefined && values !== undefined && asked.every((value) => values.includes(value));
  });
}
