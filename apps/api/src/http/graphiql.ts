// GraphiQL is served from our own bundle (apps/web), so it works with no internet access.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import express, { type RequestHandler, type Router } from 'express';
import helmet from 'helmet';

const bundleDir = join(repoRoot, 'apps', 'web', 'dist', 'graphiql');

// Monaco sets inline styles and the bundled fonts are data: URLs; nothing else is allowed.
const graphiqlPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", 'data:'],
    imgSrc: ["'self'", 'data:'],
    workerSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'none'"],
  },
});

/** Static assets under /graphiql; content-hashed names may be cached forever. */
export function graphiqlAssets(): Router {
  const router = express.Router();
  router.use(
    '/graphiql/assets',
    express.static(join(bundleDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  return router;
}

/** GET /graphql from a browser (HTML preferred, no query) answers with the GraphiQL page. */
export const graphiqlPage: RequestHandler = (req, res, next) => {
  const wantsPage =
    req.method === 'GET' &&
    req.query.query === undefined &&
    req.accepts(['application/json', 'text/html']) === 'text/html';
  if (!wantsPage) return next();
  const page = join(bundleDir, 'index.html');
  if (!existsSync(page)) {
    res.status(503).type('text/plain').send('GraphiQL is not built: run `npm run build -w @borderdesk/web`.');
    return;
  }
  graphiqlPolicy(req, res, () => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  });
};
