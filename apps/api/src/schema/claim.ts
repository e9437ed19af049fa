import type { Prisma } from '@borderdesk/db';
import { builder } from '../builder.js';
import { type ClaimCheck, loadClaimCheck } from '../claims/check.js';
import { type ClaimSpec, specFromClaim, specProblem, storedClaimSelect } from '../claims/spec.js';
import type { Context } from '../context.js';
import {
  anyOf,
  checkListFilter,
  live,
  liveOrChangedSince,
  orderInput,
  updatedSinceDescription,
} from '../editorial/list-arguments.js';
import { loadRows } from '../editorial/period-loaders.js';
import { findable, findById, recordFields } from '../editorial/record-fields.js';
import { monthDate } from '../encounters/periods.js';
import { newestReleaseOrder } from '../encounters/releases.js';
import { UserInputError } from '../errors.js';
import { checkEncounterFilter, DatasetSelection, EncounterFilterInput } from './encounter.js';
import { ClaimAssertionEnum } from './enums.js';

builder.prismaNode('Claim', {
  id: { field: 'id' },
  // A claim is part of its statement: archiving the statement archives it for everyone but editors.
  findUnique: findById({ statement: live }),
  nullable: true,
  description:
    'A checkable assertion inside a statement about encounter data (after schema.org ClaimReview): a metric over a dataset and what is asserted about it.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable identifier.' }),
    text: t.exposeString('text', { description: 'The claim as it appears in the statement.' }),
    assertion: t.expose('assertion', { type: ClaimAssertionEnum, description: 'What kind of assertion it is.' }),
    statement: t.relation('statement', { description: 'The statement the claim belongs to.' }),
    dataset: t.relation('dataset', {
      nullable: true,
      description: 'The dataset the metric is computed from; null when the encounter data cannot check the claim.',
    }),
    period: t.exposeString('period', { nullable: true, description: 'The month the claim is about, `YYYY-MM`.' }),
    comparePeriod: t.exposeString('comparePeriod', {
      nullable: true,
      description: 'The month a change is measured from, `YYYY-MM`.',
    }),
    assertedValue: t.float({
      nullable: true,
      description: 'The number the claim states (a count, or a percent for changes).',
      select: { assertedValue: true },
      resolve: (claim) => (claim.assertedValue === null ? null : claim.assertedValue.toNumber()),
    }),
    tolerance: t.float({
      nullable: true,
      description: 'How far the computed value may be from the asserted one and still support the claim.',
      select: { tolerance: true },
      resolve: (claim) => (claim.tolerance === null ? null : claim.tolerance.toNumber()),
    }),
    assertedSince: t.exposeString('assertedSince', {
      nullable: true,
      description: 'For records: the month the claim says the period is the lowest or highest since, `YYYY-MM`.',
    }),
    notCheckableReason: t.exposeString('notCheckableReason', {
      nullable: true,
      description: 'Why the encounter data cannot check the claim.',
    }),
    check: t.field({
      type: ClaimCheckRef,
      description:
        'The claim checked against the encounter data now (a schema.org ClaimReview: `verdict` is its ' +
        '`reviewRating`, `reason` its explanation), with the computed figure, the dataset and the releases used.',
      select: storedClaimSelect,
      resolve: (claim, _args, ctx) => {
        const { spec, problem } = specFromClaim(claim);
        return loadClaimCheck(ctx, spec, problem ?? specProblem(spec));
      },
    }),
    ...recordFields(t),
  }),
});

const ClaimVerdictEnum = builder.enumType('ClaimVerdict', {
  description:
    'What the encounter data says about a claim: the `reviewRating` of a schema.org ClaimReview, on a scale of two ' +
    'with a third answer for claims the data cannot rate.',
  values: {
    SUPPORTED: {
      description: 'The data bears the claim out, within its tolerance (the best rating, `alternateName` "True").',
    },
    CONTRADICTED: { description: 'The data says otherwise (the worst rating, `alternateName` "False").' },
    NOT_CHECKABLE: {
      description:
        'The data cannot rate the claim: it is about something else, or the dataset lacks a month or a dimension the claim needs (no rating; the reason says why).',
    },
  } as const,
});

const ClaimUnitEnum = builder.enumType('ClaimUnit', {
  description: 'What the computed and asserted values count.',
  values: {
    COUNT: { description: 'Encounters.' },
    PERCENT: { description: 'A percent change (−17.5 means 17.5% fewer).' },
  } as const,
});

const SinceRef = builder.objectRef<NonNullable<ClaimCheck['since']>>('ClaimCheckSince').implement({
  description: 'For records: the latest earlier month at least as low (or as high), as computed.',
  fields: (t) => ({
    month: t.field({ type: 'Month', description: 'That month.', resolve: (since) => monthDate(since.month) }),
    value: t.exposeInt('value', { description: 'Encounters then.' }),
  }),
});

const month = (value: string | null) => (value === null ? null : monthDate(value));

const ClaimCheckRef = builder.objectRef<ClaimCheck>('ClaimCheck').implement({
  description:
    'A claim checked against the encounter data, after schema.org ClaimReview: `verdict` is the review rating, ' +
    '`reason` the explanation in a sentence with the figures, and the computed value sits next to the asserted one ' +
    'with the dataset and releases it comes from.',
  fields: (t) => ({
    verdict: t.field({ type: ClaimVerdictEnum, description: 'The rating.', resolve: (check) => check.verdict }),
    reason: t.exposeString('reason', {
      description:
        'Why, in a sentence with the figures, e.g. "46,620 computed vs 46,610 asserted: within the tolerance of 10 (the data is rounded to 10)."',
    }),
    assertion: t.field({
      type: ClaimAssertionEnum,
      description: 'What the claim asserts.',
      resolve: (check) => check.assertion,
    }),
    unit: t.field({
      type: ClaimUnitEnum,
      nullable: true,
      description: 'What `computedValue` and `assertedValue` count; null for claims not about encounter figures.',
      resolve: (check) => check.unit,
    }),
    computedValue: t.exposeFloat('computedValue', {
      nullable: true,
      description:
        'The figure computed from the data: the value (VALUE, records, FIRST_TIME_EXCEEDS) or the percent change rounded to two decimals (PERCENT_CHANGE); null when not computed.',
    }),
    assertedValue: t.exposeFloat('assertedValue', {
      nullable: true,
      description: 'The number the claim states, if it states one.',
    }),
    tolerance: t.exposeFloat('tolerance', {
      nullable: true,
      description:
        'How far the computed value may be from the asserted one: the claim’s own, else 0 for values and, for a percent change, half a unit of the last digit stated (18% covers 17.5 to 18.5).',
    }),
    period: t.field({
      type: 'Month',
      nullable: true,
      description: 'The month the claim is about.',
      resolve: (check) => month(check.period),
    }),
    periodValue: t.exposeInt('periodValue', { nullable: true, description: 'Encounters in `period`, as computed.' }),
    comparePeriod: t.field({
      type: 'Month',
      nullable: true,
      description: 'PERCENT_CHANGE: the month the change is measured from.',
      resolve: (check) => month(check.comparePeriod),
    }),
    compareValue: t.exposeInt('compareValue', {
      nullable: true,
      description:
        'Encounters in `comparePeriod` (PERCENT_CHANGE), or of the comparison metric in `period` (FIRST_TIME_EXCEEDS).',
    }),
    assertedSince: t.field({
      type: 'Month',
      nullable: true,
      description: 'Records: the month the claim says the period is the lowest or highest since.',
      resolve: (check) => month(check.assertedSince),
    }),
    since: t.field({
      type: SinceRef,
      nullable: true,
      description:
        'Records: the latest earlier month with as few (or as many) encounters, as computed; the claim holds when it is `assertedSince`. Null when no month of the data was.',
      resolve: (check) => check.since,
    }),
    firstExceeded: t.field({
      type: 'Month',
      nullable: true,
      description:
        'FIRST_TIME_EXCEEDS: the first month the metric exceeded the comparison within the data; the claim holds when it is `period`.',
      resolve: (check) => month(check.firstExceeded),
    }),
    dataFrom: t.field({
      type: 'Month',
      nullable: true,
      description: 'The first month the dataset has figures for: "the first time" means since then.',
      resolve: (check) => month(check.dataFrom),
    }),
    dataTo: t.field({
      type: 'Month',
      nullable: true,
      description: 'The last month the dataset has figures for.',
      resolve: (check) => month(check.dataTo),
    }),
    dataset: t.prismaField({
      type: 'Dataset',
      nullable: true,
      description: 'The dataset the figures come from; null when no dataset could check the claim.',
      resolve: (query, check, _args, ctx) =>
        check.dataset ? ctx.prisma.dataset.findUnique({ ...query, where: { id: check.dataset.id } }) : null,
    }),
    datasetSelection: t.field({
      type: DatasetSelection,
      nullable: true,
      description: 'Whether the dataset was named or picked, and why; null when no dataset could check the claim.',
      resolve: (check) => check.dataset,
    }),
    releases: t.prismaField({
      type: ['Release'],
      description: 'The releases the figures come from, newest first.',
      resolve: (query, check, _args, ctx) =>
        loadRows(ctx, `claimCheckReleases ${JSON.stringify(query)}`, check.releaseIds, (ids) =>
          ctx.prisma.release.findMany({ ...query, where: { id: { in: ids } }, orderBy: newestReleaseOrder }),
        ),
    }),
  }),
});

const ClaimFilterInput = builder.inputType('ClaimFilter', {
  description:
    'Which claims: every field given must match. A list matches any of its values (an empty list does not filter); an unknown slug matches nothing.',
  fields: (t) => ({
    statements: t.stringList({ description: 'Made in any of these statements (slugs).' }),
    assertions: t.field({ type: [ClaimAssertionEnum], description: 'Asserting any of these kinds of thing.' }),
    datasets: t.stringList({ description: 'Checked against any of these datasets (slugs).' }),
    updatedSince: t.field({ type: 'DateTime', description: updatedSinceDescription }),
  }),
});

const claimOrder = orderInput(
  'Claim',
  {
    CREATED_AT: {
      description: 'When the record was created: the order claims were entered in.',
      direction: 'asc',
      orderBy: (sort): Prisma.ClaimOrderByWithRelationInput => ({ createdAt: sort }),
    },
    PERIOD: {
      description: 'The month the claim is about; claims without one last.',
      direction: 'desc',
      orderBy: (sort): Prisma.ClaimOrderByWithRelationInput => ({ period: { sort, nulls: 'last' } }),
    },
    UPDATED_AT: {
      description: 'When the record last changed.',
      direction: 'desc',
      orderBy: (sort): Prisma.ClaimOrderByWithRelationInput => ({ updatedAt: sort }),
    },
  },
  'CREATED_AT',
);

function claimWhere(
  ctx: Context,
  filter: typeof ClaimFilterInput.$inferInput | null | undefined,
): Prisma.ClaimWhereInput {
  checkListFilter(filter);
  const records = liveOrChangedSince(ctx, filter?.updatedSince);
  return {
    ...records,
    AND: [
      // Where archived claims are left out, so are the claims of archived statements.
      'archivedAt' in records ? { statement: live } : {},
      filter?.statements?.length ? { statement: { slug: { in: filter.statements } } } : {},
    ],
    assertion: anyOf(filter?.assertions),
    dataset: filter?.datasets?.length ? { slug: { in: filter.datasets } } : undefined,
  };
}

const ClaimInput = builder.inputType('ClaimInput', {
  description:
    'A claim to check that nobody stored yet ("was it really down 18%?"), in the shape of a stored one. Each ' +
    'assertion needs its fields: VALUE `assertedValue`; PERCENT_CHANGE `comparePeriod` and `assertedValue`; ' +
    'RECORD_LOW and RECORD_HIGH `assertedSince`; FIRST_TIME_EXCEEDS `compareFilter`. Fields an assertion does ' +
    'not use are refused, not ignored.',
  fields: (t) => ({
    assertion: t.field({
      type: ClaimAssertionEnum,
      required: true,
      description: 'What the claim asserts; not NOT_CHECKABLE.',
    }),
    dataset: t.string({ description: 'Dataset slug, e.g. `cbp-southwest`; omit to let Borderdesk pick one.' }),
    filter: t.field({
      type: EncounterFilterInput,
      description: 'Which encounters the metric counts, without `from`/`to` (the periods set the months).',
    }),
    period: t.string({ required: true, description: 'The month the claim is about, `YYYY-MM`.' }),
    comparePeriod: t.string({ description: 'PERCENT_CHANGE: the earlier month the change is from, `YYYY-MM`.' }),
    compareFilter: t.field({
      type: EncounterFilterInput,
      description: 'FIRST_TIME_EXCEEDS: the metric to exceed, e.g. `{ components: [USBP] }`.',
    }),
    assertedValue: t.float({ description: 'VALUE: the count; PERCENT_CHANGE: the percent (−18 for "down 18%").' }),
    tolerance: t.float({
      description: 'How far off the computed value may be and still support the claim (see ClaimCheck.tolerance).',
    }),
    assertedSince: t.string({
      description: 'RECORD_LOW / RECORD_HIGH: the month it is the lowest (highest) since, `YYYY-MM`.',
    }),
  }),
});

/** The ad-hoc claim as a spec, refusing what cannot be checked with the path of the input field. */
function specFromInput(input: typeof ClaimInput.$inferInput): ClaimSpec {
  if (input.assertion === 'NOT_CHECKABLE') {
    throw new UserInputError(
      'input.assertion cannot be NOT_CHECKABLE: only claims about encounter figures are checked.',
      'input.assertion',
    );
  }
  for (const field of ['filter', 'compareFilter'] as const) {
    try {
      checkEncounterFilter(input[field] ?? {});
    } catch (error) {
      // checkEncounterFilter names `filter.<list>`; here the list sits at `input.<field>.<list>`.
      if (!(error instanceof UserInputError)) throw error;
      const under = (text: string) => `input.${field}${text.slice('filter'.length)}`;
      throw new UserInputError(under(error.message), under(String(error.extensions.argument)));
    }
  }
  const spec: ClaimSpec = {
    assertion: input.assertion,
    dataset: input.dataset ?? null,
    filter: input.filter ?? {},
    compareFilter: input.compareFilter ?? null,
    period: input.period,
    comparePeriod: input.comparePeriod ?? null,
    assertedValue: input.assertedValue ?? null,
    tolerance: input.tolerance ?? null,
    assertedSince: input.assertedSince ?? null,
    notCheckableReason: null,
  };
  const problem = specProblem(spec);
  if (problem) throw new UserInputError(`input.${problem.message}`, `input.${problem.field}`);
  return spec;
}

builder.queryFields((t) => ({
  claims: t.prismaConnection({
    type: 'Claim',
    cursor: 'id',
    description: 'Claims about encounter data, in the order they were entered unless `orderBy` says otherwise.',
    args: {
      filter: t.arg({ type: ClaimFilterInput, description: 'Only the claims that match.' }),
      orderBy: t.arg({ type: claimOrder.Input, description: 'The order; entry order by default.' }),
    },
    totalCount: (_parent, { filter }, ctx) => ctx.prisma.claim.count({ where: claimWhere(ctx, filter) }),
    resolve: (query, _parent, { filter, orderBy }, ctx) =>
      ctx.prisma.claim.findMany({ ...query, where: claimWhere(ctx, filter), orderBy: claimOrder.orderBy(orderBy) }),
  }),
  claim: t.prismaField({
    type: 'Claim',
    nullable: true,
    description:
      'One claim by slug; null when there is none, or when it or its statement is archived and the caller is not an editor.',
    args: { slug: t.arg.string({ required: true, description: 'The claim slug.' }) },
    resolve: (query, _parent, { slug }, ctx) =>
      ctx.prisma.claim.findUnique({ ...query, where: { slug, ...findable(ctx, { statement: live }) } }),
  }),
  checkClaim: t.field({
    type: ClaimCheckRef,
    description:
      'Checks a claim nobody stored yet against the encounter data, like `Claim.check`: "was it really down 18%?". ' +
      'A malformed claim is a BAD_USER_INPUT error naming the input field; a well-formed one the data cannot ' +
      'answer (a month or a dimension the dataset lacks) gets the verdict NOT_CHECKABLE with the reason.',
    args: { input: t.arg({ type: ClaimInput, required: true, description: 'The claim.' }) },
    resolve: async (_root, { input }, ctx) => {
      const spec = specFromInput(input);
      if (spec.dataset !== null && !(await ctx.prisma.dataset.findUnique({ where: { slug: spec.dataset } }))) {
        throw new UserInputError(`input.dataset names no dataset: '${spec.dataset}'.`, 'input.dataset');
      }
      return loadClaimCheck(ctx, spec);
    },
  }),
}));
