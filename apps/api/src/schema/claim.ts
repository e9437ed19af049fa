import { builder } from '../builder.js';
import { ClaimAssertionEnum } from './enums.js';

builder.prismaNode('Claim', {
  id: { field: 'id' },
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
  }),
});
