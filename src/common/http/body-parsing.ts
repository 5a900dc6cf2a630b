import { json, text, type NextFunction, type Request, type Response } from 'express';
import { errorBody } from '../errors/error-response';

/**
 * What is read of a request body without a bearer token that verifies: enough for a sign-in
 * (an email and a code), far too little to cost anything. Larger bodies are refused unread.
 */
export const ANONYMOUS_BODY_LIMIT = 16 * 1024;

export interface BodyLimits {
  /** BODY_LIMIT_BYTES: every content type on every route, unless a route below says otherwise. */
  general: number;
  /** JSON bodies on these routes (the conference import) may be this large. */
  largeJson: { paths: string[]; limit: number };
  /** CSV bodies on these routes (the participant import) may be this large. */
  largeCsv: { paths: string[]; limit: number };
}

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

/**
 * The request body parser: the limit depends first on whether the request carries a bearer
 * token that verifies (signature and expiry, no database read), and only then on the route, so
 * nobody without a token gets a large body parsed — or even read: a body whose declared length
 * is over its limit is answered 413 at once and the connection closed. JSON, CSV and plain text
 * are parsed; other types are not, but the same limit applies to them.
 */
export function bodyParsing(
  limits: BodyLimits,
  verifies: (token: string) => Promise<boolean>,
): Middleware {
  const anonymous = Math.min(ANONYMOUS_BODY_LIMIT, limits.general);
  const parsers = new Map<number, Middleware[]>();
  const parsersFor = (limit: number): Middleware[] => {
    let chain = parsers.get(limit);
    if (!chain) {
      chain = [json({ limit }), text({ type: ['text/csv', 'text/plain'], limit })];
      parsers.set(limit, chain);
    }
    return chain;
  };
  const on = (paths: string[], req: Request) => {
    const path = req.path.toLowerCase().replace(/\/+$/, '');
    return paths.some((p) => path === p || path.startsWith(`${p}/`));
  };

  return (req, res, next) => {
    if (!hasBody(req)) return next();
    const token = bearer(req);
    void (token ? verifies(token) : Promise.resolve(false)).then((verified) => {
      const isJson = req.is('json') !== false;
      const isCsv = req.is('text/csv') !== false;
      let limit = anonymous;
      if (verified) {
        limit = limits.general;
        if (isJson && on(limits.largeJson.paths, req)) limit = limits.largeJson.limit;
        if (isCsv && on(limits.largeCsv.paths, req)) limit = limits.largeCsv.limit;
      }
      const declared = Number(req.headers['content-length']);
      if (declared > limit) {
        // Not a byte read: close the connection rather than drain what the client still sends.
        res.setHeader('Connection', 'close');
        res.status(413).json(tooLarge);
        return;
      }
      const [jsonParser, textParser] = parsersFor(limit);
      jsonParser(req, res, (error?: unknown) => (error ? next(error) : textParser(req, res, next)));
    }, next);
  };
}

/** The answer to a body over its limit, read or not (Nest's shape, by the one error mapping). */
export const tooLarge = errorBody(413, 'Request body is too large');

function hasBody(req: Request): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined ||
    (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0')
  );
}

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() || undefined : undefined;
}
