import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDraftReply, StoryDraftSchema } from '../../../src/providers/llm/draft-schema.ts';
import type { Summarizer, SummaryInput } from '../../../src/providers/llm/llm.ts';
import { SummarizerError } from '../../../src/providers/llm/summarizer-error.ts';
import { loadStoryFixtures } from '../../fixtures/stories/load-stories.ts';
import { draftReply, startFakeChatServer, type FakeChatServer, type FakeReply } from './fake-chat-server.ts';
import { faithfulDraft } from './fake-models.ts';

/** How the suite builds and drives one Summarizer implementation. */
export interface SummarizerUnderTest {
  /**
   * Builds the summarizer. `server` is a local Chat Completions server the suite scripts (429,
   * errors, slow answers) for implementations that talk to one; others ignore it.
   */
  create(options: { server: FakeChatServer; concurrency?: number }): Summarizer;
  /** It sends its requests to `server`, so the server-scripted part of the contract applies. */
  scripted?: boolean;
  /** The same input always gives the same draft (offline, or against the scripted server). */
  deterministic?: boolean;
  skip?: boolean;
  /** Per-test timeout (a real cloud model takes seconds per story). */
  timeoutMs?: number;
}

/** The team-written fixture stories as a summarizer is given them. */
export function contractInputs(): SummaryInput[] {
  return loadStoryFixtures().map((story) => ({
    storyId: story.id,
    section: story.section,
    title: story.title,
    sources: story.sources.map(({ name, title, url, published, text }) => ({ name, title, url, published, text })),
    words: 90,
    minWords: 60,
    meetingDate: '2026-11-27',
    window: { since: '2026-11-19T17:00:00Z', until: '2026-11-26T17:00:00Z' },
  }));
}

/** A draft the write stage can use: the schema's shape, Vietnamese, and within reach of its budget. */
function expectUsableDraft(draft: unknown, input: SummaryInput): void {
  const parsed = StoryDraftSchema.safeParse(draft);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  const reply = parseDraftReply(JSON.stringify(draft), input.words);
  expect(reply.ok ? 'ok' : reply.problem).toBe('ok');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the summary to fail');
    },
    (error: unknown) => error,
  );
}

/**
 * The behaviour every Summarizer must have, run against each implementation: a usable draft,
 * parallel stories that do not disturb each other, a run that can be cancelled; and, for one that
 * talks to a model server, failures as SummarizerErrors in Vietnamese, Retry-After honoured by every
 * story at once, and no more requests in flight than its concurrency.
 */
export function testSummarizer(name: string, under: SummarizerUnderTest): void {
  describe.skipIf(under.skip)(`${name} (Summarizer contract)`, { timeout: under.timeoutMs ?? 30_000 }, () => {
    let respond: (index: number, request: Parameters<typeof faithfulDraft>[0]) => FakeReply | Promise<FakeReply>;
    let server: FakeChatServer;
    const inputs = contractInputs();

    beforeEach(async () => {
      respond = (_index, request) => draftReply(faithfulDraft(request));
      server = await startFakeChatServer((request, index) => respond(index, request));
    });
    afterEach(async () => {
      await server.close();
    });

    it('names its provider and model for the summary cache key', () => {
      const summarizer = under.create({ server });
      expect(summarizer.provider).toMatch(/\S/);
      expect(summarizer.model).toMatch(/\S/);
    });

    it('returns a draft that fits the draft schema, in Vietnamese and within its word budget', async () => {
      const input = inputs[0]!;
      const draft = await under.create({ server }).summarize(input, {});
      expectUsableDraft(draft, input);
    });

    it('writes several stories at once, each a usable draft of its own', async () => {
      const summarizer = under.create({ server });
      const drafts = await Promise.all(inputs.map((input) => summarizer.summarize(input, {})));
      drafts.forEach((draft, index) => expectUsableDraft(draft, inputs[index]!));
      expect(new Set(drafts.map((draft) => draft.script)).size).toBe(inputs.length);
    });

    it.skipIf(!under.deterministic)('gives the same drafts written at once as written one at a time', async () => {
      const summarizer = under.create({ server });
      const together = await Promise.all(inputs.map((input) => summarizer.summarize(input, {})));
      const alone = [];
      for (const input of inputs) alone.push(await summarizer.summarize(input, {}));
      expect(together).toEqual(alone);
    });

    it('stops with the run’s reason, not a fallback error, when the run is already cancelled', async () => {
      const controller = new AbortController();
      const reason = new Error('người dùng hủy lượt chạy');
      controller.abort(reason);
      const error = await rejection(under.create({ server }).summarize(inputs[0]!, { signal: controller.signal }));
      expect(error).toBe(reason);
      expect(server.requests).toHaveLength(0);
    });

    describe.skipIf(!under.scripted)('against a model server', () => {
      it('stops at once when the run is cancelled while the server is still writing, without a fallback error', async () => {
        respond = () => ({ hang: true });
        const controller = new AbortController();
        const pending = under.create({ server }).summarize(inputs[0]!, { signal: controller.signal });
        while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        controller.abort(new Error('người dùng hủy lượt chạy'));
        const error = await rejection(pending);
        expect(error).not.toBeInstanceOf(SummarizerError);
        expect(server.requests).toHaveLength(1);
      });

      it('reports a broken server as an "unavailable" SummarizerError in Vietnamese naming the server and what to check', async () => {
        respond = () => ({ status: 500 });
        const error = await rejection(under.create({ server }).summarize(inputs[0]!, {}));
        expect(error).toBeInstanceOf(SummarizerError);
        expect((error as SummarizerError).kind).toBe('unavailable');
        expect((error as SummarizerError).message).toMatch(/máy chủ mô hình .*Kiểm tra/);
        expect((error as SummarizerError).message).toContain(server.baseURL);
      });

      it('reports a server that stays over its quota as a "rate-limited" SummarizerError in Vietnamese', async () => {
        respond = () => ({ status: 429, headers: { 'retry-after': '86400' } });
        const error = await rejection(under.create({ server }).summarize(inputs[0]!, {}));
        expect(error).toBeInstanceOf(SummarizerError);
        expect((error as SummarizerError).kind).toBe('rate-limited');
        expect((error as SummarizerError).message).toMatch(/quá tải \(HTTP 429\).*BANTIN_LLM_CONCURRENCY/);
      });

      it('reports a reply that is not a draft as an "invalid-output" SummarizerError naming the story', async () => {
        respond = () => ({ json: { id: 'x', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'Xin lỗi, tôi không viết được.' }, finish_reason: 'stop' }] } });
        const error = await rejection(under.create({ server }).summarize(inputs[0]!, {}));
        expect(error).toBeInstanceOf(SummarizerError);
        expect((error as SummarizerError).kind).toBe('invalid-output');
        expect((error as SummarizerError).message).toContain(inputs[0]!.title);
      });

      it('after a 429 with Retry-After holds back every story, not only the one it retries', async () => {
        const arrivals: number[] = [];
        let limitedAt = 0;
        respond = (index, request) => {
          arrivals.push(Date.now());
          if (index > 0) return draftReply(faithfulDraft(request));
          limitedAt = Date.now();
          return { status: 429, headers: { 'retry-after': '1' } };
        };
        const summarizer = under.create({ server });
        const first = summarizer.summarize(inputs[0]!, {});
        while (limitedAt === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        await new Promise((resolve) => setTimeout(resolve, 100));
        const others = inputs.slice(1).map((input) => summarizer.summarize(input, {}));
        const drafts = await Promise.all([first, ...others]);
        drafts.forEach((draft, index) => expectUsableDraft(draft, inputs[index]!));
        // Every request after the 429 waited out the server's second: the retry and the new stories alike.
        expect(arrivals).toHaveLength(inputs.length + 1);
        for (const arrival of arrivals.slice(1)) expect(arrival - limitedAt).toBeGreaterThanOrEqual(950);
      });

      it('keeps no more requests in flight at the server than its concurrency', async () => {
        let inFlight = 0;
        let most = 0;
        respond = async (_index, request) => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 40));
          inFlight -= 1;
          return draftReply(faithfulDraft(request));
        };
        const summarizer = under.create({ server, concurrency: 2 });
        await Promise.all(inputs.map((input) => summarizer.summarize(input, {})));
        expect(server.requests).toHaveLength(inputs.length);
        expect(most).toBe(2);
      });
    });
  });
}
