import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { Runtime } from '../../context';
import { systemContext } from '../../context';
import { Role } from '../../common/auth/roles';
import { unitOfWork } from '../../common/unit-of-work';

/**
 * Webhook signing secrets at rest. HMAC signing needs each endpoint's secret in clear at delivery time, so it cannot
 * be hashed; with `WEBHOOK_SECRET_KEYS` set (comma-separated, each 32 random bytes in base64, the first one current)
 * it is stored sealed with AES-256-GCM instead: `enc:v1:<key id>:<iv>:<ciphertext>:<tag>` (base64 parts; key id the
 * first 8 hex digits of the key's SHA-256), bound to its endpoint's id as associated data, so a sealed secret copied
 * onto another row does not open. A database backup or a read-only SQL leak then yields no usable secret.
 * Without keys, secrets are stored as issued (`whsec_…`), as before; docs/webhooks.md says which to choose.
 */
const PREFIX = 'enc:v1:';

export class SecretBox {
  private readonly keys: { id: string; key: Buffer }[];

  constructor(keys: Buffer[]) {
    this.keys = keys.map((key) => ({ id: createHash('sha256').update(key).digest('hex').slice(0, 8), key }));
  }

  /** The stored form of `secret` for endpoint `endpointId`: sealed with the first key, or as is without keys. */
  seal(endpointId: string, secret: string): string {
    const current = this.keys[0];
    if (!current) return secret;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current.key, iv);
    cipher.setAAD(Buffer.from(endpointId, 'utf8'));
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${PREFIX}${current.id}:${iv.toString('base64')}:${data.toString('base64')}:${cipher.getAuthTag().toString('base64')}`;
  }

  /**
   * The secret in clear from its stored form (a secret stored before keys were configured is returned as is).
   * Throws when it was sealed with a key not among WEBHOOK_SECRET_KEYS or does not open for this endpoint.
   */
  open(endpointId: string, stored: string): string {
    if (!stored.startsWith(PREFIX)) return stored;
    const [id, iv, data, tag] = stored.slice(PREFIX.length).split(':');
    const entry = this.keys.find((k) => k.id === id);
    if (!entry) throw new Error(`The signing secret of webhook endpoint ${endpointId} is sealed with key ${id}, which is not among WEBHOOK_SECRET_KEYS`);
    const decipher = createDecipheriv('aes-256-gcm', entry.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(endpointId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Whether a stored secret is not sealed with the current (first) key: kept in clear, or under an older key. */
  needsSealing(stored: string): boolean {
    const current = this.keys[0];
    return !!current && !stored.startsWith(`${PREFIX}${current.id}:`);
  }

  /** Key id of a sealed secret, or null for a secret stored in clear. */
  static keyOf(stored: string): string | null {
    return stored.startsWith(PREFIX) ? stored.slice(PREFIX.length).split(':')[0] : null;
  }

  hasKey(id: string): boolean {
    return this.keys.some((k) => k.id === id);
  }
}

/** WEBHOOK_SECRET_KEYS as keys (validated by loadConfig: each decodes to 32 bytes). */
export const parseSecretKeys = (raw: string | undefined): Buffer[] =>
  (raw ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => Buffer.from(k, 'base64'));

const boxes = new WeakMap<Config, SecretBox>();
export function secretBoxOf(config: Config): SecretBox {
  let box = boxes.get(config);
  if (!box) boxes.set(config, (box = new SecretBox(parseSecretKeys(config.WEBHOOK_SECRET_KEYS))));
  return box;
}

export class SecretKeyError extends Error {}

/**
 * At start-up, before serving: every stored secret must open with the configured keys (else the hub refuses to start,
 * naming how many endpoints and which key ids are missing, rather than fail each delivery later); secrets kept in
 * clear or under an older key are sealed again with the current one, in one transaction (an audit entry per endpoint, no event). Safe
 * on several instances starting at once (the rows are locked; a second pass finds nothing to do).
 */
export async function sealStoredSecrets(runtime: Runtime): Promise<number> {
  const box = secretBoxOf(runtime.config);
  const ctx = systemContext(runtime, { subject: 'system:webhook-secrets', role: Role.ADMIN });
  return unitOfWork(ctx, async (uow) => {
    const rows: { id: string; secretariat_code: string; secret: string; previous_secret: string | null }[] = await uow.tx.query(
      'SELECT id, secretariat_code, secret, previous_secret FROM webhook_endpoint ORDER BY id FOR UPDATE',
    );
    const missing = new Set<string>();
    for (const r of rows) {
      for (const s of [r.secret, r.previous_secret]) {
        const key = s === null ? null : SecretBox.keyOf(s);
        if (key && !box.hasKey(key)) missing.add(key);
      }
    }
    if (missing.size) {
      throw new SecretKeyError(
        `Webhook signing secrets are sealed with key(s) ${[...missing].join(', ')} (first 8 hex digits of the key's SHA-256), not among WEBHOOK_SECRET_KEYS: add the key(s) back (after the current one)`,
      );
    }
    const stale = rows.filter((r) => box.needsSealing(r.secret) || (r.previous_secret !== null && box.needsSealing(r.previous_secret)));
    for (const r of stale) {
      const seal = (s: string) => box.seal(r.id, box.open(r.id, s));
      await uow.tx.query('UPDATE webhook_endpoint SET secret = $2, previous_secret = $3 WHERE id = $1', [
        r.id,
        seal(r.secret),
        r.previous_secret === null ? null : seal(r.previous_secret),
      ]);
      await uow.record({ operation: 'sealWebhookSecret', entity: 'WebhookEndpoint', entityId: r.id, secretariat: r.secretariat_code, change: { secretSealed: true } });
    }
    return stale.length;
  });
}
