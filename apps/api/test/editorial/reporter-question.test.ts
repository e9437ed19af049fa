// The reporter's question of DESIGN.md, answered by the one operation the README shows: it must run
// as printed, in one request, and say what a reporter needs to know.
import { readFileSync } from 'node:fs';
import { repoRoot } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const article = JSON.parse(readFileSync(`${repoRoot}prisma/seed/article.json`, 'utf8')) as {
  statements: { text: string; said?: string }[];
};
const readme = readFileSync(`${repoRoot}README.md`, 'utf8');
const operation = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1] ?? '')
  .find((block) => block.includes('query TheNovemberDropInContext'));

interface Answer {
  drop: {
    dataset: { name: string };
    points: {
      period: string;
      value: number;
      previous: { value: number; percent: number } | null;
      policiesInEffect: { shortName: string }[];
      policyEvents: { kind: string; date: string; policy: { shortName: string } }[];
    }[];
  };
  lowestSince: { value: number; since: { period: string; value: number } };
  claims: { edges: { node: { text: string; check: { verdict: string; computedValue: number | null } } }[] };
  securingTheBorder: {
    impact: {
      before: { from: string; to: string; average: number };
      after: { from: string; to: string; months: number; average: number };
      change: { percent: number };
      note: string | null;
    };
    stances: { position: string; actor: { name: string } }[];
  };
  saidThen: { statements: { text: string; saidOn: string; speaker: { name: string } }[] };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("the reporter's question, in one request", () => {
  let answer: Answer;
  let statements: number;

  beforeAll(async () => {
    expect(operation, 'README has the TheNovemberDropInContext operation').toBeDefined();
    server.sql.length = 0;
    const response = await server.query(operation ?? '');
    expect(response.errors).toBeUndefined();
    answer = response.data as unknown as Answer;
    statements = server.sql.length;
  });

  it('confirms the 18% drop and names the data it comes from', () => {
    const [october, november] = answer.drop.points;
    expect([october?.period, october?.value, november?.period, november?.value]).toEqual([
      '2024-10',
      56_520,
      '2024-11',
      46_612,
    ]);
    expect(november?.previous?.value).toBe(56_520);
    expect(november?.previous?.percent).toBeCloseTo(-17.53, 2);
    expect(answer.drop.dataset.name).toBe('Southwest Land Border Encounters');
    expect(answer.lowestSince).toEqual({ value: 46_620, since: { period: '2020-07', value: 38_570 } });
  });

  it('says which policies were in effect and what happened in the months before', () => {
    const november = answer.drop.points[1];
    expect(november?.policiesInEffect.map((policy) => policy.shortName)).toEqual(
      expect.arrayContaining(['CBP One', 'Securing the Border']),
    );
    expect(november?.policyEvents).toContainEqual({
      kind: 'EFFECTIVE',
      date: '2024-06-05',
      policy: { shortName: 'Securing the Border' },
    });
    const { impact } = answer.securingTheBorder;
    expect([impact.before.from, impact.before.to, impact.after.from]).toEqual(['2023-12', '2024-05', '2024-07']);
    expect(impact.change.percent).toBeLessThan(-50);
    expect(answer.securingTheBorder.stances).toContainEqual({
      position: 'SUPPORTS',
      actor: { name: 'Troy A. Miller' },
    });
  });

  it('checks the claims and shows who said what', () => {
    const verdicts = answer.claims.edges.map(({ node }) => node.check.verdict);
    expect(verdicts.filter((verdict) => verdict === 'SUPPORTED')).toHaveLength(5);
    expect(verdicts.filter((verdict) => verdict === 'NOT_CHECKABLE')).toHaveLength(4);
    // The article's statements dated to a day or month of November or December 2024.
    const expected = article.statements.filter((statement) => /^2024-1[12]/.test(statement.said ?? ''));
    expect(answer.saidThen.statements.map((statement) => statement.text).sort()).toEqual(
      expected.map((statement) => statement.text).sort(),
    );
    expect(answer.saidThen.statements.map((statement) => statement.speaker.name)).toContain('Tom Homan');
  });

  it('costs a bounded number of SQL statements', () => {
    expect(statements).toBeLessThanOrEqual(60);
  });
});
