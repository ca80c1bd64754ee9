/**
 * Scale simulation: 500 cells, each drawing 30 feeds from a pool of 60, on weekly slots spread over
 * ten hours of the week. Runs the real Workers orchestration (src/workers/) in-process: SQLite for
 * D1, memory for R2, arrays for Queues, a fake news web, LLM and voice. Prints the work done with
 * sharing beside the naive one-machine-per-cell count, and the cost per cell per month.
 * Run: node src/bin/run-ts.mjs test/bench/scale.ts [cells]
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigSchema } from '../../src/config.ts';
import { FeedSchema, type Feed } from '../../src/domain/catalog.ts';
import { listSpokenItems } from '../../src/domain/spoken-items.ts';
import type { Briefing } from '../../src/domain/briefing.ts';
import type { Summarizer } from '../../src/providers/llm/llm.ts';
import { createMemoryStorage } from '../../src/providers/storage/memory.ts';
import { getJson, type Storage } from '../../src/providers/storage/storage.ts';
import type { Tts } from '../../src/providers/tts/tts.ts';
import { DEFAULT_LEXICON, normalizeForSpeech } from '../../src/speech/normalize/normalize.ts';
import { saveCell, saveFeeds } from '../../src/workers/cell-directory.ts';
import type { ScaleDeps } from '../../src/workers/scale-deps.ts';
import { startDueBulletins } from '../../src/workers/start-due-bulletins.ts';
import { handleWork } from '../../src/workers/work-handlers.ts';
import type { WorkMessage } from '../../src/workers/work-message.ts';
import { createSqliteD1 } from './sqlite-d1-node.ts';
import { buildNewsWeb } from './scale-news-web.ts';
import { printCosts } from './scale-costs.ts';

export interface ScaleOptions {
  cells?: number;
  poolFeeds?: number;
  feedsPerCell?: number;
  /** Messages each simulated consumer invocation takes from a queue. */
  batchSize?: number;
  /**
   * Bulletins fully assembled (MP3 + deck). Assembly is per-cell CPU work with nothing shared; the
   * rest stop at "assembling" so 500 cells fit in a few minutes. Published sizes are averaged over these.
   */
  assembleSample?: number;
}

/** Deterministic PRNG so every run draws the same province. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weekly slots: Monday–Friday at 08:00 and 14:00, Vietnam time (UTC+7). */
const SLOTS = [1, 2, 3, 4, 5].flatMap((weekday) => [8, 14].map((hour) => ({ weekday, hour })));
const slotInstant = (slot: { weekday: number; hour: number }) => new Date(Date.UTC(2026, 10, 22 + slot.weekday, slot.hour - 7));

export async function benchScale(options: ScaleOptions = {}): Promise<void> {
  const cells = options.cells ?? 500;
  const poolSize = options.poolFeeds ?? 60;
  const perCell = options.feedsPerCell ?? 30;
  const batchSize = options.batchSize ?? 8;
  const assembleSample = options.assembleSample ?? 25;
  let assembled = 0;
  const draw = random(7);
  const started = performance.now();

  let clock = slotInstant(SLOTS[0]!);
  const web = buildNewsWeb({ feeds: poolSize, now: () => clock, draw });
  const migration = fileURLToPath(new URL('../../src/workers/migrations/0001_cells_and_shared_work.sql', import.meta.url));
  const db = createSqliteD1([migration]);
  const r2 = { puts: 0 };
  // Counts writes as R2 Class A operations.
  const counted = (storage: Storage): Storage => ({ ...storage, put: (key, value) => ((r2.puts += 1), storage.put(key, value)) });
  const shared = counted(createMemoryStorage());
  const cellFolders = new Map<string, { store: Storage; files: Storage }>();
  const queued: WorkMessage[] = [];
  const sent: Record<WorkMessage['kind'], number> = { start: 0, feed: 0, story: 0, advance: 0, segment: 0, assemble: 0 };
  const invocations = { count: 0 };
  const storyKeys = new Set<string>();
  const llm = { calls: 0, inputChars: 0, outputChars: 0 };
  const voice = { calls: 0, chars: 0 };

  const summarizer: Summarizer = {
    provider: 'fake',
    model: 'fake-mini',
    promptVersion: 'bench-1',
    async summarize(input) {
      llm.calls += 1;
      llm.inputChars += input.sources.reduce((sum, source) => sum + Math.min(6000, source.text.length) + source.title.length, 0);
      const sentences = (input.sources[0]?.text ?? input.title).split(/(?<=\.)\s+/);
      const draft = { headline: input.title, script: `Theo ${input.sources[0]?.name ?? 'nguồn tin'}, ${sentences.slice(0, 2).join(' ')}`, bullets: sentences.slice(0, 2).map((s) => s.split(' ').slice(0, 10).join(' ')) };
      if (draft.bullets.length < 2) draft.bullets.push(input.title);
      llm.outputChars += draft.script.length + draft.headline.length;
      return draft;
    },
  };
  const ttsFor = (name: string): Tts => ({
    engine: 'fake',
    voice: name,
    async synthesize(text) {
      voice.calls += 1;
      voice.chars += text.length;
      // 0.1 s of tone: enough for the audio stage, cheap to encode 500 times.
      const samples = new Int16Array(2400).map((_, i) => Math.round(8000 * Math.sin(i / 3)));
      return { sampleRate: 24_000, samples };
    },
  });
  const base = ConfigSchema.parse({ llm: { provider: 'openai', model: 'fake-mini' }, voice: { provider: 'azure', name: 'vi-VN-HoaiMyNeural' } });
  const normalize = (text: string) => normalizeForSpeech(text, { thousand: base.voice.thousand, lexicon: DEFAULT_LEXICON });
  const deps: ScaleDeps = {
    db,
    shared,
    cellStorage: (id) => {
      if (!cellFolders.has(id)) cellFolders.set(id, { store: counted(createMemoryStorage()), files: counted(createMemoryStorage()) });
      return cellFolders.get(id)!;
    },
    send: async (messages) => {
      for (const message of messages) {
        sent[message.kind] += 1;
        if (message.kind === 'story') storyKeys.add(message.key);
      }
      queued.push(...messages);
    },
    fetch: web.fetch,
    summarizer,
    ttsFor: (name) => ttsFor(name),
    normalize,
    base,
    now: () => clock,
    logger: { info: () => undefined, error: (message) => console.error(message) },
  };

  const pool: Feed[] = web.feeds.map((feed) => FeedSchema.parse(feed));
  await saveFeeds(db, pool);
  for (let index = 0; index < cells; index += 1) {
    const chosen = [...pool].sort(() => draw() - 0.5).slice(0, perCell).map((feed) => feed.id);
    const slot = SLOTS[index % SLOTS.length]!;
    const members = Array.from({ length: 8 }, (_, m) => ({ name: `Đảng viên ${m + 1} chi bộ ${index + 1}`, birthDate: `19${70 + m}-11-${String(20 + (index % 9)).padStart(2, '0')}` }));
    await saveCell(db, { id: `chi-bo-${index + 1}`, name: `Chi bộ số ${index + 1}`, unit: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', scheduleWeekday: slot.weekday, scheduleHour: slot.hour, voice: index % 5 === 4 ? 'vi-VN-NamMinhNeural' : 'vi-VN-HoaiMyNeural', settings: {} }, chosen, members);
  }

  const bulletinIds: string[] = [];
  for (const slot of SLOTS) {
    clock = slotInstant(slot);
    bulletinIds.push(...(await startDueBulletins(clock, deps)));
    // Consumers take batches; the messages of one batch run concurrently, as separate invocations may.
    while (queued.length > 0) {
      const batch = queued.splice(0, batchSize).filter((message) => message.kind !== 'assemble' || assembled++ < assembleSample);
      invocations.count += 1;
      await Promise.all(batch.map((message) => handleWork(message, deps)));
    }
  }
  const seconds = (performance.now() - started) / 1000;

  const { results } = await db.prepare('SELECT status, COUNT(*) AS n FROM bulletins GROUP BY status').all<{ status: string; n: number }>();
  const naive = { feeds: cells * perCell, articles: 0, llm: 0, segments: 0, ttsChars: 0, llmInputChars: 0 };
  let publishedBytes = 0;
  for (const id of bulletinIds) {
    const [cellId] = id.split('/');
    const { store, files } = deps.cellStorage(cellId!);
    const plan = await getJson<{ stories: string[] }>(store, `runs/${id.replace(/\//g, '-')}/plan.json`);
    for (const key of plan?.stories ?? []) {
      const input = await getJson<{ story: { sources: Array<{ text: string; title: string }> } }>(shared, `stories/${key.slice('story:'.length)}/input.json`);
      naive.llm += 1;
      naive.articles += Math.min(4, input?.story.sources.length ?? 0);
    }
    const briefing = await getJson<Briefing>(store, `bulletins/lich-${id.split('/')[1]}/draft`);
    for (const item of briefing ? listSpokenItems(briefing) : []) {
      naive.segments += 1;
      naive.ttsChars += normalize(item.text).length;
    }
    for (const key of await files.list('')) if (!key.endsWith('.mp3')) publishedBytes += (await files.get(key))?.byteLength ?? 0;
  }
  naive.llmInputChars = naive.llm * (llm.inputChars / Math.max(1, llm.calls));

  console.log(`${cells} cells × ${perCell} of ${poolSize} feeds, ${SLOTS.length} weekly slots; bulletins: ${results.map((row) => `${row.status} ${row.n}`).join(', ')}; ${Math.min(assembled, assembleSample)} assembled to MP3 + deck; ran in ${seconds.toFixed(1)} s`);
  const row = (name: string, shared: number, alone: number) => console.log(`  ${name.padEnd(30)} ${String(Math.round(shared)).padStart(10)} ${String(Math.round(alone)).padStart(12)} ${(alone / Math.max(1, shared)).toFixed(1).padStart(8)}×`);
  console.log(`  ${'per week'.padEnd(30)} ${'shared'.padStart(10)} ${'one per cell'.padStart(12)} ${'saving'.padStart(9)}`);
  row('feed fetches', web.counts.feeds, naive.feeds);
  row('article fetches', web.counts.articles, naive.articles);
  row('LLM calls (stories summarized)', llm.calls, naive.llm);
  row('LLM input characters', llm.inputChars, naive.llmInputChars);
  row('segments voiced', voice.calls, naive.segments);
  row('characters voiced (Azure)', voice.chars, naive.ttsChars);
  console.log(`  distinct story keys ${storyKeys.size}`);
  console.log(`  queue messages: start ${sent.start}, feed ${sent.feed}, story ${sent.story}, segment ${sent.segment}, advance ${sent.advance}, assemble ${sent.assemble}; simulated consumer batches (8 messages) ${invocations.count}; D1 statements ${db.queries}`);
  printCosts({ cells, shared: { llmCalls: llm.calls, llmInputChars: llm.inputChars, llmOutputChars: llm.outputChars, ttsChars: voice.chars, segments: voice.calls }, naive: { llmCalls: naive.llm, llmInputChars: naive.llmInputChars, llmOutputChars: naive.llm * (llm.outputChars / Math.max(1, llm.calls)), ttsChars: naive.ttsChars, segments: naive.segments }, messages: Object.values(sent).reduce((a, b) => a + b, 0), invocations: invocations.count, d1Queries: db.queries, d1RowsWritten: db.rowsWritten, r2Puts: r2.puts, publishedBytesNonAudio: publishedBytes, assembled: Math.min(assembled, assembleSample), bulletins: bulletinIds.length });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchScale({ cells: Number(process.argv[2] ?? 500) });
}
