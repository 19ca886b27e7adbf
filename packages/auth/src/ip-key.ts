/**
 * Normalizes a client address for per-IP counters. An IPv6 user controls at least a /64, so counting
 * single IPv6 addresses would give an attacker 2^64 fresh counters; IPv4-mapped IPv6 is the IPv4.
 */
export function normalizeClientIp(ip: string): string | null {
  const text = ip.trim().replace(/^\[|\]$/g, '');
  if (isIpv4(text)) return text.split('.').map(Number).join('.');
  const hextets = parseIpv6(text);
  if (!hextets) return null;
  if (hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff) {
    return [hextets[6]! >> 8, hextets[6]! & 255, hextets[7]! >> 8, hextets[7]! & 255].join('.');
  }
  return `${hextets
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(':')}::/64`;
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function parseIpv6(input: string): number[] | null {
  let text = input.replace(/%.*$/, '').toLowerCase(); // zone id (fe80::1%eth0)
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && isIpv4(text.slice(lastColon + 1))) {
    const [a, b, c, d] = text
      .slice(lastColon + 1)
      .split('.')
      .map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    text = `${text.slice(0, lastColon + 1)}0`; // a placeholder so the split below sees a hextet
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string) => (s === '' ? [] : s.split(':'));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if (![...head, ...rest].every((h) => /^[0-9a-f]{1,4}$/.test(h))) return null;
  const nums = (xs: string[]) => xs.map((h) => Number.parseInt(h, 16));
  let groups: number[];
  // The placeholder ends the text, so it is the last hextet of the last half.
  if (tail.length > 0) (halves.length === 2 ? rest : head).pop();
  const width = 8 - tail.length;
  if (halves.length === 2) {
    const missing = width - head.length - rest.length;
    if (missing < 1) return null;
    groups = [...nums(head), ...new Array<number>(missing).fill(0), ...nums(rest)];
  } else {
    if (head.length !== width) return null;
    groups = nums(head);
  }
  return [...groups, ...tail];
}
