// `npm run generate`: every generated file from one command, in dependency order:
//   1. the Prisma client and Pothos types (packages/db/src/generated, not committed);
//   2. apps/api/schema.graphql, printed sorted from the Pothos schema (committed);
//   3. the SDK's and the dashboard's typed documents (packages/sdk/src/generated and
//      apps/web/src/generated, committed).
// `--check` (CI) writes nothing: it fails when a committed file differs from what would be generated,
// or when prisma/schema.prisma has changes no migration carries.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const check = values.check;

execFileSync('npx', ['prisma', 'generate'], {
  cwd: root,
  stdio: check ? 'ignore' : 'inherit',
  // Generators need no schema engine; without this the CLI tries to download one.
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});

// Imported after `prisma generate`: the schema imports the generated client.
const { printSchema } = await import('graphql');
const { schema } = await import('../apps/api/src/schema/index.ts');
const files = new Map<string, string>([['apps/api/schema.graphql', `${printSchema(schema)}\n`]]);
writeOrCompare(files, []);

const { generate } = await import('@graphql-codegen/cli');
const { default: codegenConfig } = await import('../codegen.ts');
const outputs = (await generate({ ...codegenConfig, cwd: root, silent: true }, false)) as {
  filename: string;
  content: string;
}[];
const documentDirs = ['packages/sdk/src/generated', 'apps/web/src/generated'];
// Each document is a `new TypedDocumentString(…)`, which a bundler must keep in case the constructor
// has effects: marked pure, an app carries only the documents it uses (54.7 KB → 1.1 KB minified for one).
const pure = (content: string) =>
  content.replaceAll('= new TypedDocumentString(', '= /* @__PURE__ */ new TypedDocumentString(');
writeOrCompare(
  new Map(outputs.map((output) => [relative(root, join(root, output.filename)), pure(output.content)])),
  documentDirs,
);

if (check) {
  const { diffMigrationsToSchema } = await import('../packages/db/src/migrate.ts');
  const pending = await diffMigrationsToSchema();
  if (pending)
    fail(`prisma/schema.prisma has changes no migration carries; run npm run db:new-migration -- <name>:\n${pending}`);
  console.log('generated files and migrations are up to date');
}

/** Writes the files (replacing the folders named as owned), or in --check mode compares them. */
function writeOrCompare(wanted: Map<string, string>, ownedDirs: string[]) {
  const stale = ownedDirs.flatMap((dir) => listFiles(dir)).filter((file) => !wanted.has(file));
  if (check) {
    const drifted = [...wanted].filter(
      ([file, content]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== content,
    );
    const problems = [...drifted.map(([file]) => file), ...stale.map((file) => `${file} (no longer generated)`)];
    if (problems.length) fail(`generated files drifted; run npm run generate and commit:\n  ${problems.join('\n  ')}`);
    return;
  }
  for (const file of stale) rmSync(join(root, file));
  for (const [file, content] of wanted) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  console.log(`generated ${[...wanted.keys()].join(', ')}`);
}

function listFiles(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
