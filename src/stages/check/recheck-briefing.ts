import type { Briefing, BriefingStory, CheckResult } from '../../domain/briefing.ts';
import { localDateParts } from '../../text/anchor-style.ts';
import { describeIssues } from './check-facts.ts';
import { createFactCheckCache, type FactCheckCache, type FactCheckInput } from './fact-check-cache.ts';

/**
 * The check of one story run again on its current text, against the article text kept in
 * briefing.json: an edit on the review page, through the API or in briefing.json before
 * `bantin render --from` is flagged like a model's draft would be.
 */
export function recheckStory(story: BriefingStory, checks: FactCheckCache = createFactCheckCache()): BriefingStory {
  const input = storyCheckInput(story);
  if (!input) {
    if (story.check.writer !== 'editor') return story;
    // A briefing written before article texts were kept: nothing to compare an edit with.
    return { ...story, check: { ...story.check, status: 'flagged', note: 'Tin đã sửa tay nhưng bản tin không còn lưu văn bản bài nguồn để đối chiếu; cần xem lại với bài gốc.' } };
  }
  const issues = checks.check(input);
  const keepFallback = story.check.status === 'fallback' && story.check.writer !== 'editor';
  const status: CheckResult['status'] = keepFallback ? 'fallback' : issues.length > 0 ? 'flagged' : 'passed';
  const unchanged = status === story.check.status && JSON.stringify(issues) === JSON.stringify(story.check.issues);
  if (unchanged) return story;
  const edited = story.check.writer === 'editor' ? 'Biên tập viên đã sửa tay; ' : '';
  const note = issues.length > 0
    ? `${edited}đối chiếu lại với bài nguồn, cần xem lại: ${describeIssues(issues).join('; ')}.`
    : `${edited}đã đối chiếu lại với bài nguồn: số liệu, ngày tháng, tên riêng và trích dẫn đều có trong bài.`;
  return { ...story, check: { ...story.check, status, issues, note: keepFallback ? story.check.note : note } };
}

/** What the check of a story reads: its text against its kept article texts; null when no article text was kept. */
export function storyCheckInput(story: BriefingStory): FactCheckInput | null {
  const sourceTexts = story.sources.flatMap((source) => (source.text ? [source.title, source.text] : []));
  if (sourceTexts.length === 0) return null;
  const allowed = story.sources.flatMap((source) => {
    const date = localDateParts(source.published);
    return [source.name, ...(date ? [`ngày ${date.day}/${date.month}/${date.year}`] : [])];
  });
  return { draft: { headline: story.headline, script: story.script, bullets: story.bullets }, sourceTexts, allowed };
}

/** Every story re-checked and the report's counts recounted. */
export function recheckBriefing(briefing: Briefing, checks: FactCheckCache = createFactCheckCache()): Briefing {
  return recountChecks({ ...briefing, sections: briefing.sections.map((section) => ({ ...section, stories: section.stories.map((story) => recheckStory(story, checks)) })) });
}

/**
 * `check` (a synchronous check of the briefing through `checks`) with the stored results of the
 * briefing's stories read in before it and its new results stored after: a story checked by an
 * earlier run or step is not checked again.
 */
export async function withStoredChecks<T>(briefing: Briefing, checks: FactCheckCache, check: () => T): Promise<T> {
  await checks.recall(briefing.sections.flatMap((section) => section.stories.flatMap((story) => storyCheckInput(story) ?? [])));
  const result = check();
  await checks.keep();
  return result;
}

/** The report's check counts from the stories' current check results. */
export function recountChecks(briefing: Briefing): Briefing {
  const all = briefing.sections.flatMap((section) => section.stories);
  return {
    ...briefing,
    report: {
      ...briefing.report,
      checked: all.length,
      flagged: all.filter((story) => story.check.status === 'flagged').length,
      fallback: all.filter((story) => story.check.status === 'fallback').length,
    },
  };
}
