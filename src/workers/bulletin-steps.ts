import type { Config } from '../config.ts';
import type { FeedStatus, TimeWindow } from '../domain/collected.ts';
import { BantinError } from '../domain/errors.ts';
import { noProgress } from '../domain/progress.ts';
import { createRunReport, mergeTimings, type RunProblem, type StageTiming } from '../domain/run-report.ts';
import { listSpokenItems } from '../domain/spoken-items.ts';
import { sha256Hex } from '../fetch/hash-key.ts';
import { renderBriefing } from '../pipeline.ts';
import { getJson, putJson } from '../providers/storage/storage.ts';
import { countStories, createBulletinStore, createCellSettings } from '../server/runtime-api.ts';
import { itemsInWindow, type HarvestedFeed } from '../stages/collect.ts';
import { clusterStories } from '../stages/cluster.ts';
import { selectBulletinStories } from '../stages/select.ts';
import { segmentKey } from '../stages/speak/segment-cache.ts';
import { storyWordsBasis } from '../stages/write.ts';
import { assembleBriefing } from '../stages/write/assemble-briefing.ts';
import { checkBriefing } from '../stages/check.ts';
import { createFactCheckCache } from '../stages/check/fact-check-cache.ts';
import { withStoredChecks } from '../stages/check/recheck-briefing.ts';
import { enabledCatalogOfCell } from './cell-catalog.ts';
import { cellConfig, getCell, membersOfCell } from './cell-directory.ts';
import type { ScaleDeps } from './scale-deps.ts';
import { addWaits, claimWork, failBulletin, getBulletin, releaseWork, waitsOf, workStatus, type BulletinRow } from './shared-work.ts';
import type { HarvestRecord, StoryInputRecord, WrittenStoryRecord } from './work-records.ts';
import type { WorkMessage } from './work-message.ts';

/** Bump when the way a story's work key is derived changes. */
const STORY_WORK_VERSION = 'story-work-2';

/** What the story step decided for one bulletin, kept in the cell's own folder. */
interface BulletinPlan {
  stories: string[];
  feeds: Array<FeedStatus & { name?: string }>;
  /** The stages this bulletin ran on its own so far (cluster, select). */
  timings?: StageTiming[];
}

export const planKey = (bulletinId: string) => `runs/${bulletinId.replace(/\//g, '-')}/plan.json`;
/** The id the web app shows: its own for a run started on the web page, else "lich-2026-11-27" (scheduled bulletin of that meeting). */
export const webBulletinId = (bulletin: Pick<BulletinRow, 'meeting_date' | 'web_id'>) => bulletin.web_id ?? `lich-${bulletin.meeting_date}`;

async function loadBulletin(id: string, deps: ScaleDeps): Promise<{ bulletin: BulletinRow; config: Config; window: TimeWindow }> {
  const bulletin = await getBulletin(deps.db, id);
  const cell = bulletin ? await getCell(deps.db, bulletin.cell_id) : null;
  if (!bulletin || !cell) throw new BantinError('config', `bản tin ${id} hoặc chi bộ của nó không còn trong cơ sở dữ liệu.`);
  // What editors saved in the cell's web app (minutes, voice, quotas, roster) wins over the D1 defaults.
  const defaults = cellConfig(deps.base, cell, await membersOfCell(deps.db, cell.id));
  const config = await createCellSettings(deps.cellStorage(cell.id).store, { config: defaults, defaultCatalog: { feeds: [] } }).runConfig();
  return { bulletin, config, window: { since: bulletin.window_since, until: bulletin.window_until } };
}

/** Claims what no one has claimed, records the bulletin's waits, queues the claimed work. */
async function claimAndQueue(bulletinId: string, work: Array<{ key: string; kind: 'story' | 'segment'; resultKey: string; message: WorkMessage; before?: () => Promise<void> }>, deps: ScaleDeps): Promise<void> {
  const claimed = await claimWork(deps.db, work, deps.now());
  const mine = work.filter((_, index) => claimed[index]);
  try {
    for (const item of mine) await item.before?.();
    await addWaits(deps.db, bulletinId, work.map((item) => item.key));
    await deps.send(mine.map((item) => item.message));
  } catch (error) {
    await releaseWork(deps.db, mine.map((item) => item.key));
    throw error;
  }
}

/** collecting → writing: cluster and select this cell's stories from the shared feed harvests, then queue their summaries. */
export async function planStories(id: string, deps: ScaleDeps): Promise<void> {
  const { bulletin, config, window } = await loadBulletin(id, deps);
  // The cell's catalog now (a feed disabled since the start is left out); harvests are matched by URL, as they are shared by URL.
  const { feeds: catalog, relevance } = await enabledCatalogOfCell(deps, bulletin.cell_id);
  const feeds = new Map(catalog.map((feed) => [feed.id, feed]));
  const byUrl = new Map(catalog.map((feed) => [feed.url, feed]));
  const harvests = await Promise.all((await waitsOf(deps.db, id, 'feed')).map((wait) => getJson<HarvestRecord>(deps.shared, wait.resultKey)));
  const harvested: HarvestedFeed[] = harvests.flatMap((harvest) => {
    const feed = harvest ? ((harvest.url ? byUrl.get(harvest.url) : undefined) ?? feeds.get(harvest.feedId)) : undefined;
    return harvest && feed ? [{ feed, status: harvest.status, items: harvest.items, ...(harvest.error ? { error: harvest.error } : {}) }] : [];
  });
  const collected = itemsInWindow(harvested, window);
  const statuses: BulletinPlan['feeds'] = collected.feeds.map((status) => ({ ...status, name: feeds.get(status.id)?.name }));
  // The feeds were fetched as shared work for every cell of the hour; what this cell ran itself is timed here.
  const report = createRunReport();
  const run = { progress: noProgress };
  const stories = await report.time('cluster', () => clusterStories(collected.items, { feeds, relevance }, run), (result) => result.length);
  const selected = await report.time('select', () => selectBulletinStories(stories, { window, quotas: config.quotas, feeds }, run), (result) => result.length);
  if (selected.length === 0) {
    throw new BantinError('select', `không có tin nào trong khoảng thời gian của bản tin từ ${feeds.size} nguồn tin của chi bộ. Kiểm tra danh mục nguồn tin (các nguồn lỗi: ${statuses.filter((s) => s.status === 'error').length}).`);
  }
  // Every story is written once for the province with the province's config (the summarize step
  // measures its length as Node's writeStory does), so cells that pick the same story share one
  // summary; a cell's own length setting changes how many stories it takes, not their length.
  const budget = storyWordsBasis(deps.base);
  const { provider, model, promptVersion } = deps.summarizer;
  const work = await Promise.all(
    selected.map(async (story) => {
      const hash = await sha256Hex(JSON.stringify([STORY_WORK_VERSION, provider, model, promptVersion ?? '', budget, story.section, story.title, story.sources.map((source) => [source.url, source.title, source.published])]));
      const input: StoryInputRecord = { story };
      return {
        key: `story:${hash}`,
        kind: 'story' as const,
        resultKey: `stories/${hash}/written.json`,
        message: { kind: 'story' as const, key: `story:${hash}` },
        before: () => putJson(deps.shared, `stories/${hash}/input.json`, input),
      };
    }),
  );
  const plan: BulletinPlan = { stories: work.map((item) => item.key), feeds: statuses, timings: report.timings };
  await putJson(deps.cellStorage(bulletin.cell_id).store, planKey(id), plan);
  await claimAndQueue(id, work, deps);
}

/** writing → speaking: the cell's briefing document from the shared stories, then queue the voicing of every item not voiced yet. */
export async function planSegments(id: string, deps: ScaleDeps): Promise<void> {
  const { bulletin, config, window } = await loadBulletin(id, deps);
  const { store, files } = deps.cellStorage(bulletin.cell_id);
  const plan = await getJson<BulletinPlan>(store, planKey(id));
  if (!plan) throw new Error(`plan of bulletin ${id} is missing from R2`);
  const problems: RunProblem[] = plan.feeds.filter((feed) => feed.error).map((feed) => ({ stage: 'collect', item: feed.id, reason: feed.error! }));
  const stories: Array<{ section: WrittenStoryRecord['section']; story: WrittenStoryRecord['story'] }> = [];
  for (const key of plan.stories) {
    const state = await workStatus(deps.db, key);
    const written = state?.status === 'done' ? await getJson<WrittenStoryRecord>(deps.shared, state.resultKey) : null;
    if (!written) {
      problems.push({ stage: 'write', item: key, reason: state?.error ?? 'Không viết được một tin; bản tin tiếp tục không có tin này.' });
      continue;
    }
    stories.push({ section: written.section, story: written.story });
    problems.push(...written.problems);
  }
  if (stories.length === 0) throw new BantinError('write', 'không viết được tin nào cho bản tin. Kiểm tra máy chủ mô hình ngôn ngữ (OPENAI_BASE_URL, OPENAI_API_KEY).');
  const report = createRunReport();
  const assembled = assembleBriefing({ config, meetingDate: bulletin.meeting_date, window, stories, problems, writer: deps.summarizer, now: deps.now() });
  // Cells that picked the same stories share their checks, and the assemble step finds them checked.
  const checks = createFactCheckCache({ cache: deps.shared, version: deps.codeVersion });
  const checked = await report.time('check', () => withStoredChecks(assembled, checks, () => checkBriefing(assembled, { progress: noProgress, report, checks })), (result) => countStories(result));
  const briefing = { ...checked, report: { ...checked.report, stages: mergeTimings(plan.timings, report.timings) } };
  const bulletins = createBulletinStore(store, files);
  await bulletins.create(webBulletinId(bulletin), briefing, plan.feeds, deps.now());

  const tts = deps.ttsFor(config.voice.name, config.voice.rate);
  const spoken = listSpokenItems(briefing)
    .map((item) => deps.normalize(item.text).trim())
    .filter((text) => /\p{L}/u.test(text));
  const work = await Promise.all(
    spoken.map(async (text) => {
      const segment = await segmentKey(text, { engine: tts.engine, name: tts.voice, rate: config.voice.rate });
      const key = `segment:${segment}`;
      return { key, kind: 'segment' as const, resultKey: `speech/segments/${segment}.wav`, message: { kind: 'segment' as const, key, segment, text, voice: config.voice.name, rate: config.voice.rate } };
    }),
  );
  // One bulletin may read the same words twice (two identical openers): claim each key once.
  await claimAndQueue(id, [...new Map(work.map((item) => [item.key, item])).values()], deps);
}

/** assembling → published: render audio and deck from the shared segments and publish into the cell's folder. */
export async function assembleBulletin(id: string, deps: ScaleDeps): Promise<void> {
  const { bulletin, config } = await loadBulletin(id, deps);
  if (bulletin.status !== 'assembling') return;
  const { store, files } = deps.cellStorage(bulletin.cell_id);
  const bulletins = createBulletinStore(store, files);
  const webId = webBulletinId(bulletin);
  const briefing = await bulletins.getDraft(webId);
  if (!briefing) throw new Error(`draft of bulletin ${id} is missing from R2`);
  try {
    const checks = createFactCheckCache({ cache: deps.shared, version: deps.codeVersion });
    const rendered = await renderBriefing(briefing, config, { cache: deps.shared, checks, tts: deps.ttsFor(config.voice.name, config.voice.rate), progress: noProgress, report: createRunReport(), normalize: deps.normalize });
    await bulletins.publish(webId, rendered, deps.now());
  } catch (error) {
    if (!(error instanceof BantinError)) throw error;
    await failBulletin(deps.db, id, error.userMessage);
    return;
  }
  await deps.db.prepare("UPDATE bulletins SET status = 'published', published_at = ? WHERE id = ? AND status = 'assembling'").bind(deps.now().toISOString(), id).run();
}
