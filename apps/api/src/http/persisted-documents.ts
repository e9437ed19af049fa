// Persisted documents (the GraphQL-over-HTTP convention): a client may send `documentId` ("sha256:<hex>" or
// "<hex>") instead of `query`, naming one of the SDK's or the dashboard's operations; the id is swapped for the text from the
// manifest codegen writes, before Apollo sees the request. With PERSISTED_DOCUMENTS_ONLY_FOR_ANONYMOUS,
// anonymous callers may send only such ids (API keys may send any text): an open API then runs only
// documents we shipped and priced, for the callers nobody can be asked about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@borderdesk/db';
import type { Request, RequestHandler } from 'express';
import type { RateLimiter } from '../access/rate-limits.js';
import { errorBody } from './errors.js';

/** Written by `npm run generate` beside the SDK's typed documents, which carry the same hashes. */
export const manifestPath = join(repoRoot, 'packages/sdk/src/generated/persisted-documents.json');
/** The dashboard's own operations (apps/web), generated the same way. */
export const dashboardManifestPath = join(repoRoot, 'apps/web/src/generated/persisted-documents.json');

/** The manifest's documents by their lowercase hex sha256. */
export function loadPersistedDocuments(paths = [manifestPath, dashboardManifestPath]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const path of paths) {
    const manifest: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof manifest !== 'object' || manifest === null) throw new Error(`${path} is not a JSON object`);
    for (const [id, text] of Object.entries(manifest)) {
      const hex = hexOf(id);
      if (hex === undefined || typeof text !== 'string') throw new Error(`${path}: bad entry ${id}`);
      documents.set(hex, text);
    }
  }
  return documents;
}

function hexOf(documentId: string): string | undefined {
  return /^(?:sha256:)?([0-9a-f]{64})$/i.exec(documentId)?.[1]?.toLowerCase();
}

/** Where the request's GraphQL parameters are: the JSON body of a POST, the query string of a GET. */
interface Parameters {
  get(name: string): unknown;
  /** Replaces `documentId` with `query`. */
  setQuery(text: string): void;
}

function parametersOf(req: Request): Parameters | undefined {
  if (req.method === 'POST') {
    const body: unknown = req.body;
    // Anything else is not a GraphQL request Apollo would run; it answers it.
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    const fields = body as Record<string, unknown>;
    return {
      // JSON null means absent, as GraphQL over HTTP reads it.
      get: (name) => fields[name] ?? undefined,
      setQuery(text) {
        delete fields.documentId;
        fields.query = text;
      },
    };
  }
  if (req.method === 'GET') {
    const [path, search = ''] = req.url.split('?', 2);
    const params = new URLSearchParams(search);
    return {
      get: (name) => params.get(name) ?? undefined,
      setQuery(text) {
        params.delete('documentId');
        params.set('query', text);
        // Apollo's Express integration reads a GET's parameters from the URL.
        req.url = `${path}?${params}`;
      },
    };
  }
  return undefined;
}

export function persistedDocuments(
  documents: Map<string, string>,
  onlyForAnonymous: boolean,
  limiter: RateLimiter,
): RequestHandler {
  return async (req, res, next) => {
    const params = parametersOf(req);
    const documentId = params?.get('documentId');
    // A refused request costs what a refused document costs inside GraphQL, so ids cannot be tried without limit.
    const refuse = async (message: string, code: string) => {
      await limiter.charge(req.caller, 1);
      res.status(400).json(errorBody(message, code, req.id));
    };
    try {
      if (params === undefined) {
        next();
      } else if (documentId === undefined) {
        if (onlyForAnonymous && req.caller.kind === 'anonymous') {
          await refuse(
            'Without an API key, send the documentId of one of the SDK’s documents instead of query text.',
            'PERSISTED_QUERY_ONLY',
          );
        } else next();
      } else if (params.get('query') !== undefined) {
        await refuse('Send either query or documentId, not both.', 'BAD_REQUEST');
      } else {
        const text = typeof documentId === 'string' ? documents.get(hexOf(documentId) ?? '') : undefined;
        if (text === undefined) {
          await refuse(
            'Unknown documentId: send "sha256:<hex>" of one of the SDK’s documents.',
            'PERSISTED_QUERY_NOT_FOUND',
          );
        } else {
          params.setQuery(text);
          next();
        }
      }
    } catch (error) {
      next(error);
    }
  };
}
