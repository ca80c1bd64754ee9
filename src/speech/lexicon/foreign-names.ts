import { FOREIGN_EVENTS } from './foreign-events.ts';
import { FOREIGN_PEOPLE } from './foreign-people.ts';
import { FOREIGN_PLACES } from './foreign-places.ts';

/**
 * Foreign names and loanwords respelled the way Vietnamese newsreaders say them (the press's own
 * transliterations where one exists). Names the press already writes in Vietnamese (Bắc Kinh,
 * Luân Đôn, Tập Cận Bình) need no entry.
 */
export const FOREIGN_NAMES: Record<string, string> = { ...FOREIGN_PLACES, ...FOREIGN_PEOPLE, ...FOREIGN_EVENTS };
