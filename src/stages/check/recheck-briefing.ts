import type { Briefing, BriefingStory, CheckResult } from '../../domain/briefing.ts';
import { localDateParts } from '../../text/anchor-style.ts';
import { checkFacts, describeIssues } from './check-facts.ts';

/**
 * The check of one story run again on its current text, against the article text kept in
 * briefing.json: an edit on the review page, through the API or in briefing.json before
 * `bantin render --from` is flagged like a model's draft would be.
 */
export function recheckStory(story: BriefingStory): BriefingStory {
  const texts = story.sources.flatMap((source) => (source.text ? [source.title, source.text] : []));
  if (texts.length === 0) {
    if (story.check.writer !== 'editor') return story;
    // A briefing written before article texts were kept: nothing to compare an edit with.
    return { ...story, check: { ...story.check, status: 'flagged', note: 'Tin đã sửa tay nhưng bản tin không còn lưu văn bản bài nguồn để đối chiếu; cần xem lại với bài gốc.' } };
  }
  const allowed = story.sources.flatMap((source) => {
    const date = localDateParts(source.published);
    return [source.name, ...(date ? [`ngày ${date.day}/${date.month}/${date.year}`] : [])];
  });
  const issues = checkFacts(story, texts, { allowed });
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

/** Every story re-checked and the report's counts recounted. */
export function recheckBriefing(briefing: Briefing): Briefing {
  return recountChecks({ ...briefing, sections: briefing.sections.map((section) => ({ ...section, stories: section.stories.map(recheckStory) })) });
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
