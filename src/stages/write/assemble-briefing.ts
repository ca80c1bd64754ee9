import { BriefingSchema, type Briefing, type BriefingStory } from '../../domain/briefing.ts';
import type { TimeWindow } from '../../domain/collected.ts';
import type { RunProblem } from '../../domain/run-report.ts';
import { SECTION_IDS, SECTION_TITLES, type SectionId } from '../../domain/sections.ts';
import type { Config } from '../../config.ts';
import type { Summarizer } from '../../providers/llm/llm.ts';
import { writeBirthdays, writeIntro, writeOpeners, writeOutro } from './script-frame.ts';
import { findKeyFigure } from './key-figure.ts';

function withKeyFigure(story: BriefingStory): BriefingStory {
  const { keyFigure: _previous, ...rest } = story;
  const keyFigure = findKeyFigure(story);
  return keyFigure ? { ...rest, keyFigure } : rest;
}

/**
 * The briefing document from written stories: the frame (greeting, section openers, birthdays,
 * closing) around them, sections in their fixed order, and the check counts. writeBriefing uses it
 * after writing; on Workers it wraps stories written once for the whole province.
 */
export function assembleBriefing(input: {
  config: Config;
  meetingDate: string;
  window: TimeWindow;
  stories: Array<{ section: SectionId; story: BriefingStory }>;
  problems: RunProblem[];
  writer: Pick<Summarizer, 'provider' | 'model' | 'promptVersion'>;
  now: Date;
}): Briefing {
  const { config, meetingDate, window } = input;
  const bySection = new Map<SectionId, BriefingStory[]>(SECTION_IDS.map((id) => [id, []]));
  for (const { section, story } of input.stories) bySection.get(section)?.push(withKeyFigure(story));
  const withNews = SECTION_IDS.filter((id) => (bySection.get(id)?.length ?? 0) > 0);
  const openers = writeOpeners(withNews);
  const birthdays = writeBirthdays(config, meetingDate);
  const all = input.stories.map(({ story }) => story);
  return BriefingSchema.parse({
    version: 1,
    meta: {
      cellName: config.cell.name,
      unitName: config.cell.unit,
      meetingDate,
      window,
      generatedAt: input.now.toISOString(),
      targetMinutes: config.targetMinutes,
      writer: { provider: input.writer.provider, model: input.writer.model, promptVersion: input.writer.promptVersion ?? 'unversioned' },
    },
    intro: writeIntro(config, meetingDate, window, withNews),
    sections: SECTION_IDS.map((id) => ({ id, title: SECTION_TITLES[id], opener: openers[id], stories: bySection.get(id) ?? [] })),
    segments: birthdays ? [birthdays] : [],
    outro: writeOutro(config, window),
    report: {
      checked: all.length,
      flagged: all.filter((story) => story.check.status === 'flagged').length,
      fallback: all.filter((story) => story.check.status === 'fallback').length,
      problems: input.problems.map(({ stage, item, reason }) => ({ stage, item, reason })),
    },
  });
}
