import { fileURLToPath } from 'node:url';
import { hashSources } from './hash-sources.mjs';

/** Set by src/bin/build.mjs in the built CLI: hashSources of the tree it was built from. */
declare const BANTIN_CODE_VERSION: string | undefined;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let fromSources: Promise<string> | undefined;

/**
 * Which code made a bulletin's files: any change to the sources or to an installed package's
 * version gives another value, so files made by other code are never reused as if current.
 * Run from the sources, the files are read once per process.
 */
export async function codeVersion(): Promise<string> {
  if (typeof BANTIN_CODE_VERSION === 'string') return BANTIN_CODE_VERSION;
  return (fromSources ??= hashSources(ROOT));
}
