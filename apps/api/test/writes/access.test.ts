// Who may write: every mutation refuses anonymous callers and PARTNER keys with a ForbiddenError
// result and writes nothing; EDITOR keys write (records.test.ts), and so do ADMIN keys.
import type { PrismaClient } from '@borderdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyPrefix } from '../../src/access/keys.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { type EditorialType, globalId, lifecycles, type Operation, write, written } from './mutations.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** Rows and the sum of their versions, per editorial table, and the audit events: any write changes it. */
async function footprint(prisma: PrismaClient) {
  const [actor, role, source, statement, claim, policy, policyEvent, stance, audit] = await Promise.all([
    prisma.actor.aggregate({ _count: true, _sum: { version: true } }),
    prisma.role.aggregate({ _count: true, _sum: { version: true } }),
    prisma.source.aggregate({ _count: true, _sum: { version: true } }),
    prisma.statement.aggregate({ _count: true, _sum: { version: true } }),
    prisma.claim.aggregate({ _count: true, _sum: { version: true } }),
    prisma.policy.aggregate({ _count: true, _sum: { version: true } }),
    prisma.policyEvent.aggregate({ _count: true, _sum: { version: true } }),
    prisma.stance.aggregate({ _count: true, _sum: { version: true } }),
    prisma.auditEvent.count(),
  ]);
  return { actor, role, source, statement, claim, policy, policyEvent, stance, audit };
}

/** A seeded record of each type, to update, archive and restore. */
async function seeded(prisma: PrismaClient): Promise<Record<EditorialType, number>> {
  const first = { orderBy: { id: 'asc' }, select: { id: true } } as const;
  return {
    Actor: (await prisma.actor.findFirstOrThrow(first)).id,
    Role: (await prisma.role.findFirstOrThrow(first)).id,
    Source: (await prisma.source.findFirstOrThrow(first)).id,
    Statement: (await prisma.statement.findFirstOrThrow(first)).id,
    Claim: (await prisma.claim.findFirstOrThrow(first)).id,
    Policy: (await prisma.policy.findFirstOrThrow(first)).id,
    PolicyEvent: (await prisma.policyEvent.findFirstOrThrow(first)).id,
    Stance: (await prisma.stance.findFirstOrThrow(first)).id,
  };
}

describe.each(['anonymous', 'PARTNER'] as const)('%s callers', (caller) => {
  it('are refused every mutation with a ForbiddenError, and nothing is written', async () => {
    const apiKey = caller === 'PARTNER' ? await server.createKey('PARTNER') : undefined;
    const has = apiKey ? `your key ${keyPrefix(apiKey)}… is a PARTNER key` : 'you sent no key';
    const message = `Forbidden: this needs an EDITOR or ADMIN key; ${has}.`;
    const ids = await seeded(server.db.prisma);
    const before = await footprint(server.db.prisma);
    const refusals: string[] = [];
    for (const lifecycle of lifecycles) {
      const target = { id: globalId(lifecycle.type, ids[lifecycle.type]), version: 1 };
      const inputs: Record<Operation, Record<string, unknown>> = {
        create: lifecycle.create,
        update: { ...target, ...lifecycle.update },
        archive: target,
        restore: target,
      };
      for (const operation of ['create', 'update', 'archive', 'restore'] as const) {
        const outcome = await write(server, operation, lifecycle.type, inputs[operation], apiKey);
        expect(outcome.response.status).toBe(200);
        refusals.push(`${operation}${lifecycle.type}: ${outcome.__typename}: ${outcome.message}`);
      }
    }
    expect(refusals).toEqual(
      lifecycles.flatMap(({ type }) =>
        ['create', 'update', 'archive', 'restore'].map(
          (operation) => `${operation}${type}: ForbiddenError: ${message}`,
        ),
      ),
    );
    expect(await footprint(server.db.prisma)).toEqual(before);
  });
});

describe('ADMIN keys', () => {
  it.each(lifecycles)('create, update, archive and restore $type records', async (lifecycle) => {
    const admin = await server.createKey('ADMIN');
    const { id } = written(await write(server, 'create', lifecycle.type, lifecycle.create, admin));
    const steps = [
      await write(server, 'update', lifecycle.type, { id, version: 1, ...lifecycle.update }, admin),
      await write(server, 'archive', lifecycle.type, { id, version: 2 }, admin),
      await write(server, 'restore', lifecycle.type, { id, version: 3 }, admin),
    ];
    expect(steps.map((step) => [step.__typename, step.record?.version])).toEqual([
      [`Update${lifecycle.type}Success`, 2],
      [`Archive${lifecycle.type}Success`, 3],
      [`Restore${lifecycle.type}Success`, 4],
    ]);
  });
});
