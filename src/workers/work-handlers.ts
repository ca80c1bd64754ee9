import type { Feed } from '../domain/catalog.ts';
import type { Story } from '../domain/collected.ts';
import { BantinError } from '../domain/errors.ts';
import { noProgress } from '../domain/progress.ts';
import { createRunReport } from '../domain/run-report.ts';
import { getJson, putJson } from '../providers/storage/storage.ts';
import { harvestFeed } from '../stages/collect.ts';
import { extractArticles, SOURCES_PER_STORY } from '../stages/extract.ts';
import { createFactCheckCache } from '../stages/check/fact-check-cache.ts';
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
import type { HarvestRecord, StoryInputRecord, WrittenStoryRecord } from './work-records.ts';


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
  // A broken feed is recorded, not retried: every cell's bulletin goes on without it. Anything
  // unexpected is thrown, so the queue retries the message.
  const harvested = await harvestFeed(feed, { fetch: deps.fetch, cache: deps.shared, now: deps.now() }, () => null);
  const record: HarvestRecord = { feedId, url: feed.url, status: harvested.status, items: harvested.items, ...(harvested.error !== undefined ? { error: `nguồn "${feed.name}": ${harvested.error}` } : {}) };
  await putJson(deps.shared, resultKey, record);
}

/** extract → write for one story, shared by every cell that selected it. */
async function summarizeStory(key: string, resultKey: string, deps: ScaleDeps): Promise<void> {
  const inputKey = resultKey.replace(/written\.json$/, 'input.json');
  const input = await getJson<StoryInputRecord>(deps.shared, inputKey);
  if (!input) throw new Error(`story input ${inputKey} for ${key} is missing from R2`);
  const report = createRunReport();
  // The writer's checks are stored, so the cells' check steps find the drafts it kept already checked.
  const checks = createFactCheckCache({ cache: deps.shared, version: deps.codeVersion });
  const run = { fetch: deps.fetch, cache: deps.shared, summarizer: deps.summarizer, now: deps.now, progress: noProgress, report, checks };
  const feeds = await feedsOfSources(input.story, deps);
  const [story] = await extractArticles([input.story], feeds, run);
  // No words given: writeStory measures this story's range from its article as Node does (storyWords).
  const written = await writeStory(story!, { config: deps.base }, run);
  await checks.keep();
  const record: WrittenStoryRecord = { section: story!.section, story: written, problems: report.problems };
  await putJson(deps.shared, resultKey, record);
}

/** The pool's definitions of a story's feeds (their article selectors), by feed id. */
async function feedsOfSources(story: Story, deps: ScaleDeps): Promise<Map<string, Feed>> {
  const ids = [...new Set(story.sources.slice(0, SOURCES_PER_STORY).map((source) => source.feedId))];
  const feeds = await Promise.all(ids.map((id) => getFeed(deps.db, id)));
  return new Map(feeds.flatMap((feed) => (feed ? [[feed.id, feed] as const] : [])));
}

async function voiceSegment(message: Extract<WorkMessage, { kind: 'segment' }>, resultKey: string, deps: ScaleDeps): Promise<void> {
  if (await deps.shared.has(resultKey)) return;
  const tts = deps.ttsFor(message.voice, message.rate);
  const audio = await tts.synthesize(message.text, {});
  await writeSegment(deps.shared, message.segment, audio);
}
