import { pino } from 'pino';
import type { Config } from './config.js';

export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({
    level: config.logLevel,
    // Keys arrive in Authorization headers from the writes issue on; never log them.
    redact: ['req.headers.authorization', 'headers.authorization'],
  });
}
