// Who is calling, decided once per request before GraphQL runs: no Authorization header is an
// anonymous caller; a bearer key must be well formed, known and not revoked, or the answer is 401
// whatever the operation (a partner with a broken key must find out, not silently read as anonymous).
import type { PrismaClient } from '@borderdesk/db';
import type { RequestHandler } from 'express';
import { anonymous, type Caller } from '../access/caller.js';
import { hashKey, isWellFormedKey, keyPrefix } from '../access/keys.js';
import { errorBody } from './errors.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by `authenticate` for every request that reaches GraphQL. */
    caller: Caller;
  }
}

export function authenticate(prisma: PrismaClient): RequestHandler {
  return async (req, res, next) => {
    const address = req.socket.remoteAddress ?? 'unknown';
    const header = req.get('authorization');
    if (header === undefined) {
      req.caller = anonymous(address);
      next();
      return;
    }
    const refuse = (message: string) => {
      res.setHeader('WWW-Authenticate', 'Bearer realm="borderdesk", error="invalid_token"');
      res.status(401).json(errorBody(message, 'UNAUTHENTICATED', req.id));
    };
    const [scheme, key, ...rest] = header.trim().split(/\s+/);
    if (scheme?.toLowerCase() !== 'bearer' || key === undefined || rest.length > 0) {
      refuse('The Authorization header must be "Bearer <API key>".');
      return;
    }
    if (!isWellFormedKey(key)) {
      refuse('Malformed API key: keys look like bdk_ followed by 32 characters.');
      return;
    }
    try {
      const found = await prisma.apiKey.findUnique({
        where: { hash: hashKey(key) },
        select: { id: true, name: true, prefix: true, role: true, revokedAt: true },
      });
      if (!found) {
        refuse(`Unknown API key ${keyPrefix(key)}….`);
      } else if (found.revokedAt) {
        refuse(`API key ${found.prefix}… was revoked on ${found.revokedAt.toISOString().slice(0, 10)}.`);
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
