import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';
import { constantTimeEqual, randomToken } from '../auth/password.ts';

/** The one active read-only link of a bulletin; revoking deletes it, so its token stops working. */
export interface ShareLink {
  bulletinId: string;
  nonce: string;
  expiresAt: string;
  createdAt: string;
  createdBy: string;
}

const SECRET_KEY = 'share/secret';
const linkKey = (bulletinId: string) => `share/links/${bulletinId}`;
const TOKEN = /^([a-z0-9][a-z0-9-]{5,63})\.(\d{1,13})\.([A-Za-z0-9_-]{8,64})\.([A-Za-z0-9_-]{43})$/;

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * Share links: `<bulletin>.<expiry ms>.<nonce>.<HMAC-SHA256>` signed with a secret kept in the state
 * store (made on first use). A token opens only while it is unexpired, its signature matches, and
 * its nonce is the bulletin's current link, so an editor can revoke it before it expires.
 */
export function createShareLinks(store: Storage, now: () => Date) {
  async function key(): Promise<CryptoKey> {
    let secret = await store.get(SECRET_KEY);
    if (!secret) {
      await store.put(SECRET_KEY, randomToken(32));
      secret = (await store.get(SECRET_KEY))!;
    }
    return crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  }
  const sign = async (payload: string) => base64url(new Uint8Array(await crypto.subtle.sign('HMAC', await key(), new TextEncoder().encode(payload))));
  const tokenOf = async (link: ShareLink) => {
    const payload = `${link.bulletinId}.${Date.parse(link.expiresAt)}.${link.nonce}`;
    return `${payload}.${await sign(payload)}`;
  };

  return {
    /** The bulletin's active link with its token, or null when none or expired. */
    async current(bulletinId: string): Promise<(ShareLink & { token: string }) | null> {
      const link = await getJson<ShareLink>(store, linkKey(bulletinId));
      if (!link || Date.parse(link.expiresAt) <= now().getTime()) return null;
      return { ...link, token: await tokenOf(link) };
    },
    /** Replaces any earlier link of the bulletin: only the newest one opens. */
    async create(bulletinId: string, days: number, createdBy: string): Promise<ShareLink & { token: string }> {
      const at = now();
      const link: ShareLink = { bulletinId, nonce: randomToken(12), expiresAt: new Date(at.getTime() + days * 86_400_000).toISOString(), createdAt: at.toISOString(), createdBy };
      await putJson(store, linkKey(bulletinId), link);
      return { ...link, token: await tokenOf(link) };
    },
    async revoke(bulletinId: string): Promise<void> {
      await store.delete(linkKey(bulletinId));
    },
    /** The link a token opens, or null for a tampered, expired or revoked token. */
    async open(token: string): Promise<ShareLink | null> {
      const match = TOKEN.exec(token);
      if (!match) return null;
      const [, bulletinId, expires, nonce, signature] = match as unknown as [string, string, string, string, string];
      const expected = await sign(`${bulletinId}.${expires}.${nonce}`);
      const encoder = new TextEncoder();
      if (!constantTimeEqual(encoder.encode(expected), encoder.encode(signature))) return null;
      if (Number(expires) <= now().getTime()) return null;
      const link = await getJson<ShareLink>(store, linkKey(bulletinId));
      if (!link || link.nonce !== nonce || Date.parse(link.expiresAt) !== Number(expires)) return null;
      return link;
    },
  };
}
