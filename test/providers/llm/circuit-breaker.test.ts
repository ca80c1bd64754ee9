import { afterEach, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/domain/collected.ts';
import { loadPromptTemplate } from '../../../src/providers/llm/load-prompt-node.ts';
import { createOpenAiSummarizer } from '../../../src/providers/llm/openai.ts';
import { writeBriefing } from '../../../src/stages/write.ts';
import { loadStoryFixtures } from '../../fixtures/stories/load-stories.ts';
import { collected, testConfig, writeDeps } from '../../stages/write/write-fixtures.ts';
import { draftReply, startFakeChatServer, type FakeChatServer, type Responder } from './fake-chat-server.ts';
import { faithfulDraft } from './fake-models.ts';

const prompt = loadPromptTemplate('summarize-story');
const MEETING = '2026-11-27';

let server: FakeChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Sixteen stories: the fixtures four times over, each copy its own story. */
function sixteenStories(): Story[] {
  const base = loadStoryFixtures();
  return Array.from({ length: 16 }, (_, index) => {
    const story = base[index % base.length]!;
    return { ...story, id: `${story.id}-${index}`, title: `${story.title} (${index + 1})` };
  });
}

async function summarizerFor(respond: Responder, options: { timeoutMs: number; failures: number; deadlineMs: number }) {
  server = await startFakeChatServer(respond);
  return createOpenAiSummarizer({
    baseURL: server.baseURL,
    apiKey: 'test',
    model: 'fake-model',
    timeoutMs: options.timeoutMs,
    prompt,
    retryBaseDelayMs: 10,
    breaker: { failures: options.failures, deadlineMs: options.deadlineMs },
  });
}

describe('the LLM circuit breaker', () => {
  it('writes the rest of the run offline after three timeouts from a hanging server, with one note in the report', async () => {
    const summarizer = await summarizerFor(() => ({ hang: true }), { timeoutMs: 300, failures: 3, deadlineMs: 60_000 });
    const deps = writeDeps(summarizer);
    const config = testConfig({ llm: { provider: 'openai', concurrency: 4 }, quotas: { tinh: 16, 'trong-nuoc': 16, 'doi-ngoai': 16, 'the-gioi': 16, nganh: 16 } });
    const briefing = await writeBriefing(collected(sixteenStories()), { config, meetingDate: MEETING }, deps);
    const stories = briefing.sections.flatMap((section) => section.stories);
    expect(stories).toHaveLength(16);
    expect(stories.every((story) => story.check?.writer === 'extractive' && story.script.length > 0)).toBe(true);
    // Without the breaker: 16 stories × 3 attempts = 48 requests, each waiting for its timeout.
    // With it: the four first requests, plus at most two retries sent before the third timeout.
    expect(server!.requests.length).toBeLessThanOrEqual(6);
    const notes = deps.report.problems.filter((problem) => problem.item === 'mô hình viết tin');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.reason).toMatch(/3 lần liên tiếp.*ngoại tuyến/);
  });

  it('opens after consecutive HTTP errors too, and a success in between resets the count', async () => {
    const summarizer = await summarizerFor((_request, index) => (index === 2 ? draftReply(faithfulDraft(_request)) : { status: 503 }), { timeoutMs: 2000, failures: 3, deadlineMs: 60_000 });
    const deps = writeDeps(summarizer);
    const config = testConfig({ llm: { provider: 'openai', concurrency: 1 } });
    await writeBriefing(collected(sixteenStories().slice(0, 5)), { config, meetingDate: MEETING }, deps);
    // 503, 503, success (story 1), then 503 × 3 opens it: six requests, the last stories never sent.
    expect(server!.requests).toHaveLength(6);
    expect(summarizer.outage?.()).toMatch(/HTTP 503/);
  });

  it('stops asking a slow but working server once the run deadline has passed', async () => {
    const summarizer = await summarizerFor(async (request) => ({ ...draftReply(faithfulDraft(request)), delayMs: 150 }), { timeoutMs: 5000, failures: 3, deadlineMs: 400 });
    const deps = writeDeps(summarizer);
    const config = testConfig({ llm: { provider: 'openai', concurrency: 1 }, quotas: { tinh: 16, 'trong-nuoc': 16, 'doi-ngoai': 16, 'the-gioi': 16, nganh: 16 } });
    const briefing = await writeBriefing(collected(sixteenStories()), { config, meetingDate: MEETING }, deps);
    const writers = briefing.sections.flatMap((section) => section.stories).map((story) => story.check?.writer);
    expect(writers).toHaveLength(16);
    expect(writers.filter((writer) => writer === 'llm').length).toBeGreaterThan(0);
    expect(writers.filter((writer) => writer === 'extractive').length).toBeGreaterThan(8);
    expect(server!.requests.length).toBeLessThan(10);
    expect(deps.report.problems.find((problem) => problem.item === 'mô hình viết tin')?.reason).toMatch(/hạn chung/);
  });
});
