import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';
import { sha256Hex } from '../auth/password.ts';
import { withKeyedLock } from './keyed-lock.ts';

/** Failed sign-ins allowed per (address, username) and per address within the window. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 30, windowMs: 15 * 60_000 };

interface Counter {
  failures: number;
  resetAt: number;
}

/**
 * Counts failed sign-ins in the store (so it holds across restarts and Workers isolates), keyed by
 * the connection's address as the runtime reports it, never by X-Forwarded-For (which the client writes).
 */
export function createLoginLimiter(store: Storage, now: () => Date) {
  const keys = async (address: string, username: string) => ({
    account: `login-limits/${await sha256Hex(`account|${address}|${username}`)}`,
    address: `login-limits/${await sha256Hex(`address|${address}`)}`,
  });
  const read = async (key: string): Promise<Counter | null> => {
    const counter = await getJson<Counter>(store, key);
    return counter && counter.resetAt > now().getTime() ? counter : null;
  };
  const bump = async (key: string) => {
    const counter = (await read(key)) ?? { failures: 0, resetAt: now().getTime() + LOGIN_LIMITS.windowMs };
    counter.failures += 1;
    await putJson(store, key, counter);
  };
  return {
    /**
     * Runs one sign-in attempt with the address's counter held: check, verify, record happen as
     * one step, so parallel attempts from one address cannot all be checked before the first
     * failure is counted. Within one process; Workers isolates each hold their own lock.
     */
    async serialize<T>(address: string, task: () => Promise<T>): Promise<T> {
      return withKeyedLock(store, `login|${address}`, task);
    },
    /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
    async retryAfter(address: string, username: string): Promise<number> {
      const k = await keys(address, username);
      const [account, perAddress] = await Promise.all([read(k.account), read(k.address)]);
      const blocked = [account && account.failures >= LOGIN_LIMITS.perAccount ? account : null, perAddress && perAddress.failures >= LOGIN_LIMITS.perAddress ? perAddress : null].filter((x): x is Counter => x !== null);
      if (blocked.length === 0) return 0;
      return Math.max(1, Math.ceil((Math.max(...blocked.map((x) => x.resetAt)) - now().getTime()) / 1000));
    },
    async recordFailure(address: string, username: string): Promise<void> {
      const k = await keys(address, username);
      await bump(k.account);
      await bump(k.address);
    },
    async recordSuccess(address: string, username: string): Promise<void> {
      await store.delete((await keys(address, username)).account);
    },
  };
}
