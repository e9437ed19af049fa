// The example operations GraphiQL opens with must stay valid as the schema grows.
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
