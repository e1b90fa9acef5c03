import { isIPv6 } from 'node:net';

/**
 * The key an address is throttled by. IPv4 (also written IPv4-mapped, `::ffff:1.2.3.4`) as it is;
 * IPv6 as its /64 network, since one machine commonly holds a whole /64 and could otherwise walk
 * through its addresses for a fresh allowance each.
 */
export function throttleKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const network = ipv6Groups(ip)
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''));
  return `${network.join(':')}::/64`;
}

/** The eight groups of an IPv6 address, `::` expanded (a zone index dropped). */
function ipv6Groups(ip: string): string[] {
  const address = ip.split('%')[0].toLowerCase();
  if (!address.includes('::')) return address.split(':');
  const [head, tail] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  // An IPv4 tail (64:ff9b::1.2.3.4) stands for two groups.
  const tailLength = tailGroups.length + (tailGroups.at(-1)?.includes('.') ? 1 : 0);
  return [...headGroups, ...Array<string>(8 - headGroups.length - tailLength).fill('0'), ...tailGroups];
}
