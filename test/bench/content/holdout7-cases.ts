/**
 * Blind set 7, the reserve: being written by a helper who has not seen the check (src/stages/check/**);
 * it is committed before its first run (`npm run bench:content -- --reserve`).
 */
import type { ContentCase } from './cases.ts';

export const HOLDOUT7_FILES = {} as const;

export const HOLDOUT7_CASES: Array<Omit<ContentCase, 'file'> & { file: keyof typeof HOLDOUT7_FILES }> = [];
