/** espeak-ng's Vietnamese variants: vi (Northern), vi-vn-x-central, vi-vn-x-south. */
export const ESPEAK_VOICES = ['vi', 'vi-vn-x-central', 'vi-vn-x-south'] as const;

export type EspeakVoice = (typeof ESPEAK_VOICES)[number];
