import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
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
   * Only public addresses (production, unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES): see {@link addressProblem}. The host is
   * resolved and every address checked, at registration and again at each connection (the address connected to is
   * the one checked, so DNS rebinding cannot slip through).
   */
  PUBLIC_ADDRESS = 'PUBLIC_ADDRESS',
  /** No credentials in the URL; no fragment; port 0 refused; no control characters, backslashes or edge spaces in what was typed. */
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

/**
 * IPv4 blocks of the IANA IPv4 Special-Purpose Address Registry that are not globally reachable, plus multicast and
 * the reserved 240/4 (with the broadcast address): never a webhook receiver.
 */
const V4_REFUSED = (
  [
    ['0.0.0.0/8', 'this network'],
    ['10.0.0.0/8', 'private'],
    ['100.64.0.0/10', 'carrier-grade NAT'],
    ['127.0.0.0/8', 'loopback'],
    ['169.254.0.0/16', 'link-local, cloud metadata'],
    ['172.16.0.0/12', 'private'],
    ['192.0.0.0/24', 'IETF protocol assignments'],
    ['192.0.2.0/24', 'documentation'],
    ['192.31.196.0/24', 'AS112'],
    ['192.52.193.0/24', 'AMT'],
    ['192.88.99.0/24', '6to4 relay anycast'],
    ['192.168.0.0/16', 'private'],
    ['192.175.48.0/24', 'AS112'],
    ['198.18.0.0/15', 'benchmarking'],
    ['198.51.100.0/24', 'documentation'],
    ['203.0.113.0/24', 'documentation'],
    ['224.0.0.0/4', 'multicast'],
    ['240.0.0.0/4', 'reserved, broadcast'],
  ] as const
).map(([cidr, name]) => ({ net: ipaddr.IPv4.parseCIDR(cidr), name }));

const v6 = (cidr: string) => ipaddr.IPv6.parseCIDR(cidr);
/** Only global unicast is ever accepted (an allow-list: anything IANA assigns later outside it stays refused). */
const V6_GLOBAL_UNICAST = v6('2000::/3');
/** The two forms that embed an IPv4 a dual-stack or DNS64 resolver may hand out: accepted when the IPv4 is public. */
const V6_MAPPED = v6('::ffff:0:0/96');
const V6_NAT64 = v6('64:ff9b::/96');
/** Inside 2000::/3 but special-purpose (IANA IPv6 Special-Purpose Address Registry): refused. */
const V6_SPECIAL_GLOBAL = (
  [
    ['2001::/32', 'Teredo'],
    ['2001::/23', 'IETF protocol assignments (benchmarking, AMT, AS112, ORCHID, anycast)'],
    ['2001:db8::/32', 'documentation'],
    ['2002::/16', '6to4'],
    ['2620:4f:8000::/48', 'AS112'],
    ['3fff::/20', 'documentation'],
    ['5f00::/16', 'SRv6 segment identifiers'],
  ] as const
).map(([cidr, name]) => ({ net: v6(cidr), name }));
/** Outside 2000::/3: named only for the message (everything there is refused). */
const V6_NAMED = (
  [
    ['::/128', 'unspecified'],
    ['::1/128', 'loopback'],
    ['::/96', 'IPv4-compatible'],
    ['::ffff:0:0:0/96', 'SIIT IPv4-translated'],
    ['64:ff9b:1::/48', 'local-use NAT64'],
    ['100::/64', 'discard-only'],
    ['fc00::/7', 'unique local'],
    ['fe80::/10', 'link-local'],
    ['fec0::/10', 'site-local'],
    ['ff00::/8', 'multicast'],
  ] as const
).map(([cidr, name]) => ({ net: v6(cidr), name }));

function v4Problem(a: ipaddr.IPv4, form = ''): string | null {
  const hit = V4_REFUSED.find((r) => a.match(r.net));
  return hit ? `${form}${hit.name}` : null;
}

/** The IPv4 in the last 32 bits of an IPv6 address. */
const lastIPv4 = (a: ipaddr.IPv6) => new ipaddr.IPv4([a.parts[6] >> 8, a.parts[6] & 0xff, a.parts[7] >> 8, a.parts[7] & 0xff]);

/**
 * Why the hub must not call this address, or null when it is public. An allow-list: IPv4 outside the special-purpose
 * blocks; IPv6 only global unicast (2000::/3) minus its special-purpose ranges. Of the forms that embed an IPv4, the
 * IPv4-mapped (::ffff:a.b.c.d) and well-known NAT64 (64:ff9b::a.b.c.d, what a DNS64 resolver answers) ones are judged
 * by their IPv4; the others (IPv4-compatible, SIIT, local-use NAT64, 6to4, Teredo) are refused whatever they embed.
 * Any textual form Node accepts (hex, dotted tail, upper case) is judged by its value; an address with a zone id
 * (`%eth0`) names a local interface and is refused.
 */
export function addressProblem(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return v4Problem(ipaddr.IPv4.parse(address));
  if (family !== 6) return 'not an IP address';
  if (address.includes('%')) return 'zone id: a local interface';
  let a: ipaddr.IPv6;
  try {
    // WHATWG's serializer first: ipaddr.js reads "::1.2.3.4" (IPv4-compatible) as IPv4-mapped.
    a = ipaddr.IPv6.parse(new URL(`http://[${address}]/`).hostname.slice(1, -1));
  } catch {
    return 'not an IP address';
  }
  if (a.match(V6_MAPPED)) return v4Problem(lastIPv4(a), 'IPv4-mapped ');
  if (a.match(V6_NAT64)) return v4Problem(lastIPv4(a), 'NAT64 ');
  if (!a.match(V6_GLOBAL_UNICAST)) return V6_NAMED.find((r) => a.match(r.net))?.name ?? 'not global unicast (outside 2000::/3)';
  return V6_SPECIAL_GLOBAL.find((r) => a.match(r.net))?.name ?? null;
}

/** True for an address the hub must not call outside WEBHOOK_ALLOW_PRIVATE_ADDRESSES: see {@link addressProblem}. */
export const isPrivateAddress = (address: string): boolean => addressProblem(address) !== null;

const hostAllowed = (host: string, allowed: string[]) =>
  allowed.length === 0 || allowed.some((a) => (a.startsWith('*.') ? host.endsWith(a.slice(1)) : host === a));

/** Host of a URL without IPv6 brackets, lower case. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

/**
 * Checks a URL against the policy without the network: problems as [rule, message]. The address check needs DNS:
 * see {@link checkAddresses}.
 */
export function checkUrlShape(raw: string, policy: UrlPolicy): { url: URL | null; problems: [WebhookRule, string][] } {
  const problems: [WebhookRule, string][] = [];
  // The URL parser silently drops tabs and newlines and reads "\" as "/" (https://8.8.8.8\@127.0.0.1/ calls
  // 8.8.8.8): refused rather than rewritten, so what the client typed is what the hub calls.
  if (/[\p{Cc}\\]/u.test(raw)) problems.push([WebhookRule.PLAIN_URL, 'must not contain control characters (CR, LF, tab, …) or backslashes']);
  if (/^\s|\s$/u.test(raw)) problems.push([WebhookRule.PLAIN_URL, 'must not begin or end with spaces']);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { url: null, problems: [...problems, [WebhookRule.PLAIN_URL, 'is not a valid absolute URL']] };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') problems.push([WebhookRule.HTTPS_ONLY, 'must be an http(s) URL']);
  else if (policy.httpsOnly && url.protocol !== 'https:') problems.push([WebhookRule.HTTPS_ONLY, 'must use https:// in production']);
  if (url.username || url.password) problems.push([WebhookRule.PLAIN_URL, 'must not carry credentials (user:password@)']);
  if (url.hash) problems.push([WebhookRule.PLAIN_URL, 'must not have a #fragment']);
  if (url.port === '0') problems.push([WebhookRule.PLAIN_URL, 'must not use port 0']);
  const host = hostOf(url);
  if (!hostAllowed(host, policy.allowedHosts)) problems.push([WebhookRule.HOST_ALLOWLIST, `host ${host} is not in WEBHOOK_ALLOWED_HOSTS`]);
  return { url, problems };
}

/** Resolves the host (or takes the literal address) and refuses it when any address is not public and that is not allowed. */
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
  for (const address of addresses) {
    const problem = addressProblem(address);
    if (problem) return `host ${host} resolves to a non-public address (${address}: ${problem}); refused outside WEBHOOK_ALLOW_PRIVATE_ADDRESSES`;
  }
  return null;
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
