/**
 * Which cell a request is for: the first label of the host ("vks-vp.bantin.example" → "vks-vp"),
 * else the default cell (local dev on 127.0.0.1). Each cell is a separate app with its own
 * accounts and R2 folders, so nobody reaches another cell's data.
 */
export function cellFromHost(hostname: string, defaultCell: string | undefined): string | null {
  const isAddress = /^[\d.]+$/.test(hostname) || hostname.includes(':') || hostname === 'localhost';
  const label = isAddress ? '' : (hostname.split('.')[0] ?? '');
  const id = hostname.split('.').length > 2 && /^[a-z0-9][a-z0-9-]{0,62}$/.test(label) ? label : (defaultCell ?? '');
  return /^[a-z0-9][a-z0-9-]{0,62}$/.test(id) ? id : null;
}
