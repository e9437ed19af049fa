import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

declare module 'express-serve-static-core' {
  interface Request {
    /** Correlates the client's answer with our logs. */
    id: string;
  }
}

/** A caller's own `x-request-id` is kept when it looks like an id; otherwise we make one. */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get('x-request-id');
  req.id = given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', req.id);
  next();
};
