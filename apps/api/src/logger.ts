import { pino } from 'pino';
import type { Config } from './config.js';

export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({
    level: config.logLevel,
    // API keys travel in Authorization headers; whatever logs a request must never print them.
    redact: ['req.headers.authorization', 'headers.authorization', 'req.headers.cookie'],
  });
}
