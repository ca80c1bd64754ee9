/**
 * How many Vietnamese syllables (space-separated written words) each voice reads per minute at
 * its normal rate, pauses included. Used to turn a target bulletin length into a word budget.
 *
 * espeak: measured 2026-11-27 with the npm espeak-ng 1.0.2 WASM build, voice vi-vn-x-south,
 * default speed (-s unset), on four realistic normalized news paragraphs (provincial, domestic,
 * foreign-affairs and procuracy stories; 270 syllables in all, numbers already spelled out):
 * 270 syllables in 66.2 s of audio = 244.8 syllables/min (249.9 counting voiced audio only;
 * the Northern voice "vi" gave 254.4). Rounded to 245.
 *
 * azure: NOT measured here (no key on this machine). vi-VN-HoaiMyNeural / NamMinhNeural publish
 * no syllable rate we could read offline; 225 is the midpoint of the 200–250 syllables/min
 * planning range in the research notes (shared/research/audio-anchors.md §4). Calibrate it by
 * timing a real Azure render.
 */
export const SYLLABLES_PER_MINUTE: Record<'espeak' | 'azure', number> = {
  espeak: 245,
  azure: 225,
};
