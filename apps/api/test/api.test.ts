// Every root field and nested relation of the read API, over HTTP, on the seeded article content.
import {
  ActorBySlugDocument,
  ActorListDocument,
  DatasetBySlugDocument,
  DatasetListDocument,
  NodeByIdDocument,
  NodesByIdsDocument,
  PolicyBySlugDocument,
  PolicyListDocument,
  SourceListDocument,
  StatementListDocument,
} from '@borderdesk/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('actors', () => {
  it('lists the article’s people and organizations by name, with the total', async () => {
    const { data, errors } = await server.request(ActorListDocument, { first: 50 });
    expect(errors).toBeUndefined();
    const names = data?.actors.edges.map((edge) => edge.node.name) ?? [];
    for (const person of [
      'Troy A. Miller',
      'Tom Homan',
      'Michelle Mittelstadt',
      'Marisa Cianciarulo',
      'Darrell Issa',
      'John Minto',
      'Rob Bonta',
      'Stephen Miller',
    ]) {
      expect(names).toContain(person);
    }
    for (const organization of [
      'U.S. Customs and Border Protection',
      'Migration Policy Institute',
      'America First Legal',
    ]) {
      expect(names).toContain(organization);
    }
    expect(data?.actors.totalCount).toBe(names.length);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('pages with cursors: 20 by default, no overlap, same total', async () => {
    const first = await server.request(ActorListDocument, {});
    expect(first.data?.actors.edges).toHaveLength(20);
    expect(first.data?.actors.pageInfo.hasNextPage).toBe(true);
    const second = await server.request(ActorListDocument, { first: 20, after: first.data?.actors.pageInfo.endCursor });
    const firstIds = first.data?.actors.edges.map((edge) => edge.node.id) ?? [];
    const secondIds = second.data?.actors.edges.map((edge) => edge.node.id) ?? [];
    expect(secondIds.length).toBe((first.data?.actors.totalCount ?? 0) - 20);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect(second.data?.actors.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses pages over 100 and bad cursors with a clear error', async () => {
    const tooMany = await server.request(ActorListDocument, { first: 101 });
    expect(tooMany.errors?.[0]?.message).toBe('first must be between 0 and 100.');
    expect(tooMany.errors?.[0]?.extensions?.argument).toBe('first');
    const badCursor = await server.request(ActorListDocument, { first: 5, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badCursor.errors?.[0]?.message).not.toContain('not-a-cursor');
  });

  it('resolves an actor page: roles over time, statements, stances, parent', async () => {
    const { data, errors } = await server.request(ActorBySlugDocument, { slug: 'tom-homan' });
    expect(errors).toBeUndefined();
    const homan = data?.actor;
    expect(homan?.name).toBe('Tom Homan');
    expect(homan?.kind).toBe('PERSON');
    expect(homan?.classification).toBeNull();
    expect(
      homan?.roles.map((role) => [role.title, role.organization?.slug, role.startDate, role.startPrecision]),
    ).toEqual([
      ['Border czar', 'incoming-trump-administration', '2024-11-10', 'DAY'],
      ['Acting Director', 'ice', '2017-01-01', 'MONTH'],
    ]);
    expect(homan?.roles[1]?.endDate).toBe('2018-06-01');
    expect(homan?.roles.every((role) => role.person.slug === 'tom-homan')).toBe(true);
    expect(homan?.statements.totalCount).toBe(3);
    expect(homan?.stances.map((stance) => [stance.policy.slug, stance.position, stance.evidence?.slug]).sort()).toEqual(
      [
        ['california-sb-54', 'OPPOSES', 'homan-sanctuary-cities-prosecution'],
        ['san-diego-county-non-cooperation', 'OPPOSES', 'homan-sanctuary-cities-prosecution'],
      ],
    );

    const cbp = (await server.request(ActorBySlugDocument, { slug: 'cbp' })).data?.actor;
    expect(cbp?.classification).toBe('FEDERAL_AGENCY');
    expect(cbp?.parent?.slug).toBe('dhs');
    expect(cbp?.children.map((child) => child.slug).sort()).toEqual(['office-of-field-operations', 'us-border-patrol']);
    expect(cbp?.members.map((member) => member.person.slug)).toContain('troy-a-miller');
    expect(cbp?.issuedPolicies.map((policy) => policy.slug)).toContain('cbp-one-appointments');
  });

  it('answers null for an unknown slug', async () => {
    const { data, errors } = await server.request(ActorBySlugDocument, { slug: 'nobody' });
    expect(errors).toBeUndefined();
    expect(data?.actor).toBeNull();
  });
});

describe('statements and sources', () => {
  it('carries speaker, date, setting, source, mentions and claims', async () => {
    const { data, errors } = await server.request(StatementListDocument, { first: 100 });
    expect(errors).toBeUndefined();
    const statements = data?.statements.edges.map((edge) => edge.node) ?? [];
    expect(data?.statements.totalCount).toBe(statements.length);
    const miller = statements.find((s) => s.slug === 'troy-miller-enforcement-lasting-impact');
    expect(miller?.text).toBe(
      'Our increased enforcement efforts, combined with executive actions and coordination with Mexico and Central American countries over the past few months, are having a lasting and significant impact',
    );
    expect(miller?.isParaphrase).toBe(false);
    expect(miller?.speaker.slug).toBe('troy-a-miller');
    expect(miller?.speaker.roles[0]?.organization?.slug).toBe('cbp');
    expect(miller?.source.publisher?.name).toBe('Los Angeles Times');
    expect(miller?.mentions.policies.map((p) => [p.slug, p.issuer?.slug, p.events.map((e) => e.kind)])).toEqual([
      ['securing-the-border', 'joe-biden', ['SIGNED', 'EFFECTIVE']],
    ]);

    const trump = statements.find((s) => s.slug === 'trump-record-numbers-national-guard');
    expect(trump?.saidOn).toBe('2024-11-25');
    expect(trump?.setting).toMatch(/Time/);

    const homan = statements.find((s) => s.slug === 'homan-harboring-is-a-crime');
    expect(homan?.text).toBe(
      'If you knowingly hide or harbor an illegal immigrant from a police officer, that is a crime',
    );
    expect(homan?.saidOnPrecision).toBe('MONTH');

    const paraphrase = statements.find((s) => s.slug === 'dhs-deported-700000-fy2024');
    expect(paraphrase?.isParaphrase).toBe(true);
    expect(paraphrase?.claims.map((c) => [c.assertion, c.dataset])).toEqual([['NOT_CHECKABLE', null]]);
    expect(paraphrase?.claims[0]?.notCheckableReason).toBeTruthy();

    const between = statements.find((s) => s.slug === 'cbp-november-2024-between-ports-46610');
    expect(between?.claims.map((c) => [c.assertion, c.period, c.assertedValue, c.dataset?.slug])).toEqual([
      ['VALUE', '2024-11', 46610, 'ohss-usbp-sector'],
    ]);

    // Most recent first, undated last, ties broken by id.
    const dates = statements.map((s) => s.saidOn).filter((date): date is string => date !== null);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists sources with publisher and the statements they report', async () => {
    const { data, errors } = await server.request(SourceListDocument, { first: 10 });
    expect(errors).toBeUndefined();
    const article = data?.sources.edges.find((edge) => edge.node.kind === 'NEWS_ARTICLE')?.node;
    expect(article?.publisher?.slug).toBe('los-angeles-times');
    expect(article?.publishedOnPrecision).toBe('MONTH');
    expect(article?.statements.totalCount).toBeGreaterThanOrEqual(20);
    expect(article?.statements.edges).toHaveLength(3);
  });
});

describe('policies', () => {
  it('lists policies with issuer and effective date', async () => {
    const { data, errors } = await server.request(PolicyListDocument, { first: 20 });
    expect(errors).toBeUndefined();
    const bySlug = new Map(data?.policies.edges.map((edge) => [edge.node.slug, edge.node]));
    expect(data?.policies.totalCount).toBe(7);
    expect(bySlug.get('cbp-one-appointments')?.effectiveOn).toBe('2023-01-12');
    expect(bySlug.get('circumvention-of-lawful-pathways')?.effectiveOn).toBe('2023-05-11');
    expect(bySlug.get('securing-the-border')?.effectiveOn).toBe('2024-06-05');
    expect(bySlug.get('california-sb-54')?.effectiveOn).toBe('2018-01-01');
    expect(bySlug.get('san-diego-county-non-cooperation')?.effectiveOn).toBeNull();
  });

  it('resolves a policy page: timeline, issuer, stances with evidence, sources, mentions', async () => {
    const { data, errors } = await server.request(PolicyBySlugDocument, { slug: 'securing-the-border' });
    expect(errors).toBeUndefined();
    const policy = data?.policy;
    expect(policy?.citations).toContain('89 FR 48710');
    expect(policy?.kind).toBe('PROCLAMATION');
    expect(policy?.jurisdictionLevel).toBe('FEDERAL');
    expect(policy?.events.map((e) => [e.kind, e.date, e.datePrecision, e.policy.slug])).toEqual([
      ['SIGNED', '2024-06-03', 'DAY', 'securing-the-border'],
      ['EFFECTIVE', '2024-06-05', 'DAY', 'securing-the-border'],
    ]);
    expect(policy?.stances.map((s) => [s.actor.slug, s.position, s.evidence?.slug])).toEqual([
      ['troy-a-miller', 'SUPPORTS', 'troy-miller-enforcement-lasting-impact'],
    ]);
    expect(policy?.sources.map((s) => s.slug)).toContain('federal-register-89-fr-48710');
    expect(policy?.mentionedIn.totalCount).toBeGreaterThanOrEqual(1);

    const county = (await server.request(PolicyBySlugDocument, { slug: 'san-diego-county-non-cooperation' })).data
      ?.policy;
    expect(county?.events.map((e) => [e.kind, e.date, e.voteTally])).toEqual([['VOTE', '2024-12-10', '3–1']]);
    const mpp = (await server.request(PolicyBySlugDocument, { slug: 'migrant-protection-protocols' })).data?.policy;
    expect(mpp?.events.map((e) => [e.kind, e.date, e.datePrecision])).toEqual([
      ['ANNOUNCED', '2018-12-20', 'DAY'],
      ['RESCINDED', '2022-08-01', 'MONTH'],
    ]);
  });
});

describe('datasets', () => {
  it('describes the four datasets', async () => {
    const { data, errors } = await server.request(DatasetListDocument);
    expect(errors).toBeUndefined();
    expect(data?.datasets.edges.map((edge) => edge.node.slug)).toEqual([
      'cbp-nationwide-aor',
      'cbp-nationwide-state',
      'cbp-southwest',
      'ohss-usbp-sector',
    ]);
    const ohss = data?.datasets.edges.find((edge) => edge.node.slug === 'ohss-usbp-sector')?.node;
    expect(ohss?.roundingUnit).toBe(10);
    const state = data?.datasets.edges.find((edge) => edge.node.slug === 'cbp-nationwide-state')?.node;
    expect(state?.dimensions).not.toContain('COMPONENT');
    expect(state?.dimensions).toContain('STATE');
  });

  it('exposes the release the seed imported, as current', async () => {
    const { data } = await server.request(DatasetBySlugDocument, { slug: 'cbp-southwest' });
    expect(data?.dataset?.releases.map((release) => [release.fileName, release.rowCount])).toEqual([
      ['sbo-encounters-fy22-fy25-aug.csv', 1936],
    ]);
  });
});

describe('node', () => {
  it('round-trips the global ID of every entity type', async () => {
    const actor = (await server.request(ActorBySlugDocument, { slug: 'tom-homan' })).data?.actor;
    const policy = (await server.request(PolicyBySlugDocument, { slug: 'securing-the-border' })).data?.policy;
    const statements = (await server.request(StatementListDocument, { first: 100 })).data?.statements.edges ?? [];
    const withClaim = statements.find((edge) => edge.node.claims.length)?.node;
    const sourceId = statements[0]?.node.source.id;
    const datasetNode = (await server.request(DatasetBySlugDocument, { slug: 'cbp-southwest' })).data?.dataset;

    const ids: [string | undefined, string][] = [
      [actor?.id, 'Actor'],
      [actor?.roles[0]?.id, 'Role'],
      [actor?.stances[0]?.id, 'Stance'],
      [sourceId, 'Source'],
      [withClaim?.id, 'Statement'],
      [withClaim?.claims[0]?.id, 'Claim'],
      [policy?.id, 'Policy'],
      [policy?.events[0]?.id, 'PolicyEvent'],
      [datasetNode?.id, 'Dataset'],
      [datasetNode?.releases[0]?.id, 'Release'],
    ];
    for (const [id, typename] of ids) {
      expect(id, typename).toBeTypeOf('string');
      const { data, errors } = await server.request(NodeByIdDocument, { id: id ?? '' });
      expect(errors).toBeUndefined();
      expect(data?.node?.__typename).toBe(typename);
      expect(data?.node?.id).toBe(id);
    }
    const { data } = await server.request(NodesByIdsDocument, { ids: ids.map(([id]) => id ?? '') });
    expect(data?.nodes.map((node) => node?.__typename)).toEqual(ids.map(([, typename]) => typename));
  });

  it('answers an invalid global ID with a clear error, never a 500', async () => {
    const invalid = [
      'garbage',
      '',
      'QWN0b3I6',
      Buffer.from('Actor:abc').toString('base64'),
      Buffer.from('Actor:999999999999999').toString('base64'),
      Buffer.from('Unknown:1').toString('base64'),
      Buffer.from('PageInfo:1').toString('base64'),
      'x'.repeat(5000),
    ];
    for (const id of invalid) {
      const response = await server.request(NodeByIdDocument, { id });
      expect(response.status, id.slice(0, 30)).toBeLessThan(500);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
      expect(response.errors?.[0]?.message).toBe('Invalid global ID in id.');
    }
  });

  it('answers null for the well-formed ID of a row that does not exist', async () => {
    const { data, errors } = await server.request(NodeByIdDocument, {
      id: Buffer.from('Actor:999999').toString('base64'),
    });
    expect(errors).toBeUndefined();
    expect(data?.node).toBeNull();
  });
});

describe('hostile input', () => {
  it('refuses forged cursors, naming the argument', async () => {
    const forged = ['GPC:N:999999999999999999999', 'GPC:S:abc', 'GPC:J:{"a":1}', 'GPC:N:-1'];
    for (const cursor of forged.map((raw) => Buffer.from(raw).toString('base64'))) {
      const response = await server.request(ActorListDocument, { first: 2, after: cursor });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });

  it('answers a NUL character in a string argument as bad input, not an internal error', async () => {
    const { data, errors } = await server.request(ActorBySlugDocument, { slug: 'tom\u0000homan' });
    // PostgreSQL refuses the byte (a client error); PGlite finds nothing. Either way, no 500.
    if (errors) expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    else expect(data?.actor).toBeNull();
  });

  it('refuses months outside 1900-01…2199-12 as bad input, never an internal error', async () => {
    for (const month of ['0999-05', '0000-01', '9999-12', '2024-13']) {
      const response = await server.query(
        'query ($month: Month!) { periodContext(month: $month, interval: FISCAL_YEAR) { start end } }',
        { month },
      );
      expect(response.errors?.[0]?.extensions?.code, month).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toContain('between 1900-01 and 2199-12');
    }
    const edge = await server.query('{ periodContext(month: "2199-12", interval: FISCAL_YEAR) { start end } }');
    expect(edge.data).toEqual({ periodContext: { start: '2199-10', end: '2200-09' } });
  });

  it('matches %, _, quotes and backslashes in slugs literally', async () => {
    for (const slug of ['%', 'tom_homan', "tom'homan", 'tom\\homan', '"']) {
      const { data, errors } = await server.request(ActorBySlugDocument, { slug });
      expect(errors).toBeUndefined();
      expect(data?.actor).toBeNull();
    }
  });
});

describe('nodes', () => {
  it('answers null in place of a missing row, and the others as asked', async () => {
    const homan = (await server.request(ActorBySlugDocument, { slug: 'tom-homan' })).data?.actor;
    const policy = (await server.request(PolicyBySlugDocument, { slug: 'california-sb-54' })).data?.policy;
    const ids = [homan?.id ?? '', Buffer.from('Actor:999999').toString('base64'), policy?.id ?? ''];
    const { data, errors } = await server.request(NodesByIdsDocument, { ids });
    expect(errors).toBeUndefined();
    expect(data?.nodes.map((node) => node?.__typename ?? null)).toEqual(['Actor', null, 'Policy']);
    expect(data?.nodes[0]?.id).toBe(homan?.id);
  });

  it('refuses more than 100 IDs, naming the argument', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => Buffer.from(`Actor:${i + 1}`).toString('base64'));
    const { errors } = await server.request(NodesByIdsDocument, { ids });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
  });
});
