import type { BriefingStory, CheckIssue, CheckResult } from '../../domain/briefing.ts';
import type { Story } from '../../domain/collected.ts';
import type { Progress } from '../../domain/progress.ts';
import type { RunReport } from '../../domain/run-report.ts';
import type { StoryDraft, Summarizer, SummaryInput } from '../../providers/llm/llm.ts';
import type { Storage } from '../../providers/storage/storage.ts';
import { localDateParts } from '../../text/anchor-style.ts';
import { summarizeExtractively } from '../../providers/llm/extractive.ts';
import { screenInstructions } from '../../text/screen-instructions.ts';
import { describeIssues } from '../check/check-facts.ts';
import { createFactCheckCache, type FactCheckCache } from '../check/fact-check-cache.ts';
import { capArticle, MAX_ARTICLE_CHARS } from './cap-article.ts';
import type { WordRange } from './word-budget.ts';
import { keepsDraft } from '../check/keep-draft.ts';
import { draftCacheKey, readCachedStory, writeCachedStory, type CachedStory } from './draft-cache.ts';

export interface WriteDeps {
  summarizer: Summarizer;
  cache: Storage;
  now: () => Date;
  progress: Progress;
  report: RunReport;
  signal?: AbortSignal;
  /** The run's fact checks: the check stage then finds each draft the writer kept already checked. */
  checks?: FactCheckCache;
}

/** Sources the summarizer sees: the primary and up to two others, enough to cross-check, bounded in tokens. */
const MAX_SOURCES = 3;

/**
 * The summarizer's input, with instruction-like sentences taken out of the articles and each article
 * cut to MAX_ARTICLE_CHARS (`cut` names the sources that were longer).
 */
export function buildSummaryInput(
  story: Story,
  words: number | WordRange,
  context: WriteContext = {},
): { input: SummaryInput; removed: string[]; cut: Array<{ name: string; chars: number }> } {
  const removed: string[] = [];
  const cut: Array<{ name: string; chars: number }> = [];
  const capped = (name: string, text: string) => {
    const result = capArticle(text);
    if (result.cut) cut.push({ name, chars: text.length });
    return result.text;
  };
  const range: Partial<WordRange> & { max: number } = typeof words === 'number' ? { max: words } : words;
  const sources = (story.sources.length > 0 ? story.sources : []).slice(0, MAX_SOURCES).map((source) => {
    const screened = screenInstructions(capped(source.name, source.text));
    removed.push(...screened.removed);
    return { name: source.name, title: source.title, url: source.url, published: source.published || null, text: screened.text };
  });
  if (sources.length === 0) {
    const screened = screenInstructions(capped('nguồn tin', story.text));
    removed.push(...screened.removed);
    sources.push({ name: 'nguồn tin', title: story.title, url: '', published: story.published || null, text: screened.text });
  }
  const input: SummaryInput = { storyId: story.id, section: story.section, title: story.title, sources, words: range.max, ...context };
  if (range.min !== undefined) input.minWords = Math.min(range.min, range.max);
  if (range.limit !== undefined) input.limitWords = Math.max(range.limit, range.max);
  return { input, removed, cut };
}

/** When the bulletin is read and which news it covers: the model writes absolute dates from it. */
export interface WriteContext {
  meetingDate?: string;
  window?: { since: string; until: string };
}

/**
 * Characters of each article kept in briefing.json so edits are re-checked against the same text
 * the writer's check used; a typical article fits whole, a long one keeps its first part.
 */
const KEPT_SOURCE_CHARS = 20_000;

/** What the template may say that no article does: outlet names and publication dates. */
function allowedPhrases(input: SummaryInput): string[] {
  return input.sources.flatMap((source) => {
    const date = localDateParts(source.published);
    return [source.name, ...(date ? [`ngày ${date.day}/${date.month}/${date.year}`] : [])];
  });
}

function check(draft: StoryDraft, input: SummaryInput, checks: FactCheckCache): CheckIssue[] {
  const sourceTexts = input.sources.flatMap((source) => [source.title, source.text.slice(0, KEPT_SOURCE_CHARS)]);
  return checks.check({ draft: { headline: draft.headline, script: draft.script, bullets: draft.bullets }, sourceTexts, allowed: allowedPhrases(input) });
}

function issueList(issues: CheckIssue[]): string {
  return describeIssues(issues).join('; ');
}

function keptNote(issues: CheckIssue[]): string {
  return `Giữ bản đã viết; chỉ khác bài gốc về cách viết hoặc ngữ cảnh, cần xem lại: ${issueList(issues)}.`;
}

/**
 * Writes one story and checks it: summarize → check → (regenerate once with the problems as
 * feedback) → check → extractive fallback. Never returns an empty story.
 */
async function draftAndCheck(input: SummaryInput, deps: WriteDeps): Promise<CachedStory & { cacheable: boolean }> {
  const { summarizer } = deps;
  const extractive = summarizer.provider === 'extractive';
  const checks = deps.checks ?? createFactCheckCache();
  const fallback = (issues: CheckIssue[], note: string): CachedStory => {
    const draft = summarizeExtractively(input);
    const own = check(draft, input, checks);
    const suffix = own.length > 0 ? ` Trích đoạn thay thế cũng cần đối chiếu: ${issueList(own)}.` : '';
    return { draft, check: { status: 'fallback', writer: 'extractive', issues: [...issues, ...own], note: `${note}${suffix}` } };
  };

  let draft: StoryDraft;
  try {
    draft = await summarizer.summarize(input, { signal: deps.signal });
  } catch (error) {
    if (deps.signal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    deps.report.add({ stage: 'write', item: input.title, reason: `Không viết được bằng mô hình: ${reason} Đã dùng trích đoạn từ bài gốc.` });
    // Not cached: the next run should try the model again.
    return { ...fallback([], `Mô hình không viết được tin này (${reason}); đã dùng trích đoạn nguyên văn từ bài gốc.`), cacheable: false };
  }

  const issues = check(draft, input, checks);
  const writer: CheckResult['writer'] = extractive ? 'extractive' : 'llm';
  if (issues.length === 0) return { draft, check: { status: 'passed', writer, issues: [] }, cacheable: true };
  if (keepsDraft(issues)) return { draft, check: { status: 'flagged', writer, issues, note: keptNote(issues) }, cacheable: true };
  if (extractive) {
    return { draft, check: { status: 'flagged', writer, issues, note: `Cần đối chiếu với bài gốc: ${issueList(issues)}.` }, cacheable: true };
  }

  let retry: StoryDraft;
  try {
    retry = await summarizer.summarize(input, { signal: deps.signal, feedback: describeIssues(issues) });
  } catch (error) {
    if (deps.signal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return { ...fallback(issues, `Bản do mô hình viết có ${issueList(issues)}; viết lại thất bại (${reason}), nên đã thay bằng trích đoạn nguyên văn từ bài gốc.`), cacheable: false };
  }
  const retryIssues = check(retry, input, checks);
  if (retryIssues.length === 0) {
    return { draft: retry, check: { status: 'passed', writer, issues: [], note: `Bản đầu có ${issueList(issues)}; đã viết lại một lần và kiểm tra đạt.` }, cacheable: true };
  }
  if (keepsDraft(retryIssues)) return { draft: retry, check: { status: 'flagged', writer, issues: retryIssues, note: keptNote(retryIssues) }, cacheable: true };
  return {
    ...fallback(retryIssues, `Bản do mô hình viết có ${issueList(retryIssues)}; đã viết lại một lần vẫn sai, nên đã thay bằng trích đoạn nguyên văn từ bài gốc.`),
    cacheable: true,
  };
}

/** One story of the briefing, cached by its input so unchanged news costs no model call. */
export async function writeCheckedStory(story: Story, words: number | WordRange, deps: WriteDeps, refresh = false, context: WriteContext = {}): Promise<BriefingStory> {
  const { input, removed, cut } = buildSummaryInput(story, words, context);
  for (const source of cut) {
    deps.report.add({
      stage: 'write',
      item: story.title,
      reason: `Bài của ${source.name} dài ${source.chars.toLocaleString('vi-VN')} ký tự, quá giới hạn ${MAX_ARTICLE_CHARS.toLocaleString('vi-VN')} ký tự: chỉ phần đầu được dùng để viết và đối chiếu tin. Nếu ý chính nằm ở phần sau, hãy sửa tin trong trang duyệt hoặc thêm tin từ một địa chỉ khác.`,
    });
  }
  if (removed.length > 0) {
    deps.report.add({
      stage: 'write',
      item: story.title,
      reason: `Bài có ${removed.length} câu giống câu lệnh gửi cho trí tuệ nhân tạo, đã bỏ ra trước khi tóm tắt: "${removed[0]!.slice(0, 120)}"`,
    });
  }
  const key = await draftCacheKey(deps.summarizer, input);
  let written: CachedStory | null = refresh ? null : await readCachedStory(deps.cache, key);
  if (!written) {
    const fresh = await draftAndCheck(input, deps);
    written = { draft: fresh.draft, check: fresh.check };
    if (fresh.cacheable) await writeCachedStory(deps.cache, key, written);
  }
  return {
    id: story.id,
    headline: written.draft.headline,
    script: written.draft.script,
    bullets: written.draft.bullets,
    sources: story.sources.length > 0
      ? story.sources.map((source, index) => ({
          feedId: source.feedId,
          name: source.name,
          url: source.url,
          title: source.title,
          published: source.published || null,
          ...(index < input.sources.length ? { text: input.sources[index]!.text.slice(0, KEPT_SOURCE_CHARS) } : {}),
        }))
      : [{ feedId: 'khong-ro', name: 'Nguồn tin', url: story.id, title: story.title, published: story.published || null, text: input.sources[0]?.text.slice(0, KEPT_SOURCE_CHARS) ?? '' }],
    check: written.check,
  };
}
