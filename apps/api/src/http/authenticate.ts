// Who is calling, decided once per request before GraphQL runs: no Authorization header is an
// anonymous caller; a bearer key must be well formed, known and not revoked, or the answer is 401
// whatever the operation (a partner with a broken key must find out, not silently read as anonymous).
// Each 401 counts against the address; past its allowance a key from there is 429 before any lookup.
import type { PrismaClient } from '@borderdesk/db';
import type { RequestHandler } from 'express';
import { anonymous, type Caller } from '../access/caller.js';
import { hashKey, isWellFormedKey, keyPrefix } from '../access/keys.js';
import type { RateLimiter } from '../access/rate-limits.js';
import { errorBody } from './errors.js';
import { refuseRateLimited } from './rate-limit.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by `authenticate` for every request that reaches GraphQL. */
    caller: Caller;
  }
}

export function authenticate(prisma: PrismaClient, limiter: RateLimiter): RequestHandler {
  return async (req, res, next) => {
    // The socket's address, or the client's as trusted proxies report it (TRUST_PROXY).
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const header = req.get('authorization');
    if (header === undefined) {
      req.caller = anonymous(address);
      next();
      return;
    }
    try {
      const allowance = await limiter.peekRefusedKeys(address);
      if (!allowance.allowed) {
        const retry = `Retry in ${allowance.resetSeconds} s.`;
        const message = `Too many refused API keys from this address: ${allowance.limit} per window. ${retry}`;
        refuseRateLimited(res, req.id, allowance, message);
        return;
      }
      const refuse = async (message: string) => {
        await limiter.chargeRefusedKey(address);
        res.setHeader('WWW-Authenticate', 'Bearer realm="borderdesk", error="invalid_token"');
        res.status(401).json(errorBody(message, 'UNAUTHENTICATED', req.id));
      };
      const [scheme, key, ...rest] = header.trim().split(/\s+/);
      if (scheme?.toLowerCase() !== 'bearer' || key === undefined || rest.length > 0) {
        await refuse('The Authorization header must be "Bearer <API key>".');
        return;
      }
      if (!isWellFormedKey(key)) {
        await refuse('Malformed API key: keys look like bdk_ followed by 32 characters.');
        return;
      }
      const found = await prisma.apiKey.findUnique({
        where: { hash: hashKey(key) },
        select: { id: true, name: true, prefix: true, role: true, revokedAt: true },
      });
      if (!found) {
        await refuse(`Unknown API key ${keyPrefix(key)}….`);
      } else if (found.revokedAt) {
        await refuse(`API key ${found.prefix}… was revoked on ${found.revokedAt.toISOString().slice(0, 10)}.`);
      } else {
        req.caller = {
          kind: 'key',
          address,
          keyId: found.id,
          name: found.name,
          prefix: found.prefix,
          role: found.role,
        };
        next();
      }
    } catch (error) {
      next(error);
    }
  };
}
