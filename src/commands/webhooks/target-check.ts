// Where a webhook may be sent. A URL's host is resolved and every address it resolves to must be
// public, unless the operator's allow-list (WAYMARK_WEBHOOK_ALLOW: host names, addresses or CIDR
// ranges) names it. The check runs when a subscription is saved and again before every delivery,
// and the delivery connects to the address that was checked, so a name that re-resolves to an
// internal address between check and connect (DNS rebinding) cannot reach it.
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => ({
    address: entry.address,
    family: entry.family === 6 ? 6 : 4,
  }));

export class TargetRefusedError extends Error {}

const V4_BLOCKED: ReadonlyArray<[string, number, string]> = [
  ['0.0.0.0', 8, 'this-network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

const V6_BLOCKED: ReadonlyArray<[string, number, string]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fe80::', 10, 'link-local'],
  ['fc00::', 7, 'unique-local (incl. cloud metadata fd00:ec2::254)'],
  ['ff00::', 8, 'multicast'],
  ['2001:db8::', 32, 'documentation'],
  ['100::', 64, 'discard-only'],
];

function blockList(rules: ReadonlyArray<[string, number, string]>, family: 'ipv4' | 'ipv6') {
  return rules.map(([network, prefix, why]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return { list, why, family };
  });
}

const V4_RULES = blockList(V4_BLOCKED, 'ipv4');
const V6_RULES = blockList(V6_BLOCKED, 'ipv6');

/** The 16 bytes of an IPv6 address (which isIP has already accepted). */
function ipv6Bytes(address: string): number[] {
  // A dotted IPv4 tail (::ffff:127.0.0.1) becomes the two hex groups it stands for.
  const text = (address.split('%')[0] ?? address).replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_all, a, b, c, d) =>
    [((Number(a) << 8) | Number(b)).toString(16), ((Number(c) << 8) | Number(d)).toString(16)].join(':'),
  );
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
  const [head = '', rest] = text.split('::');
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const groups =
    rest === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

/** The IPv4 address an IPv6 one carries: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64. */
function embeddedIpv4(address: string): string | undefined {
  const bytes = ipv6Bytes(address);
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  const v4 = bytes.slice(12).join('.');
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return v4;
  if (zeros(0, 12) && !zeros(12, 16) && !(zeros(12, 15) && bytes[15] === 1)) return v4;
  const nat64 = [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];
  if (nat64.every((byte, index) => bytes[index] === byte)) return v4;
  return undefined;
}

/** Why the address is not public, or undefined when it is. */
export function forbiddenReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 4) return V4_RULES.find((rule) => rule.list.check(address, 'ipv4'))?.why;
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4 !== undefined) {
      const why = forbiddenReason(v4);
      return why && `IPv4-in-IPv6 ${why}`;
    }
    return V6_RULES.find((rule) => rule.list.check(address.split('%')[0] ?? address, 'ipv6'))?.why;
  }
  return 'not an IP address';
}

export interface AllowList {
  allowsHost(hostname: string): boolean;
  allowsAddress(address: string): boolean;
}

/** Entries are host names, single addresses, or CIDR ranges (10.0.0.0/8, fd00::/8). */
export function parseAllowList(entries: readonly string[]): AllowList {
  const hosts = new Set<string>();
  const ranges = new BlockList();
  for (const raw of entries) {
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^\[|\]$/g, '');
    const cidr = /^(.+)\/(\d{1,3})$/.exec(entry);
    if (cidr?.[1] && isIP(cidr[1])) {
      const family = isIP(cidr[1]) === 4 ? 'ipv4' : 'ipv6';
      ranges.addSubnet(cidr[1], Number(cidr[2]), family);
    } else if (isIP(entry)) {
      ranges.addAddress(entry, isIP(entry) === 4 ? 'ipv4' : 'ipv6');
    } else {
      hosts.add(entry.replace(/\.$/, ''));
    }
  }
  return {
    allowsHost: (hostname) => hosts.has(hostname.toLowerCase().replace(/\.$/, '')),
    allowsAddress: (address) => {
      const family = isIP(address);
      if (family === 0) return false;
      if (ranges.check(address, family === 4 ? 'ipv4' : 'ipv6')) return true;
      const v4 = family === 6 ? embeddedIpv4(address) : undefined;
      return v4 !== undefined && ranges.check(v4, 'ipv4');
    },
  };
}

/** The host of a URL as DNS and isIP see it (without IPv6 brackets). */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * Resolves the URL's host and returns the address to connect to.
 * @throws TargetRefusedError when any address of the host is refused; Error when it does not resolve
 */
export async function checkTarget(
  url: string,
  allow: AllowList,
  resolve: Resolver = systemResolver,
): Promise<ResolvedAddress> {
  const parsed = new URL(url);
  const host = urlHost(parsed);
  let addresses: ResolvedAddress[];
  const literal = isIP(host);
  if (literal !== 0) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      // Not a refusal: name resolution fails transiently too, so the delivery is retried.
      throw new Error(`webhook host "${host}" does not resolve: ${(error as Error).message}`);
    }
  }
  const first = addresses[0];
  if (!first) throw new Error(`webhook host "${host}" resolves to no address`);
  const hostAllowed = allow.allowsHost(host);
  // Every address is checked, not only the first: a resolver may rotate them between lookups.
  for (const { address } of addresses) {
    const why = forbiddenReason(address);
    if (why !== undefined && !hostAllowed && !allow.allowsAddress(address)) {
      throw new TargetRefusedError(
        `webhook host "${host}" resolves to ${address}, a ${why} address; ` +
          'add the host or its range to WAYMARK_WEBHOOK_ALLOW to permit it',
      );
    }
  }
  return first;
}
