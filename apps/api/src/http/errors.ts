import type { ErrorRequestHandler, RequestHandler } from 'express';

/** Errors outside GraphQL (body parsing, unknown paths) answer in the GraphQL error shape, never as HTML. */
export function errorBody(message: string, code: string, requestId: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions, requestId } }] };
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('Not found.', 'NOT_FOUND', req.id));
};

export function httpErrors(onInternal: (error: unknown, requestId: string) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json(errorBody('Request body too large.', 'PAYLOAD_TOO_LARGE', req.id));
    } else if (type === 'entity.parse.failed') {
      res.status(400).json(errorBody('Malformed JSON body.', 'BAD_REQUEST', req.id));
    } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      res.status(415).json(errorBody('Unsupported body encoding.', 'BAD_REQUEST', req.id));
    } else if ((error as { status?: number }).status === 404) {
      res.status(404).json(errorBody('Not found.', 'NOT_FOUND', req.id));
    } else if ((error as { status?: number }).status === 400) {
      // Express and its parsers mark what they refuse as 400: a path with a broken %-escape, say.
      res.status(400).json(errorBody('Bad request.', 'BAD_REQUEST', req.id));
    } else {
      onInternal(error, req.id);
      res.status(500).json(errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR', req.id));
    }
  };
}
