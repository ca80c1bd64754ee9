/**
 * Decides whether an address is private (loopback, RFC 1918, link-local, CGNAT, metadata, multicast,
 * reserved…), so the fetcher can refuse it. Accepts the hostnames a URL parser yields ("127.0.0.1",
 * "[::1]") and the addresses a resolver returns, plus legacy numeric IPv4 notations
 * (2130706433, 0x7f.1, 017700000001) in case a caller bypasses the WHATWG parser.
 */

const BLOCKED_NAMES = [/^localhost$/i, /\.localhost$/i, /^metadata\.google\.internal$/i, /\.internal$/i, /\.local$/i];

/** IPv4 ranges as [first octets…, prefix length]. */
const PRIVATE_V4: Array<[number, number, number, number, number]> = [
  [0, 0, 0, 0, 8], // "this network", includes 0.0.0.0
  [10, 0, 0, 0, 8],
  [100, 64, 0, 0, 10], // CGNAT
  [127, 0, 0, 0, 8],
  [169, 254, 0, 0, 16], // link-local, cloud metadata 169.254.169.254
  [172, 16, 0, 0, 12],
  [192, 0, 0, 0, 24],
  [192, 0, 2, 0, 24],
  [192, 88, 99, 0, 24],
  [192, 168, 0, 0, 16],
  [198, 18, 0, 0, 15],
  [198, 51, 100, 0, 24],
  [203, 0, 113, 0, 24],
  [224, 0, 0, 0, 4], // multicast
  [240, 0, 0, 0, 4], // reserved, broadcast
];

/** Parses an IPv4 literal in any notation inet_aton accepts; null when it is not one. */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length < 1 || parts.length > 4 || parts.some((part) => part === '')) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]*$/i.test(part)) value = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) value = parseInt(part, 8);
    else if (/^(0|[1-9]\d*)$/.test(part)) value = parseInt(part, 10);
    else return null;
    numbers.push(value);
  }
  const last = numbers.pop() as number;
  if (numbers.some((value) => value > 255)) return null;
  const lastBytes = 4 - numbers.length;
  if (last >= 256 ** lastBytes) return null;
  const tail: number[] = [];
  let rest = last;
  for (let i = 0; i < lastBytes; i += 1) {
    tail.unshift(rest % 256);
    rest = Math.floor(rest / 256);
  }
  return [...numbers, ...tail];
}

/** Parses an IPv6 literal (with or without brackets, with an optional embedded IPv4 tail) into 16 bytes. */
export function parseIpv6(text: string): number[] | null {
  let value = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  value = value.replace(/%.*$/, '');
  if (!value.includes(':') || !/^[0-9a-f:.]+$/i.test(value)) return null;
  let v4Tail: number[] = [];
  const lastColon = value.lastIndexOf(':');
  if (value.slice(lastColon + 1).includes('.')) {
    const v4 = value.slice(lastColon + 1).split('.');
    if (v4.length !== 4 || v4.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return null;
    v4Tail = v4.map(Number);
    value = `${value.slice(0, lastColon + 1)}0:0`;
  }
  const halves = value.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string | undefined) => (half ? half.split(':') : []);
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? head.length !== 8 : missing < 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (all.some((group) => !/^[0-9a-f]{1,4}$/i.test(group))) return null;
  const bytes = all.flatMap((group) => {
    const number = parseInt(group, 16);
    return [number >> 8, number & 0xff];
  });
  if (v4Tail.length) bytes.splice(12, 4, ...v4Tail);
  return bytes;
}

function isPrivateV4(bytes: number[]): boolean {
  const address = ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
  return PRIVATE_V4.some(([a, b, c, d, prefix]) => {
    const network = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    return ((address & mask) >>> 0) === ((network & mask) >>> 0);
  });
}

function startsWith(bytes: number[], prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function isPrivateV6(bytes: number[]): boolean {
  const zeros10 = Array<number>(10).fill(0);
  if (bytes.every((byte) => byte === 0)) return true; // ::
  if (startsWith(bytes, [...zeros10, 0, 0]) && bytes.slice(12).join('.') !== '0.0.0.0') {
    return bytes.slice(12, 15).every((byte) => byte === 0) ? true : isPrivateV4(bytes.slice(12)); // ::1 and IPv4-compatible
  }
  if (startsWith(bytes, [...zeros10, 0xff, 0xff])) return isPrivateV4(bytes.slice(12)); // IPv4-mapped
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b])) return isPrivateV4(bytes.slice(12)); // NAT64 64:ff9b::/96 and /48
  if (startsWith(bytes, [0x20, 0x02])) return isPrivateV4(bytes.slice(2, 6)); // 6to4
  if (startsWith(bytes, [0x20, 0x01, 0x00, 0x00])) return true; // Teredo
  if (startsWith(bytes, [0x20, 0x01, 0x0d, 0xb8])) return true; // documentation
  if (startsWith(bytes, [0x01, 0x00, 0, 0, 0, 0, 0, 0])) return true; // discard-only
  const first = bytes[0]!;
  const second = bytes[1]!;
  if ((first & 0xfe) === 0xfc) return true; // unique local fc00::/7 (incl. fd00:ec2::254 metadata)
  if (first === 0xfe && (second & 0xc0) === 0x80) return true; // link-local fe80::/10
  if (first === 0xfe && (second & 0xc0) === 0xc0) return true; // site-local fec0::/10
  if (first === 0xff) return true; // multicast
  return false;
}

/** True when `address` (an IP in any notation) must not be fetched without the private-hosts opt-in. */
export function isPrivateAddress(address: string): boolean {
  const v4 = parseIpv4(address);
  if (v4) return isPrivateV4(v4);
  const v6 = parseIpv6(address);
  if (v6) return isPrivateV6(v6);
  return false;
}

/** True when `hostname` is an IP literal in any notation (so no DNS lookup is needed). */
export function isIpLiteral(hostname: string): boolean {
  return parseIpv4(hostname) !== null || parseIpv6(hostname) !== null;
}

/** True for names that always mean this machine or its private network (localhost, *.internal…). */
export function isPrivateHostname(hostname: string): boolean {
  const name = hostname.replace(/\.$/, '');
  return BLOCKED_NAMES.some((pattern) => pattern.test(name));
}
