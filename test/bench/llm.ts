/**
 * LLM benchmark: `node src/bin/run-ts.mjs test/bench/llm.ts` (or `npm run bench -- llm`).
 * A local Chat Completions server answers every request after a fixed delay. We time writing 15
 * stories with the configured concurrency against one at a time in the same run, then a re-run
 * over a warm cache, and measure what each request sends against the article's own length.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { ConfigSchema } from '../../src/config.ts';
import type { Story } from '../../src/domain/collected.ts';
import { createRunReport } from '../../src/domain/run-report.ts';
import { SECTION_IDS, type SectionId } from '../../src/domain/sections.ts';
import { loadPromptTemplate } from '../../src/providers/llm/load-prompt-node.ts';
import { createOpenAiSummarizer } from '../../src/providers/llm/openai.ts';
import { createMemoryStorage } from '../../src/providers/storage/memory.ts';
import type { Storage } from '../../src/providers/storage/storage.ts';
import { writeBriefing } from '../../src/stages/write.ts';
import { loadStoryFixtures } from '../fixtures/stories/load-stories.ts';
import { draftReply, startFakeChatServer } from '../providers/llm/fake-chat-server.ts';
import { faithfulDraft } from '../providers/llm/fake-models.ts';

const DELAY_MS = 300;
const STORY_COUNT = 15;
const DEMO_ARTICLES = fileURLToPath(new URL('../../feeds/demo/articles/', import.meta.url));

/** 15 stories: the demo corpus when it is there (team-written, in the repo), else the test fixtures. */
export function benchStories(): { stories: Story[]; origin: string } {
  if (existsSync(DEMO_ARTICLES)) {
    const stories: Story[] = [];
    for (const outlet of readdirSync(DEMO_ARTICLES).sort()) {
      for (const file of readdirSync(`${DEMO_ARTICLES}${outlet}`).filter((name) => name.endsWith('.md')).sort()) {
        const raw = readFileSync(`${DEMO_ARTICLES}${outlet}/${file}`, 'utf8').replace(/\{\{year\}\}/g, '2026').replace(/\{\{dm\}\}/g, '24/11');
        const front = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
        if (!front) continue;
        const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(front[1]!)?.[1]?.trim() ?? '';
        const section = field('section') as SectionId;
        if (!SECTION_IDS.includes(section)) continue;
        const text = front[2]!.trim();
        const published = '2026-11-24T08:00:00+07:00';
        stories.push({ id: `${outlet}-${file}`, section, title: field('title'), published, score: 1, text, sources: [{ feedId: outlet, name: outlet, url: `http://127.0.0.1/${outlet}/${file}`, title: field('title'), published, official: true, text }] });
      }
    }
    if (stories.length >= STORY_COUNT) return { stories: spread(stories).slice(0, STORY_COUNT), origin: 'feeds/demo/articles' };
  }
  const fixtures = loadStoryFixtures();
  const stories = Array.from({ length: STORY_COUNT }, (_, index) => {
    const story = fixtures[index % fixtures.length]!;
    const text = `${story.text}\n\nBản số ${index + 1}.`;
    return { ...story, id: `${story.id}-${index}`, text, sources: [{ ...story.sources[0]!, text }] };
  });
  return { stories, origin: 'test/fixtures/stories (repeated)' };
}

/** Round-robin over sections so the 15 cover all five. */
function spread(stories: Story[]): Story[] {
  const queues = SECTION_IDS.map((id) => stories.filter((story) => story.section === id));
  const out: Story[] = [];
  while (queues.some((queue) => queue.length > 0)) for (const queue of queues) if (queue.length > 0) out.push(queue.shift()!);
  return out;
}

/** Best (least) of several wall times: the machine is shared, and noise only ever adds time. */
function best(values: number[]): number {
  return Math.min(...values);
}

export async function benchLlm(): Promise<void> {
  const { stories, origin } = benchStories();
  const server = await startFakeChatServer((request) => ({ ...draftReply(faithfulDraft(request)), delayMs: DELAY_MS }));
  const prompt = loadPromptTemplate('summarize-story');
  const defaults = ConfigSchema.parse({ llm: { provider: 'openai' } });
  const collected = { window: { since: '2026-11-19T17:00:00Z', until: '2026-11-26T17:00:00Z' }, feeds: [], stories };

  const run = async (concurrency: number, cache: Storage, baseURL = server.baseURL) => {
    const config = ConfigSchema.parse({ llm: { provider: 'openai', concurrency } });
    // One summarizer per run, as the CLI builds one: its request limiter starts fresh.
    const summarizer = createOpenAiSummarizer({ baseURL, apiKey: 'bench', model: 'bench-model', timeoutMs: 30_000, prompt, concurrency });
    const before = server.requests.length;
    const started = performance.now();
    const briefing = await writeBriefing(collected, { config, meetingDate: '2026-11-27' }, { summarizer, cache, now: () => new Date(), progress: () => {}, report: createRunReport() });
    return { seconds: (performance.now() - started) / 1000, requests: server.requests.length - before, passed: briefing.report.checked - briefing.report.flagged - briefing.report.fallback, fallback: briefing.report.fallback };
  };

  const concurrency = defaults.llm.concurrency;
  console.log(`stories: ${stories.length} from ${origin}; server delay ${DELAY_MS} ms per request; default llm.concurrency ${concurrency} (BANTIN_LLM_CONCURRENCY)`);
  await run(concurrency, createMemoryStorage()); // warm-up: the first run pays for compiling the code
  const serial = [await run(1, createMemoryStorage()), await run(1, createMemoryStorage())];
  const warmCache = createMemoryStorage();
  const parallel = [await run(concurrency, warmCache), await run(concurrency, createMemoryStorage()), await run(concurrency, createMemoryStorage())];
  const rerun = await run(concurrency, warmCache);
  const seconds = (runs: Array<{ seconds: number }>) => runs.map((entry) => entry.seconds.toFixed(2)).join(', ');
  const ratio = best(serial.map((entry) => entry.seconds)) / best(parallel.map((entry) => entry.seconds));
  console.log(`one at a time       : best ${best(serial.map((entry) => entry.seconds)).toFixed(2)} s wall (runs ${seconds(serial)}), ${serial[0]!.requests} requests, ${serial[0]!.passed}/${stories.length} passed the check`);
  console.log(`concurrency ${String(concurrency).padEnd(2)} (default): best ${best(parallel.map((entry) => entry.seconds)).toFixed(2)} s wall (runs ${seconds(parallel)}), ${parallel[0]!.requests} requests, ${parallel[0]!.passed}/${stories.length} passed the check`);
  console.log(`  speed-up ${ratio.toFixed(2)}x (ideal ${Math.min(concurrency, stories.length)}x); goal ≥ 5×: ${ratio >= 5 ? 'met' : 'not met'}`);
  console.log(`re-run, warm cache  : ${rerun.seconds.toFixed(3)} s wall, ${rerun.requests} requests`);

  const sent = server.requests.slice(0, stories.length).map((request) => request.messages.reduce((sum, message) => sum + message.content.length, 0));
  const articles = stories.map((story) => story.sources.reduce((sum, source) => sum + source.text.length + source.title.length, 0));
  const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const overhead = sent.map((chars, index) => chars - articles[index]!);
  console.log(`characters sent per story: mean ${average(sent).toFixed(0)} (min ${Math.min(...sent)}, max ${Math.max(...sent)}); article title+text mean ${average(articles).toFixed(0)}`);
  console.log(`  prompt overhead per story: mean ${average(overhead).toFixed(0)} characters; ratio sent/article ${(average(sent) / average(articles)).toFixed(2)}`);
  console.log(`  estimated prompt tokens per story ≈ ${(average(sent) / 3).toFixed(0)} (estimate: ~3 characters per token for Vietnamese, not a tokenizer count)`);
  await server.close();
  await benchRateLimit(collected.stories.length, (baseURL) => run(concurrency, createMemoryStorage(), baseURL));
}

const RATE_LIMIT_IN_FLIGHT = 4;
const RETRY_AFTER_SECONDS = 1;

/**
 * A server that takes at most RATE_LIMIT_IN_FLIGHT requests at once and answers the rest 429 with
 * Retry-After: 1. After a 429 the summarizer's shared limiter must hold back every story, so no
 * request should arrive while the server's wait runs (a few ms of requests already on the wire aside).
 */
async function benchRateLimit(storyCount: number, write: (baseURL: string) => Promise<{ seconds: number; passed: number; fallback: number }>): Promise<void> {
  let inFlight = 0;
  let limited = 0;
  let early = 0;
  let waitUntil = 0;
  const limitedServer = await startFakeChatServer(async (request) => {
    const arrived = performance.now();
    // 100 ms of grace for requests the client sent before our 429 reached it.
    if (arrived > waitUntil - RETRY_AFTER_SECONDS * 1000 + 100 && arrived < waitUntil) early += 1;
    if (inFlight >= RATE_LIMIT_IN_FLIGHT) {
      limited += 1;
      waitUntil = Math.max(waitUntil, arrived + RETRY_AFTER_SECONDS * 1000);
      return { status: 429, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } };
    }
    inFlight += 1;
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
    inFlight -= 1;
    return draftReply(faithfulDraft(request));
  });
  const result = await write(limitedServer.baseURL);
  console.log(`429 scenario (server takes ${RATE_LIMIT_IN_FLIGHT} at once, Retry-After: ${RETRY_AFTER_SECONDS} s): ${result.seconds.toFixed(2)} s wall, ${limitedServer.requests.length} requests, ${limited} answered 429`);
  console.log(`  written by the model ${storyCount - result.fallback}/${storyCount} (offline fallback ${result.fallback}); requests that arrived during a Retry-After wait: ${early}`);
  await limitedServer.close();
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) await benchLlm();
