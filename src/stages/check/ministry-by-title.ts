import { containsPhrase } from './normalize-vi.ts';

/** Titles the press writes with the ministry's name and without its "Bộ": "Bộ trưởng Tài chính". */
const MINISTRY_TITLES = ['bộ trưởng', 'thứ trưởng'];

/**
 * Whether a spoken name "bộ tài chính" (or its fragment "bộ tài") is the ministry a source names
 * only through its minister's title: "Bộ trưởng Tài chính" is "Bộ trưởng Bộ Tài chính".
 */
export function ministryNamedByTitle(name: string, flat: string): boolean {
  const [first, ...rest] = name.split(' ');
  if (first !== 'bộ' || rest.length === 0) return false;
  return MINISTRY_TITLES.some((title) => containsPhrase(flat, `${title} ${rest.join(' ')}`));
}
