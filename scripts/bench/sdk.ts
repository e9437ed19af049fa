// The SDK size benchmark: what a browser downloads to send one typed query, with our facade or with
// graphql-request or @urql/core. Three equivalent tiny apps (the same generated document, the same
// variables, the result read back) are bundled by esbuild as an app's build would: ESM, browser,
// tree-shaken, minified. Each bundle is then run once against a stubbed fetch, so a bundle that
// shrank because it no longer sends the query fails the run instead of winning it.
//
// A fourth bundle holds only the document: `new TypedDocumentString(…)` is a call a bundler must
// keep, so importing one generated document brings all of them, whichever client sends it. The
// difference from that baseline is each client's own runtime.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchContext } from './index.ts';
import { print, ratio, table } from './measure.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const url = 'https://api.borderdesk.example/graphql';
const slug = 'alejandro-mayorkas';
const answer = { actor: { name: 'Alejandro Mayorkas' } };

interface App {
  name: string;
  /** TypeScript; exports `name`, the actor's name read from the answer. */
  source: string;
}

const documentOnly: App = {
  name: 'the document alone',
  source: `import { ActorBySlugDocument } from '@borderdesk/sdk';
export const name = String(ActorBySlugDocument);`,
};

const clients: App[] = [
  {
    name: '@borderdesk/sdk',
    source: `import { ActorBySlugDocument, createClient } from '@borderdesk/sdk';
const client = createClient({ url: '${url}' });
const { actor } = await client.request(ActorBySlugDocument, { slug: '${slug}' });
export const name = actor?.name;`,
  },
  {
    name: 'graphql-request',
    source: `import { ActorBySlugDocument } from '@borderdesk/sdk';
import { GraphQLClient } from 'graphql-request';
const client = new GraphQLClient('${url}');
const { actor } = await client.request(ActorBySlugDocument, { slug: '${slug}' });
export const name = actor?.name;`,
  },
  {
    // urql takes a string or a DocumentNode; the generated document is a String object, hence toString().
    name: '@urql/core',
    source: `import { ActorBySlugDocument, type ActorBySlugQuery, type ActorBySlugQueryVariables } from '@borderdesk/sdk';
import { Client, fetchExchange } from '@urql/core';
const client = new Client({ url: '${url}', exchanges: [fetchExchange] });
const { data } = await client
  .query<ActorBySlugQuery, ActorBySlugQueryVariables>(ActorBySlugDocument.toString(), { slug: '${slug}' })
  .toPromise();
export const name = data?.actor?.name;`,
  },
];

interface Sizes {
  raw: number;
  minified: number;
  gzipped: number;
}

async function bundle(app: App, minify: boolean): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: app.source, resolveDir: root, loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    minify,
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote no bundle for ${app.name}`);
  return output.contents;
}

async function measure(app: App): Promise<{ sizes: Sizes; minified: Uint8Array }> {
  const minified = await bundle(app, true);
  return {
    sizes: {
      raw: (await bundle(app, false)).byteLength,
      minified: minified.byteLength,
      gzipped: gzipSync(minified, { level: 9 }).byteLength,
    },
    minified,
  };
}

/** Runs a bundle once with fetch stubbed; throws unless it sent ActorBySlug with the slug and read the answer. */
async function verify(app: App, code: Uint8Array): Promise<void> {
  const sent: { query: unknown; variables: unknown }[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const target = new URL(input instanceof Request ? input.url : String(input));
    // urql sends queries as GET within the URL length limit; the others POST JSON.
    const body = init?.body
      ? (JSON.parse(String(init.body)) as { query: unknown; variables: unknown })
      : {
          query: target.searchParams.get('query'),
          variables: JSON.parse(target.searchParams.get('variables') ?? '{}'),
        };
    sent.push(body);
    return Response.json({ data: answer });
  };
  try {
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      name?: unknown;
    };
    const [request] = sent;
    const ok =
      sent.length === 1 &&
      typeof request?.query === 'string' &&
      /query ActorBySlug\(\$slug: String!\)/.test(request.query) &&
      JSON.stringify(request.variables) === JSON.stringify({ slug }) &&
      module.name === answer.actor.name;
    if (!ok)
      throw new Error(`the ${app.name} bundle did not send the query and read the answer: ${JSON.stringify(sent)}`);
  } finally {
    globalThis.fetch = realFetch;
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(context: BenchContext): Promise<void> {
  const baseline = (await measure(documentOnly)).sizes;
  const results: (App & Sizes & { runtimeMinified: number; runtimeGzipped: number })[] = [];
  for (const app of clients) {
    const { sizes, minified } = await measure(app);
    await verify(app, minified);
    results.push({
      ...app,
      ...sizes,
      runtimeMinified: sizes.minified - baseline.minified,
      runtimeGzipped: sizes.gzipped - baseline.gzipped,
    });
  }

  print('One typed query (ActorBySlug) from a browser app: esbuild, ESM, tree-shaken; gzip -9 of the minified bundle.');
  print(
    `Every bundle carries every generated document: ${kb(baseline.minified)} minified, ${kb(baseline.gzipped)} gzipped.`,
  );
  print('"runtime" is the bundle less that document-only baseline: the client itself.');
  print();
  print(
    table(
      ['app', 'raw', 'minified', 'gzipped', 'runtime min', 'runtime gz'],
      [
        [documentOnly.name, kb(baseline.raw), kb(baseline.minified), kb(baseline.gzipped), '', ''],
        ...results.map((r) => [
          r.name,
          kb(r.raw),
          kb(r.minified),
          kb(r.gzipped),
          kb(r.runtimeMinified),
          kb(r.runtimeGzipped),
        ]),
      ],
    ),
  );
  print();

  const [sdk, ...others] = results;
  if (!sdk) return;
  const comparisons = others.map((other) => ({
    against: other.name,
    gzipped: sdk.gzipped / other.gzipped,
    runtimeGzipped: sdk.runtimeGzipped / other.runtimeGzipped,
    ok: sdk.gzipped < other.gzipped && sdk.runtimeGzipped < other.runtimeGzipped,
  }));
  print('Target: the @borderdesk/sdk app smaller than both, minified and gzipped.');
  print(
    table(
      ['@borderdesk/sdk vs', 'app gzipped', 'runtime gzipped', 'target'],
      comparisons.map((c) => [c.against, ratio(c.gzipped), ratio(c.runtimeGzipped), c.ok ? 'ok' : 'MISS']),
    ),
  );
  print();
  const path = await context.writeResults('sdk', {
    query: 'ActorBySlug',
    bundler: 'esbuild, format esm, platform browser, target es2022, tree-shaken',
    gzip: 'node:zlib level 9 of the minified bundle',
    bytes: { documentOnly: baseline, apps: results.map(({ source: _source, ...sizes }) => sizes) },
    comparisons,
  });
  print(`results: ${path}`);
  print();
}
