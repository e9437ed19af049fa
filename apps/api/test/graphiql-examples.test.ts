// The example operations GraphiQL opens with, and the README's, must stay valid as the schema grows.
import { readFileSync } from 'node:fs';
import { repoRoot } from '@borderdesk/db';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleTabs } from '../../web/src/graphiql/examples.js';
import { schema } from '../src/schema/index.js';

describe('GraphiQL examples', () => {
  it.each(exampleTabs.map((tab) => [tab.query?.split('\n')[0] ?? '', tab.query ?? '']))(
    '%s is valid',
    (_title, query) => {
      expect(query).not.toBe('');
      expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
    },
  );
});

describe('README examples', () => {
  const readme = readFileSync(`${repoRoot}README.md`, 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

  it('has GraphQL examples, all valid', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(validate(schema, parse(block)).map((error) => error.message)).toEqual([]);
  });
});
