// Which dataset answers a query. A named dataset must carry every dimension the query uses; with
// none named, we pick one that carries them, covers the months, and whose scope the filter stays
// inside — the Southwest file never answers a nationwide question — and say why.
import { type Dimension, Prisma, type PrismaClient } from '@borderdesk/db';
import { UserInputError } from '../errors.js';
import { activeFilters, type EncounterFilter } from './filter.js';
import { monthDate, monthIndex } from './periods.js';

export interface DatasetChoice {
  id: number;
  slug: string;
  /** False when the caller named the dataset. */
  automatic: boolean;
  reason: string;
}

interface DatasetCoverage {
  id: number;
  slug: string;
  dimensions: Dimension[];
  roundingUnit: number;
  scope: Partial<Record<Dimension, string[]>>;
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

export async function selectDataset(prisma: PrismaClient, query: DatasetQuery): Promise<DatasetChoice> {
  const first = monthDate(query.firstMonth ?? '0001-01');
  const last = monthDate(query.lastMonth ?? '9999-12');
  // Coverage only matters when picking; a named dataset needs its definition alone.
  const coverage = query.slug
    ? Prisma.sql`0 AS covered, 0 AS months, true AS gapless`
    : Prisma.sql`(SELECT count(DISTINCT rm.month) FROM "ReleaseMonth" rm
          WHERE rm."datasetId" = d.id AND rm.month BETWEEN ${first}::date AND ${last}::date)::int AS covered,
        (SELECT count(DISTINCT rm.month) FROM "ReleaseMonth" rm WHERE rm."datasetId" = d.id)::int AS months,
        (SELECT count(DISTINCT rm.month) = 1 + (extract(year FROM age(max(rm.month), min(rm.month))) * 12
            + extract(month FROM age(max(rm.month), min(rm.month))))
          FROM "ReleaseMonth" rm WHERE rm."datasetId" = d.id) AS gapless`;
  const datasets = await prisma.$queryRaw<DatasetCoverage[]>`
    SELECT d.id, d.slug, d.dimensions::text[] AS dimensions, d."roundingUnit", d.scope, ${coverage}
    FROM "Dataset" d ORDER BY d.slug`;
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
      throw new UserInputError(
        `There is no dataset '${query.slug}'. Datasets: ${datasets.map((d) => d.slug).join(', ')}.`,
        'dataset',
      );
    }
    for (const use of uses) {
      if (!dataset.dimensions.includes(use.dimension)) {
        throw new UserInputError(
          `Dataset ${dataset.slug} does not carry ${use.dimension}, which ${use.argument} uses. ` +
            `Datasets that do: ${carriers(use.dimension).join(', ') || 'none'}.`,
          use.argument,
        );
      }
      const scope = dataset.scope[use.dimension];
      const outside = use.values?.filter((value) => scope && !scope.includes(value.toUpperCase()));
      if (scope && outside?.length) {
        throw new UserInputError(
          `Dataset ${dataset.slug} only covers ${use.dimension} ${scope.join(', ')}; ${use.argument} asks for ${outside.join(', ')}.`,
          use.argument,
        );
      }
    }
    return { id: dataset.id, slug: dataset.slug, automatic: false, reason: `named by the caller` };
  }

  const needed =
    query.firstMonth && query.lastMonth ? monthIndex(query.lastMonth) - monthIndex(query.firstMonth) + 1 : 1;
  const eligible = datasets
    .filter((d) => uses.every((use) => d.dimensions.includes(use.dimension)))
    .filter((d) => withinScope(d, query.filter))
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
    throw new UserInputError(
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
