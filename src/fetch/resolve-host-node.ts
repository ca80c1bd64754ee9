import { lookup } from 'node:dns/promises';

/** Node's resolver for the guarded fetcher: every A/AAAA address the system would connect to. */
export async function resolveHostNode(hostname: string): Promise<string[]> {
  const results = await lookup(hostname, { all: true, verbatim: true });
  return results.map((result) => result.address);
}
