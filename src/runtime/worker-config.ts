import type { Config, ConfigInput } from '../config.ts';
import type { WorkerEnv } from '../workers/bindings.ts';
import { configFromEnv, DEFAULT_AZURE_VOICE, stringVars } from './env-config.ts';

/** What a Worker lacks that a machine has: espeak-ng, so the voice is Azure's unless a cell names another. */
const WORKER_BASE: ConfigInput = { voice: { provider: 'azure', name: DEFAULT_AZURE_VOICE } };

/** The province defaults from the Worker's vars and secrets, through the same mapper as Node's. */
export function workerConfig(env: WorkerEnv): Config {
  return configFromEnv(stringVars(env), WORKER_BASE, { source: 'wrangler.toml [vars] / secrets' });
}
