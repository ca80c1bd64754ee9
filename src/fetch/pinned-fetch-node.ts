import type { LookupAddress, LookupOneOptions } from 'node:dns';
import type { Agent } from 'undici';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

const agents = new Map<string, Agent>();

// undici takes about half a second to load: only a run that fetches from a host name needs it
// (an address like 127.0.0.1 needs no pinning and goes through the built-in fetch).
let undiciModule: Promise<typeof import('undici')> | undefined;
const loadUndici = () => (undiciModule ??= import('undici'));

/**
 * A fetch whose connections go only to `addresses`, the ones the guard resolved and checked:
 * the socket's DNS lookup returns them instead of asking the resolver again, so a name that
 * rebinds to 127.0.0.1 between the check and the connection cannot reach it. TLS still verifies
 * the certificate against the URL's hostname. Node only; Workers keep their own fetch.
 */
export function pinnedFetchNode(addresses: string[]): typeof fetch {
  return (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const undici = await loadUndici();
    const key = addresses.join(',');
    let agent = agents.get(key);
    if (!agent) {
      const entries = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      const lookup = (_hostname: string, options: LookupOneOptions & { all?: boolean }, callback: LookupCallback) => {
        if (options.all) callback(null, entries);
        else callback(null, entries[0]!.address, entries[0]!.family);
      };
      agent = new undici.Agent({ connect: { lookup: lookup as never }, keepAliveTimeout: 4_000 });
      // One agent per checked address set; a long run meets a few hundred hosts at most.
      if (agents.size > 500) agents.clear();
      agents.set(key, agent);
    }
    return undici.fetch(input as never, { ...(init as object), dispatcher: agent } as never);
  }) as unknown as typeof fetch;
}
