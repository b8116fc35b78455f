import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Runtime } from '../context';
import { metricsOf } from '../observability/metrics';

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * `GET /metrics` in the Prometheus text format. Access: with METRICS_TOKEN set, only `Authorization: Bearer
 * <METRICS_TOKEN>` (401 otherwise); without it, open outside production and 404 in production (metrics name
 * endpoints and volumes: not for the public internet).
 */
export function metricsHandler(runtime: Runtime) {
  return async (req: Request, res: Response) => {
    const token = runtime.config.METRICS_TOKEN;
    if (token) {
      const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
      if (!m || !same(m[1].trim(), token)) {
        res.status(401).set('www-authenticate', 'Bearer realm="metrics"').json({ error: 'METRICS_TOKEN required' });
        return;
      }
    } else if (runtime.config.production) {
      res.status(404).json({ error: 'metrics are off: set METRICS_TOKEN' });
      return;
    }
    try {
      const { registry } = metricsOf(runtime);
      res.set('content-type', registry.contentType).send(await registry.metrics());
    } catch (err) {
      runtime.logger.error({ err }, 'collecting metrics failed');
      res.status(500).json({ error: 'collecting metrics failed' });
    }
  };
}
