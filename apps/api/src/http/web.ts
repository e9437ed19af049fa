// The browser pages, from our own build of apps/web: the dashboard at / (and its routes) and GraphiQL
// at GET /graphql. Everything they load comes from this origin, so they work with no internet access.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import helmet from 'helmet';

// Monaco sets inline styles and GraphiQL's bundled fonts are data: URLs; nothing else is allowed.
const pagePolicy = helmet.contentSecurityPolicy({
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

// The dashboard's routes (apps/web/src/app.tsx); any other page is answered 404 with the dashboard's
// own "not found" view.
const dashboardRoutes = [
  /^\/$/,
  /^\/statements$/,
  /^\/policies$/,
  /^\/policies\/[^/]+$/,
  /^\/actors\/[^/]+$/,
  /^\/claims$/,
];

/** The pages built in `distDir`: its assets, GraphiQL and the dashboard. */
export function webPages(distDir: string) {
  const sendPage = (file: string, status: number, res: express.Response) => {
    const page = join(distDir, file);
    if (!existsSync(page)) {
      res.status(503).type('text/plain').send('The web pages are not built: run `npm run build -w @borderdesk/web`.');
      return;
    }
    pagePolicy(res.req, res, () => {
      res.status(status).setHeader('Cache-Control', 'no-cache');
      res.sendFile(page);
    });
  };

  /** Static assets under /assets; content-hashed names may be cached forever. */
  const assets: Router = express.Router();
  assets.use(
    '/assets',
    express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
    refusedAsMissing,
  );

  /** GET /graphql from a browser (HTML preferred, no query) answers with the GraphiQL page. */
  const graphiql: RequestHandler = (req, res, next) => {
    if (req.query.query !== undefined || !wantsPage(req)) return next();
    sendPage('graphiql.html', 200, res);
  };

  /** Any other GET that prefers HTML gets the dashboard, which routes in the browser. */
  const dashboard: RequestHandler = (req, res, next) => {
    if (!wantsPage(req)) return next();
    const known = dashboardRoutes.some((route) => route.test(req.path));
    sendPage('index.html', known ? 200 : 404, res);
  };

  return { assets, graphiql, dashboard };
}

/** `send` refuses a path climbing out of the folder (403) or holding a NUL byte (400): to a caller, nothing is there. */
const refusedAsMissing: ErrorRequestHandler = (error, _req, _res, next) => {
  const status = (error as { status?: unknown }).status;
  next(status === 400 || status === 403 ? { status: 404 } : error);
};

/** A browser asking for a page (HEAD too: uptime checks use it). */
function wantsPage(req: express.Request): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') && req.accepts(['application/json', 'text/html']) === 'text/html'
  );
}
