// After `tsc -p tsconfig.build.json`: makes `dist/` the package npm publishes (`npm publish
// packages/sdk/dist`). In this repository `exports` points at the TypeScript sources, so the API's
// tests and the benchmarks use the SDK without a build; the published package points at the
// compiled ESM and its declarations instead.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

const source = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const published = {
  name: source.name,
  version: source.version,
  description: source.description,
  type: 'module',
  sideEffects: false,
  exports: {
    '.': { types: './index.d.ts', default: './index.js' },
    './package.json': './package.json',
  },
  dependencies: source.dependencies,
};
writeFileSync(new URL('../dist/package.json', import.meta.url), `${JSON.stringify(published, null, 2)}\n`);
copyFileSync(new URL('../README.md', import.meta.url), new URL('../dist/README.md', import.meta.url));
