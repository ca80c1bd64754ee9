/**
 * check: every written story's numbers, dates, names and quotes compared again with the article
 * text it keeps; what stays flagged goes to the run report and the briefing's report, and the
 * counts are recounted. The writer already checked each draft to decide whether to rewrite it or
 * fall back to the article's own words; this stage is what the reviewer sees.
 */
import { countStories, type Briefing, type BriefingStory } from '../domain/briefing.ts';
import type { Progress } from '../domain/progress.ts';
import type { RunProblem, RunReport } from '../domain/run-report.ts';
import { describeIssues } from './check/check-facts.ts';
import type { FactCheckCache } from './check/fact-check-cache.ts';
import { recheckBriefing } from './check/recheck-briefing.ts';

export function checkBriefing(briefing: Briefing, deps: { progress: Progress; report: RunReport; checks?: FactCheckCache }): Briefing {
  const total = countStories(briefing);
  deps.progress({ stage: 'check', done: 0, total, message: 'Đang kiểm tra số liệu, tên riêng' });
  const checked = recheckBriefing(briefing, deps.checks);
  const written = briefing.sections.flatMap((section) => section.stories);
  const problems: RunProblem[] = [];
  let done = 0;
  for (const [index, story] of checked.sections.flatMap((section) => section.stories).entries()) {
    const problem = checkProblem(story, written[index]!);
    if (problem) {
      problems.push(problem);
      deps.report.add(problem);
    }
    deps.progress({ stage: 'check', done: ++done, total, message: story.headline });
  }
  return { ...checked, report: { ...checked.report, problems: [...checked.report.problems, ...problems] } };
}

/**
 * What the reviewer must look at in one story, or null when its check passed. `written` is the
 * story as the writer left it: a draft replaced by the article's words was flagged there. A model
 * that could not answer is reported by the write stage; here only what a check found.
 */
export function checkProblem(story: BriefingStory, written: BriefingStory = story): RunProblem | null {
  const issues = story.check.issues.length > 0 ? story.check.issues : written.check.issues;
  if (story.check.status === 'passed' || issues.length === 0) return null;
  return { stage: 'check', item: story.sources[0]?.title ?? story.headline, reason: story.check.note ?? describeIssues(issues).join('; ') };
}
