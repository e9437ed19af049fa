// The example operations GraphiQL opens with, and the README's, must stay valid as the schema grows,
// and GraphiQL's must also answer, without errors, on the seeded data an analyst starts with.
import { readFileSync } from 'node:fs';
import { repoRoot } from '@borderdesk/db';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultHeaders, exampleTabs } from '../../web/src/graphiql/examples.js';
import { schema } from '../src/schema/index.js';
import { startTestServer, type TestServer } from './support/server.js';

const examples = exampleTabs.map((tab) => {
  const query = tab.query ?? '';
  const name = /^query (\w+)/m.exec(query)?.[1] ?? '';
  const variables: Record<string, unknown> | undefined = tab.variables ? JSON.parse(tab.variables) : undefined;
  return { name, query, variables };
});

/** GraphiQL reads its Headers pane as JSON with comments; the pane holds only whole-line ones. */
function parseHeaders(text: string): unknown {
  return JSON.parse(text.replaceAll(/^\s*\/\/.*$/gm, ''));
}

describe('GraphiQL examples', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it("open with the reporter's question, each answering something else, each saying what on its first line", () => {
    expect(examples[0]?.name).toBe('TheNovemberDropInContext');
    expect(new Set(examples.map(({ name }) => name)).size).toBe(examples.length);
    for (const { query } of examples) expect(query).toMatch(/^# \S/);
    const operations = examples.map(({ query }) => query).join('\n');
    for (const field of ['encounterSeries(', 'encounterRecord(', 'actor(', 'checkClaim(', 'check {', 'search(']) {
      expect(operations).toContain(field);
    }
  });

  it.each(examples)('$name is valid against the schema', ({ query }) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });

  it.each(examples)('$name answers on the seeded data, without errors', async ({ query, variables }) => {
    const { status, data, errors } = await server.query(query, variables);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data).toBeTruthy();
    // Every root field answers something: a slug or month that matches nothing would be null or empty.
    for (const [field, value] of Object.entries(data ?? {})) {
      expect(value, field).not.toBeNull();
      if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
    }
  });

  it('send no header until a partner uncomments the Authorization template, which is then a valid header', () => {
    expect(parseHeaders(defaultHeaders)).toEqual({});
    const withKey = defaultHeaders.replace('// "Authorization"', '"Authorization"');
    expect(parseHeaders(withKey)).toEqual({ Authorization: 'Bearer bdk_…' });
  });
});

describe('README examples', () => {
  const readme = readFileSync(`${repoRoot}README.md`, 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

  it('has GraphQL examples, all valid', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(validate(schema, parse(block)).map((error) => error.message)).toEqual([]);
  });
});
