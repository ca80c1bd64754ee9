import type { Feed } from '../domain/catalog.ts';
import type { FeedItem, Story } from '../domain/collected.ts';
import { BantinError } from '../domain/errors.ts';
import { noProgress } from '../domain/progress.ts';
import { createRunReport, type RunProblem } from '../domain/run-report.ts';
import type { BriefingStory } from '../domain/briefing.ts';
import type { SectionId } from '../domain/sections.ts';
import { FetchError } from '../fetch/fetch-errors.ts';
import { getJson, putJson } from '../providers/storage/storage.ts';
import { FeedFormatError, collectFeed } from '../stages/collect/collect-feed.ts';
import { fetchArticle } from '../stages/extract/fetch-article.ts';
import { writeSegment } from '../stages/speak/segment-cache.ts';
import { writeStory } from '../stages/write.ts';
import { advanceBulletin } from './advance-bulletin.ts';
import { assembleBulletin } from './bulletin-steps.ts';
import { getFeed } from './cell-directory.ts';
import type { ScaleDeps } from './scale-deps.ts';
import { bulletinsWaitingOn, failBulletin, finishWork, pendingWaits, workStatus } from './shared-work.ts';
import { startBulletin } from './start-due-bulletins.ts';
import { tickOf } from './schedule.ts';
import type { WorkMessage } from './work-message.ts';

/** One feed's items for one interval, as every cell using the feed reads them. */
export interface HarvestRecord {
  feedId: string;
  /** The feed URL, by which each cell finds its own entry for the feed (ids may differ between cells). */
  url?: string;
  status: 'ok' | 'not-modified' | 'error';
  items: FeedItem[];
  /** Vietnamese reason when status is error. */
  error?: string;
}

/** What the summarize step reads: the story as collected and the shared word budget. */
export interface StoryInputRecord {
  story: Story;
  words: number;
}

/** A story written once for every cell that selected it. */
export interface WrittenStoryRecord {
  section: SectionId;
  story: BriefingStory;
  problems: RunProblem[];
}

const SOURCES_PER_STORY = 4;

/** Runs one queue message. Throws only for failures worth a queue retry (storage, network to D1/R2). */
export async function handleWork(message: WorkMessage, deps: ScaleDeps): Promise<void> {
  if (message.kind === 'assemble') return assembleBulletin(message.bulletinId, deps);
  if (message.kind === 'start') return startBulletin(message.cellId, new Date(message.at), deps);
  if (message.kind === 'advance') return advanceBulletin(message.bulletinId, deps);
  const state = await workStatus(deps.db, message.key);
  if (!state) throw new Error(`shared work ${message.key} has no row in D1; was the database reset?`);
  // A redelivered message finds its work done: it only nudges the waiting bulletins again.
  if (state.status === 'queued') {
    const outcome = await runWork(message, state.resultKey, deps);
    await finishWork(deps.db, message.key, outcome, deps.now());
  }
  await nudgeWaiting(message.key, deps);
}

/**
 * Queues an `advance` for every bulletin this work unblocked. The last feed of an hour can unblock
 * dozens of cells; each moves on in its own invocation rather than all inside this one.
 */
async function nudgeWaiting(key: string, deps: ScaleDeps): Promise<void> {
  const ready: WorkMessage[] = [];
  for (const id of await bulletinsWaitingOn(deps.db, key)) {
    if ((await pendingWaits(deps.db, id)) === 0) ready.push({ kind: 'advance', bulletinId: id });
  }
  await deps.send(ready);
}

/** Marks dead-lettered work failed so the bulletins waiting on it go on (without that feed, story or segment). */
export async function handleDeadLetter(message: WorkMessage, deps: ScaleDeps): Promise<void> {
  if (message.kind === 'start' || message.kind === 'advance' || message.kind === 'assemble') {
    const id = message.kind === 'start' ? `${message.cellId}/${tickOf(new Date(message.at)).date}` : message.bulletinId;
    await failBulletin(deps.db, id, 'Không làm tiếp được bản tin sau nhiều lần thử (lỗi hệ thống). Hãy tạo bản tin từ trang Tạo bản tin.');
    return;
  }
  const what = message.kind === 'feed' ? `nguồn tin ${message.feedId}` : message.kind === 'story' ? 'tóm tắt một tin' : 'đọc một đoạn';
  await finishWork(deps.db, message.key, { status: 'failed', error: `Không làm được việc ${what} sau nhiều lần thử.` }, deps.now());
  await nudgeWaiting(message.key, deps);
}

async function runWork(message: Extract<WorkMessage, { kind: 'feed' | 'story' | 'segment' }>, resultKey: string, deps: ScaleDeps): Promise<{ status: 'done' } | { status: 'failed'; error: string }> {
  try {
    if (message.kind === 'feed') await fetchFeed(message.feed ?? (await getFeed(deps.db, message.feedId)), message.feedId, resultKey, deps);
    if (message.kind === 'story') await summarizeStory(message.key, resultKey, deps);
    if (message.kind === 'segment') await voiceSegment(message, resultKey, deps);
    return { status: 'done' };
  } catch (error) {
    if (error instanceof BantinError) return { status: 'failed', error: error.userMessage };
    throw error;
  }
}

async function fetchFeed(feed: Feed | null, feedId: string, resultKey: string, deps: ScaleDeps): Promise<void> {
  if (!feed) throw new BantinError('collect', `nguồn tin "${feedId}" không còn trong danh mục của tỉnh.`);
  let record: HarvestRecord;
  try {
    const harvest = await collectFeed(feed, { fetch: deps.fetch, cache: deps.shared, now: deps.now() });
    record = { feedId, url: feed.url, status: harvest.status, items: harvest.items };
  } catch (error) {
    // A broken feed is recorded, not retried: every cell's bulletin goes on without it.
    if (!(error instanceof FetchError || error instanceof FeedFormatError || error instanceof BantinError)) throw error;
    const reason = error instanceof FetchError ? error.userMessage : error instanceof BantinError ? error.userMessage : error.message;
    record = { feedId, url: feed.url, status: 'error', items: [], error: `nguồn "${feed.name}": ${reason}` };
  }
  await putJson(deps.shared, resultKey, record);
}

async function summarizeStory(key: string, resultKey: string, deps: ScaleDeps): Promise<void> {
  const inputKey = resultKey.replace(/written\.json$/, 'input.json');
  const input = await getJson<StoryInputRecord>(deps.shared, inputKey);
  if (!input) throw new Error(`story input ${inputKey} for ${key} is missing from R2`);
  const report = createRunReport();
  const story = await withArticleTexts(input.story, deps, report.add);
  const written = await writeStory(story, { config: deps.base, words: input.words }, { summarizer: deps.summarizer, cache: deps.shared, now: deps.now, progress: noProgress, report });
  const record: WrittenStoryRecord = { section: story.section, story: written, problems: report.problems };
  await putJson(deps.shared, resultKey, record);
}

/** The article texts of a story's first sources (cached by URL in R2); the feed summary stays when a page fails. */
async function withArticleTexts(story: Story, deps: ScaleDeps, report: (problem: RunProblem) => void): Promise<Story> {
  const sources = await Promise.all(
    story.sources.map(async (source, index) => {
      if (index >= SOURCES_PER_STORY) return source;
      try {
        const feed = await getFeed(deps.db, source.feedId);
        const article = await fetchArticle(source.url, feed?.article, { fetch: deps.fetch, cache: deps.shared });
        return article ? { ...source, text: article.paragraphs.join('\n\n') } : source;
      } catch (error) {
        if (!(error instanceof FetchError)) throw error;
        report({ stage: 'extract', item: source.url, reason: `bài "${story.title}": ${error.userMessage} Dùng tóm tắt từ nguồn tin.` });
        return source;
      }
    }),
  );
  return { ...story, sources, text: sources[0]?.text ?? story.text };
}

async function voiceSegment(message: Extract<WorkMessage, { kind: 'segment' }>, resultKey: string, deps: ScaleDeps): Promise<void> {
  if (await deps.shared.has(resultKey)) return;
  const tts = deps.ttsFor(message.voice, message.rate);
  const audio = await tts.synthesize(message.text, {});
  await writeSegment(deps.shared, message.segment, audio);
}
