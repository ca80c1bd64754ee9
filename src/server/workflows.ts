import type { Briefing } from '../domain/briefing.ts';
import { BantinError } from '../domain/errors.ts';
import type { TimeWindow } from '../domain/collected.ts';
import { getJson, putJson } from '../providers/storage/storage.ts';
import type { Session } from './auth/sessions.ts';
import type { JobRecord } from './jobs/job-record.ts';
import { createJobRunner, type JobRunner } from './jobs/job-runner.ts';
import { withQueuedGeneration } from './jobs/queued-jobs.ts';
import type { AppServices, TopicSource } from './services.ts';
import { TopicOutlineSchema, type TopicInput, type TopicOutline } from '../stages/topic/topic-outline.ts';
import { countStories, createBulletinStore, type BulletinStore } from './state/bulletins.ts';
import { createCellSettings, type CellSettings } from './state/cell-settings.ts';
import { markSample } from '../stages/write/script-frame.ts';
import { STAGES } from '../domain/progress.ts';

export interface TopicRecord {
  id: string;
  title: string;
  createdAt: string;
  createdBy: string;
  sources: string[];
  ready: boolean;
  /** Members see and download published topic decks only. */
  published?: boolean;
  /** What the build noticed: weak coverage of the title, LLM bullets rejected by the fact check. */
  problems?: string[];
  updatedAt?: string;
}

/** What a topic deck is rendered from: the sources as read and the (edited) outline. */
export interface TopicPlan {
  input: TopicInput;
  outline: TopicOutline;
}

const TOPIC_ID = /^[a-z0-9x]{6,32}$/;
const topicPlanKey = (id: string) => `topic-${id}/plan.json`;
const topicDeckKey = (id: string) => `topic-${id}/chuyen-de.pptx`;

const GENERATE_STAGES = STAGES;
const RENDER_STAGES = ['speak', 'deck', 'publish'] as const;

/** The app's use cases, shared by the pages and the JSON API. */
export function createWorkflows(services: AppServices) {
  const lane = `cell:${services.cellId ?? 'default'}`;
  const local: JobRunner = createJobRunner({ store: services.store, now: services.now, randomId: () => services.randomId(12), logger: services.logger });
  const runner: JobRunner = services.generationQueue ? withQueuedGeneration(local, services.generationQueue, lane) : local;
  const bulletins: BulletinStore = createBulletinStore(services.store, services.files);
  const cell: CellSettings = createCellSettings(services.store, services);

  async function defaultWindow(): Promise<TimeWindow> {
    const until = services.now();
    const last = await bulletins.lastCompleted();
    const since = last ? new Date(last.window.until) : new Date(until.getTime() - 7 * 86_400_000);
    return { since: since.toISOString(), until: until.toISOString() };
  }

  async function publishFiles(bulletinId: string, briefing: Briefing, context: Parameters<JobRunnerTask>[0]) {
    const config = await cell.runConfig();
    const files = await services.engine.render(briefing, config, context);
    context.signal.throwIfAborted();
    context.progress({ stage: 'publish', done: 0, total: Object.keys(files).length, message: 'Đang lưu các tệp' });
    await context.report.time(
      'publish',
      () => bulletins.publish(bulletinId, files, services.now(), (done, total) => context.progress({ stage: 'publish', done, total })),
      (record) => record.files.length,
    );
  }

  async function getTopic(id: string): Promise<{ record: TopicRecord; plan: TopicPlan | null } | null> {
    if (!TOPIC_ID.test(id)) return null;
    const record = await getJson<TopicRecord>(services.store, `topics/${id}`);
    if (!record) return null;
    const bytes = await services.files.get(topicPlanKey(id));
    return { record, plan: bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as TopicPlan) : null };
  }

  return {
    runner,
    bulletins,
    cell,
    lane,
    defaultWindow,
    /** Starts a bulletin, or returns the cell's running job (one at a time). */
    async startGeneration(user: Session, window?: TimeWindow, options: { sample?: boolean } = {}): Promise<{ job: JobRecord; started: boolean }> {
      const running = runner.running(lane);
      if (running) return { job: running, started: false };
      const period = window ?? (await defaultWindow());
      if (Date.parse(period.since) >= Date.parse(period.until)) throw new BantinError('server', 'Thời điểm bắt đầu phải trước thời điểm kết thúc.');
      if (options.sample && !services.sampleCatalog) throw new BantinError('server', 'Máy chủ này không có tin mẫu để chạy thử.');
      const [baseConfig, catalog] = await Promise.all([cell.runConfig(), options.sample ? services.sampleCatalog!() : cell.catalog()]);
      // The sample news is served on this machine, so a sample run may reach its feeds' own origins, and only those.
      const config = options.sample ? { ...baseConfig, allowedOrigins: [...baseConfig.allowedOrigins, ...catalog.feeds.map((feed) => new URL(feed.url).origin)] } : baseConfig;
      const enabled = { feeds: catalog.feeds.filter((feed) => feed.enabled) };
      if (enabled.feeds.length === 0) throw new BantinError('server', 'Chưa có nguồn tin nào đang bật. Hãy bật hoặc thêm nguồn ở trang Nguồn tin.');
      // Where a request cannot outlive a long run (Workers), the run goes to the queue; it reads the same catalog and settings.
      if (services.generationQueue && !options.sample) return services.generationQueue.start({ window: period, startedBy: user.username });
      return runner.start({
        kind: 'generate',
        lane,
        title: options.sample ? 'Tạo bản tin mẫu (tin chạy thử)' : 'Tạo bản tin',
        startedBy: user.username,
        stages: GENERATE_STAGES,
        task: async (context) => {
          const { briefing, feeds } = await services.engine.generate({ catalog: enabled, window: period, config }, context);
          if (options.sample) markSample(briefing);
          const names = new Map(enabled.feeds.map((feed) => [feed.id, feed.name]));
          const named = (feeds ?? []).map((feed) => ({ ...feed, name: names.get(feed.id) }));
          context.setFeeds(named);
          if (countStories(briefing) === 0) {
            const failed = (feeds ?? []).filter((feed) => feed.status === 'error').length;
            throw new BantinError(
              'server',
              failed > 0 && failed === (feeds ?? []).length
                ? `Không lấy được tin nào: cả ${failed} nguồn tin đều lỗi (xem danh sách bên dưới). Kiểm tra kết nối Internet, hoặc chọn nguồn "Tin mẫu" để chạy thử không cần Internet.`
                : 'Không có tin nào trong khoảng thời gian đã chọn. Hãy chọn khoảng thời gian dài hơn hoặc thêm nguồn tin.',
            );
          }
          context.signal.throwIfAborted();
          const id = `${briefing.meta.meetingDate}-${services.randomId(4).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
          // The draft is saved before audio and deck, so a failure there loses none of the writing.
          await bulletins.create(id, briefing, named, services.now());
          await publishFiles(id, briefing, context);
          return { bulletinId: id };
        },
      });
    },
    /** Speaks and builds the deck again from the edited draft. */
    async startRender(user: Session, bulletinId: string): Promise<{ job: JobRecord; started: boolean }> {
      const briefing = await bulletins.getDraft(bulletinId);
      if (!briefing) throw new BantinError('server', 'Không tìm thấy bản tin này.');
      return runner.start({
        kind: 'render',
        lane,
        title: 'Dựng lại âm thanh và trình chiếu',
        startedBy: user.username,
        stages: RENDER_STAGES,
        task: async (context) => {
          await publishFiles(bulletinId, briefing, context);
          return { bulletinId };
        },
      });
    },
    async startTopic(user: Session, title: string, sources: TopicSource[]): Promise<{ job: JobRecord; started: boolean }> {
      const topic: TopicRecord = {
        id: services.randomId(9).toLowerCase().replace(/[^a-z0-9]/g, 'x'),
        title,
        createdAt: services.now().toISOString(),
        createdBy: user.username,
        sources: sources.map((source) => (source.kind === 'file' ? source.name : source.url)),
        ready: false,
      };
      return runner.start({
        kind: 'topic',
        lane: `${lane}:topic`,
        title: `Chuyên đề: ${title}`,
        startedBy: user.username,
        stages: ['deck'],
        task: async (context) => {
          context.progress({ stage: 'deck', done: 0, total: 1, message: 'Đang dựng bài trình chiếu chuyên đề' });
          const built = await services.engine.buildTopicDeck({ title, sources }, await cell.runConfig(), context);
          await services.files.put(topicPlanKey(topic.id), JSON.stringify({ input: built.input, outline: built.outline } satisfies TopicPlan));
          await services.files.put(topicDeckKey(topic.id), built.pptx);
          await putJson(services.store, `topics/${topic.id}`, { ...topic, ready: true, published: false, problems: built.problems });
          context.progress({ stage: 'deck', done: 1, total: 1 });
          return { topicId: topic.id };
        },
      });
    },
    getTopic,
    /** Saves an edited outline and renders the deck again from it. */
    async startTopicRender(user: Session, id: string, outline: TopicOutline): Promise<{ job: JobRecord; started: boolean }> {
      const topic = await getTopic(id);
      if (!topic?.plan) throw new BantinError('server', 'Không tìm thấy trình chiếu chuyên đề này.');
      const plan: TopicPlan = { input: topic.plan.input, outline: TopicOutlineSchema.parse(outline) };
      await services.files.put(topicPlanKey(id), JSON.stringify(plan));
      return runner.start({
        kind: 'topic',
        lane: `${lane}:topic`,
        title: `Dựng lại chuyên đề: ${topic.record.title}`,
        startedBy: user.username,
        stages: ['deck'],
        task: async (context) => {
          context.progress({ stage: 'deck', done: 0, total: 1, message: 'Đang dựng lại bài trình chiếu chuyên đề' });
          const pptx = await services.engine.renderTopicDeck(plan.input, plan.outline, await cell.runConfig());
          await services.files.put(topicDeckKey(id), pptx);
          await putJson(services.store, `topics/${id}`, { ...topic.record, updatedAt: services.now().toISOString() });
          context.progress({ stage: 'deck', done: 1, total: 1 });
          return { topicId: id };
        },
      });
    },
    async setTopicPublished(id: string, published: boolean): Promise<TopicRecord> {
      const topic = await getTopic(id);
      if (!topic) throw new BantinError('server', 'Không tìm thấy trình chiếu chuyên đề này.');
      const record = { ...topic.record, published };
      await putJson(services.store, `topics/${id}`, record);
      return record;
    },
    async listTopics(): Promise<TopicRecord[]> {
      const keys = await services.store.list('topics/');
      const topics = await Promise.all(keys.map((key) => getJson<TopicRecord>(services.store, key)));
      return topics.filter((topic): topic is TopicRecord => topic !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  };
}

type JobRunnerTask = Parameters<JobRunner['start']>[0]['task'];
export type Workflows = ReturnType<typeof createWorkflows>;
