import DataLoader from 'dataloader';
import type { Context } from '../context';

/** One DataLoader per request and name, so batching and caching never leak across callers. */
export function loader<K, V>(
  ctx: Context,
  name: string,
  batch: (keys: readonly K[]) => Promise<Map<K, V>>,
  missing: V,
): DataLoader<K, V> {
  let l = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!l) {
    l = new DataLoader<K, V>(async (keys) => {
      const found = await batch(keys);
      return keys.map((k) => (found.has(k) ? (found.get(k) as V) : missing));
    });
    ctx.loaders.set(name, l);
  }
  return l;
}

/** Groups rows by a key, for one-to-many loaders. */
export function groupBy<K, V>(rows: V[], key: (v: V) => K): Map<K, V[]> {
  const m = new Map<K, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}
