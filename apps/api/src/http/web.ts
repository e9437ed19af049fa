// The browser pages, from our own build of apps/web: the dashboard at / (and its routes) and GraphiQL
// at GET /graphql. Everything they load comes from this origin, so they work with no internet access.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import helmet from 'helmet';

const basePolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'none'"],
};

// The dashboard styles only through its stylesheet and React's style properties (which CSP allows).
const dashboardPolicy = helmet.contentSecurityPolicy({ useDefaults: false, directives: basePolicy });

// Monaco sets inline styles, runs web workers, and GraphiQL's bundled fonts are data: URLs.
const graphiqlPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    ...basePolicy,
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", 'data:'],
    workerSrc: ["'self'"],
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
  const sendPage = (file: 'index.html' | 'graphiql.html', status: number, res: express.Response) => {
    const page = join(distDir, file);
    if (!existsSync(page)) {
      res.status(503).type('text/plain').send('The web pages are not built: run `npm run build -w @borderdesk/web`.');
      return;
    }
    const policy = file === 'graphiql.html' ? graphiqlPolicy : dashboardPolicy;
    policy(res.req, res, () => {
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

  /** GET /graphql from a browser (HTML preferred over JSON, no query) answers with the GraphiQL page. */
  const graphiql: RequestHandler = (req, res, next) => {
    if (req.query.query !== undefined || !isRead(req) || req.accepts(['application/json', 'text/html']) !== 'text/html')
      return next();
    sendPage('graphiql.html', 200, res);
  };

  /**
   * The dashboard's routes answer any GET that takes HTML (a browser, curl's `*\/*`, an uptime check
   * with no Accept); the dashboard routes in the browser. Other paths get the dashboard's "not found"
   * (404) only when HTML is preferred, as browsers do; programs get the JSON 404.
   */
  const dashboard: RequestHandler = (req, res, next) => {
    if (!isRead(req)) return next();
    if (!isDecodable(req.path)) return next({ status: 400 });
    if (dashboardRoutes.some((route) => route.test(req.path))) {
      if (req.accepts(['text/html', 'application/json']) === 'text/html') return sendPage('index.html', 200, res);
    } else if (req.accepts(['application/json', 'text/html']) === 'text/html') {
      return sendPage('index.html', 404, res);
    }
    next();
  };

  return { assets, graphiql, dashboard };
}

/** `send` refuses a path climbing out of the folder (403) or holding a NUL byte (400): to a caller, nothing is there. */
const refusedAsMissing: ErrorRequestHandler = (error, _req, _res, next) => {
  const status = (error as { status?: unknown }).status;
  next(status === 400 || status === 403 ? { status: 404 } : error);
};

/** HEAD too: uptime checks use it. */
function isRead(req: express.Request): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

/** A path the browser's router could not decode (a broken %-escape) is a bad request, not a page. */
function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
