import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { Config } from '../../config';

/**
 * Named rules of outbound webhooks: which URLs the hub may call (so it cannot be used to reach internal services)
 * and how retries are spaced.
 */
export enum WebhookRule {
  /** In production only `https://` URLs are accepted (WEBHOOK_ALLOW_HTTP overrides, for closed networks). */
  HTTPS_ONLY = 'HTTPS_ONLY',
  /** When WEBHOOK_ALLOWED_HOSTS is set, the URL's host must be one of them (`*.example.org` matches subdomains). */
  HOST_ALLOWLIST = 'HOST_ALLOWLIST',
  /**
   * Loopback, private, link-local, carrier-grade NAT, multicast and unspecified addresses are refused (production,
   * unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES): the host is resolved and every address checked, at registration and
   * again at each connection (the address connected to is the one checked, so DNS rebinding cannot slip through).
   */
  PUBLIC_ADDRESS = 'PUBLIC_ADDRESS',
  /** No credentials in the URL; no fragment. */
  PLAIN_URL = 'PLAIN_URL',
}

export interface UrlPolicy {
  httpsOnly: boolean;
  allowedHosts: string[];
  allowPrivate: boolean;
}

export function urlPolicy(config: Config): UrlPolicy {
  return {
    httpsOnly: config.production && !config.WEBHOOK_ALLOW_HTTP,
    allowedHosts: (config.WEBHOOK_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    allowPrivate: config.WEBHOOK_ALLOW_PRIVATE_ADDRESSES ?? !config.production,
  };
}

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** True for an address the hub must not call outside WEBHOOK_ALLOW_PRIVATE_ADDRESSES (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) return BLOCKED.check(address, 'ipv6');
  return true;
}

const hostAllowed = (host: string, allowed: string[]) =>
  allowed.length === 0 || allowed.some((a) => (a.startsWith('*.') ? host.endsWith(a.slice(1)) : host === a));

/** Host of a URL without IPv6 brackets, lower case. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

/**
 * Checks a URL against the policy without the network: problems as [rule, message]. The address check needs DNS:
 * see {@link checkAddresses}.
 */
export function checkUrlShape(raw: string, policy: UrlPolicy): { url: URL | null; problems: [WebhookRule, string][] } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { url: null, problems: [[WebhookRule.PLAIN_URL, 'not a valid absolute URL']] };
  }
  const problems: [WebhookRule, string][] = [];
  if (url.protocol !== 'https:' && url.protocol !== 'http:') problems.push([WebhookRule.HTTPS_ONLY, 'must be an http(s) URL']);
  else if (policy.httpsOnly && url.protocol !== 'https:') problems.push([WebhookRule.HTTPS_ONLY, 'must use https:// in production']);
  if (url.username || url.password) problems.push([WebhookRule.PLAIN_URL, 'must not carry credentials (user:password@)']);
  if (url.hash) problems.push([WebhookRule.PLAIN_URL, 'must not have a #fragment']);
  const host = hostOf(url);
  if (!hostAllowed(host, policy.allowedHosts)) problems.push([WebhookRule.HOST_ALLOWLIST, `host ${host} is not in WEBHOOK_ALLOWED_HOSTS`]);
  return { url, problems };
}

/** Resolves the host (or takes the literal address) and refuses it when any address is private and not allowed. */
export async function checkAddresses(url: URL, policy: UrlPolicy): Promise<string | null> {
  if (policy.allowPrivate) return null;
  const host = hostOf(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return `host ${host} does not resolve`;
    }
  }
  const bad = addresses.find(isPrivateAddress);
  return bad ? `host ${host} resolves to a private or loopback address (${bad}); refused outside WEBHOOK_ALLOW_PRIVATE_ADDRESSES` : null;
}

/**
 * Delay before retry number `failures` (1 = after the first failure): exponential from WEBHOOK_RETRY_BASE_MS,
 * capped at WEBHOOK_RETRY_MAX_DELAY_MS, with "equal jitter" (half fixed, half random) so that many endpoints failing
 * together do not retry in lockstep.
 */
export function retryDelay(failures: number, config: Config, random = Math.random): number {
  const exp = Math.min(config.WEBHOOK_RETRY_MAX_DELAY_MS, config.WEBHOOK_RETRY_BASE_MS * 2 ** Math.min(30, Math.max(0, failures - 1)));
  return Math.round(exp / 2 + (random() * exp) / 2);
}
