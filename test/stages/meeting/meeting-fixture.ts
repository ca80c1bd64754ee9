import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BriefingSchema, type Briefing } from '../../../src/domain/briefing.ts';
import type { SegmentsFile } from '../../../src/domain/segments.ts';
import { listSpokenItems } from '../../../src/domain/spoken-items.ts';
import type { Cue } from '../../../src/speech/audio/subtitle-cues.ts';

export function realisticBriefing(): Briefing {
  return BriefingSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/briefing/realistic.json'), 'utf8')));
}

/** Timings of 10 s per spoken item and one cue per item quoting its first words, as the speak stage would lay them out. */
export function timingsFor(briefing: Briefing): { segments: SegmentsFile; cues: Cue[] } {
  const items = listSpokenItems(briefing);
  return {
    segments: {
      version: 1,
      duration: items.length * 10,
      voice: { engine: 'test', name: 'test' },
      items: items.map((item, index) => ({ id: item.id, kind: item.kind, title: item.title, ...(item.sectionId ? { sectionId: item.sectionId } : {}), start: index * 10, end: index * 10 + 10, audioKey: `k${index}` })),
    },
    cues: items.map((item, index) => ({ start: index * 10, end: index * 10 + 9.5, text: item.text.slice(0, 60) })),
  };
}
