// The SDK's types: results typed by the document (generated documents and the client facade), and
// wrong variables refused by the compiler (the fixtures).
// `expectTypeOf` checks nothing at run time; the `tsc` test below compiles this file with the fixtures.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type {
  ActorBySlugQuery,
  ActorBySlugQueryVariables,
  ActorKind,
  ActorListQuery,
  EncounterRecordKind,
  EncounterRecordQuery,
  EncounterRecordQueryVariables,
  PolicyBySlugQuery,
  TypedDocumentString,
} from '@borderdesk/sdk';
import { ActorBySlugDocument, createClient, type EncounterRecordDocument } from '@borderdesk/sdk';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('generated documents', () => {
  it('carry their result and variables types', () => {
    expectTypeOf(ActorBySlugDocument).toEqualTypeOf<TypedDocumentString<ActorBySlugQuery, ActorBySlugQueryVariables>>();
    expectTypeOf<ResultOf<typeof ActorBySlugDocument>>().toEqualTypeOf<ActorBySlugQuery>();
    expectTypeOf<VariablesOf<typeof ActorBySlugDocument>>().toEqualTypeOf<ActorBySlugQueryVariables>();
    expectTypeOf<ResultOf<typeof EncounterRecordDocument>>().toEqualTypeOf<EncounterRecordQuery>();
    expectTypeOf<VariablesOf<typeof EncounterRecordDocument>>().toEqualTypeOf<EncounterRecordQueryVariables>();
  });

  it('type results field by field, nullable only where the schema is', () => {
    type Actor = ActorBySlugQuery['actor'];
    expectTypeOf<Actor>().toBeNullable();
    expectTypeOf<NonNullable<Actor>['name']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Actor>['kind']>().toEqualTypeOf<ActorKind>();
    expectTypeOf<ActorKind>().toEqualTypeOf<'ORGANIZATION' | 'PERSON'>();
    type EncounterRecord = EncounterRecordQuery['encounterRecord'];
    expectTypeOf<EncounterRecord['value']>().toEqualTypeOf<number>();
    expectTypeOf<EncounterRecord['kind']>().toEqualTypeOf<EncounterRecordKind>();
    expectTypeOf<EncounterRecord['since']>().toEqualTypeOf<{ period: string; value: number } | null>();
  });

  it('type variables: required, optional and enums', () => {
    expectTypeOf<ActorBySlugQueryVariables['slug']>().toEqualTypeOf<string>();
    expectTypeOf<EncounterRecordQueryVariables['kind']>().toEqualTypeOf<EncounterRecordKind>();
    expectTypeOf<EncounterRecordQueryVariables>().toHaveProperty('period').toEqualTypeOf<string | null | undefined>();
    expectTypeOf<{ slug: 'x' }>().toExtend<ActorBySlugQueryVariables>();
    expectTypeOf<{ slug: number }>().not.toExtend<ActorBySlugQueryVariables>();
    expectTypeOf<{ period: '2024-11' }>().not.toExtend<EncounterRecordQueryVariables>();
  });
});

describe('the client facade', () => {
  // Building a client sends nothing, and nothing here calls it: only the methods' types are looked at.
  // What `client.request` infers from a document is checked in fixtures/facade.ts, which never runs.
  const client = createClient({ url: 'https://api.borderdesk.example/graphql' });

  it('types resource methods by the generated operations', () => {
    expectTypeOf(client.actors.get).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(client.actors.get).returns.resolves.toEqualTypeOf<ActorBySlugQuery['actor']>();
    expectTypeOf(client.encounters.record).parameter(0).toEqualTypeOf<EncounterRecordQueryVariables>();
    expectTypeOf(client.encounters.record).returns.resolves.toEqualTypeOf<EncounterRecordQuery['encounterRecord']>();
    expectTypeOf(client.policies.get).returns.resolves.toEqualTypeOf<PolicyBySlugQuery['policy']>();
  });

  it('types list methods as iterables of the connection nodes', () => {
    type ListedActor = ActorListQuery['actors']['edges'][number]['node'];
    expectTypeOf(client.actors.list).returns.toExtend<AsyncIterable<ListedActor>>();
    expectTypeOf(client.actors.list).returns.toHaveProperty('toArray').returns.resolves.toEqualTypeOf<ListedActor[]>();
    expectTypeOf(client.actors.list)
      .returns.toHaveProperty('pages')
      .returns.toEqualTypeOf<AsyncIterable<ActorListQuery['actors']>>();
  });
});

describe('the compiler', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const fixtures = fileURLToPath(new URL('fixtures/tsconfig.json', import.meta.url));

  // Every wrong call in the fixtures carries `@ts-expect-error`: tsc passes only if each of them is an
  // error (an unused directive is itself an error), and every other line, this file's included, compiles.
  it('refuses every wrong call in the fixtures and accepts the rest', async () => {
    const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', fixtures])
      .then(({ stdout }) => ({ code: 0, stdout }))
      .catch((error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }));
    expect(result).toEqual({ code: 0, stdout: '' });
  }, 60_000);
});
