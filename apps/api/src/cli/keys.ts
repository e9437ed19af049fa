// `npm run keys -- create --name <who> --role <PARTNER|EDITOR|ADMIN>` prints a new key once;
// `list` shows every key by prefix (never the key or its hash); `revoke <prefix>` refuses a key from
// then on. Exit codes: 0 done, 1 failed (unknown prefix, database), 2 wrong usage.
import { parseArgs } from 'node:util';
import { ApiKeyRole, type PrismaClient } from '@borderdesk/db';
import { hashKey, issueKey, isWellFormedKey } from '../access/keys.js';
import { runWithDatabase } from './command.js';

const roles = Object.values(ApiKeyRole);
const usage = [
  'usage: npm run keys -- create --name <who> --role <PARTNER|EDITOR|ADMIN>',
  '       npm run keys -- list',
  '       npm run keys -- revoke <prefix>',
].join('\n');
const maxNameLength = 200;

type Command =
  | { kind: 'create'; name: string; role: ApiKeyRole }
  | { kind: 'list' }
  | { kind: 'revoke'; prefix: string };

let command: Command;
try {
  command = parseCommandLine();
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

await runWithDatabase(`keys ${command.kind} failed`, async ({ db }) => {
  const ok = await run(command, db.prisma);
  await db.close();
  if (!ok) process.exit(1);
});

async function run(command: Command, prisma: PrismaClient): Promise<boolean> {
  if (command.kind === 'create') {
    const { key, prefix } = await issueKey(prisma, command.name, command.role);
    console.log(
      `Created ${command.role} key ${prefix}… for "${command.name}". The key, shown this once:\n\n  ${key}\n`,
    );
    console.log(
      'Only its hash is stored: keep it now, it cannot be shown again. Send it as "Authorization: Bearer <key>".',
    );
    return true;
  }
  if (command.kind === 'list') {
    const keys = await prisma.apiKey.findMany({
      select: { prefix: true, name: true, role: true, createdAt: true, revokedAt: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    if (keys.length === 0) {
      console.log('No API keys yet: npm run keys -- create --name <who> --role <PARTNER|EDITOR|ADMIN>');
      return true;
    }
    const rows = keys.map((k) => [k.prefix, k.role, day(k.createdAt), k.revokedAt ? day(k.revokedAt) : '-', k.name]);
    console.log(table([['prefix', 'role', 'created', 'revoked', 'name'], ...rows]));
    return true;
  }
  // A whole key (a leaked one, say) is found by its hash; anything else is taken as a prefix.
  const given = command.prefix.replace(/…$/, '');
  const key = await prisma.apiKey.findUnique({
    where: isWellFormedKey(given) ? { hash: hashKey(given) } : { prefix: given },
    select: { id: true, prefix: true, name: true, revokedAt: true },
  });
  if (!key) {
    console.error(`No API key has the prefix "${given}" (npm run keys -- list shows them).`);
    return false;
  }
  if (key.revokedAt) {
    console.log(`Key ${key.prefix}… of "${key.name}" was already revoked on ${day(key.revokedAt)}.`);
    return true;
  }
  await prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
  console.log(`Revoked key ${key.prefix}… of "${key.name}": it is refused from now on.`);
  return true;
}

function parseCommandLine(): Command {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' } },
  });
  const [kind, ...rest] = positionals;
  if (kind === 'create') {
    if (rest.length > 0) throw new Error(`keys create: unexpected argument '${rest[0]}'`);
    const name = values.name?.trim();
    if (!name) throw new Error('keys create: --name <who> is required (who holds the key, e.g. "Jane Doe, Newsroom")');
    if (name.length > maxNameLength || /\p{Cc}/u.test(name)) {
      throw new Error(`keys create: --name must be at most ${maxNameLength} characters, without control characters`);
    }
    const role = values.role?.toUpperCase();
    if (!isRole(role)) {
      throw new Error(
        `keys create: --role must be one of ${roles.join(', ')}${values.role ? `, not '${values.role}'` : ''}`,
      );
    }
    return { kind, name, role };
  }
  if (values.name !== undefined || values.role !== undefined) {
    throw new Error('keys: --name and --role belong to create');
  }
  if (kind === 'list') {
    if (rest.length > 0) throw new Error(`keys list: unexpected argument '${rest[0]}'`);
    return { kind };
  }
  if (kind === 'revoke') {
    const [prefix, ...extra] = rest;
    if (prefix === undefined || extra.length > 0) throw new Error('keys revoke: name exactly one key prefix');
    return { kind, prefix };
  }
  throw new Error(kind === undefined ? 'keys: name a command' : `keys: unknown command '${kind}'`);
}

function isRole(value: string | undefined): value is ApiKeyRole {
  return roles.some((role) => role === value);
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
