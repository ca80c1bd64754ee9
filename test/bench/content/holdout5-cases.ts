/**
 * Blind set 5: being written by a helper who has not seen the check (src/stages/check/**); it is
 * committed before its first run (`npm run bench:content -- --blind`).
 */
import type { ContentCase } from './cases.ts';

export const HOLDOUT5_FILES = {} as const;

export const HOLDOUT5_CASES: Array<Omit<ContentCase, 'file'> & { file: keyof typeof HOLDOUT5_FILES }> = [];
