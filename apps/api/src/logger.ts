import { type DestinationStream, pino } from 'pino';
import type { Config } from './config.js';

/** The process's logger; tests pass a destination to read what it writes. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream) {
  return pino(
    {
      level: config.logLevel,
      // API keys travel in Authorization headers; whatever logs a request must never print them.
      redact: ['req.headers.authorization', 'headers.authorization', 'req.headers.cookie'],
    },
    destination,
  );
}
