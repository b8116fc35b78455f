import pino from 'pino';

/** Structured JSON logs; one child logger per request carries its request id. */
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'pmi-hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'authorization', 'token'],
  });
}
export type Logger = pino.Logger;
