import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../src/config.ts';
import { BantinError } from '../src/domain/errors.ts';
import { createRunReport } from '../src/domain/run-report.ts';
import { createEngine, type EngineRuntime } from '../src/engine.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { createExtractiveSummarizer } from '../src/providers/llm/extractive.ts';
import { createMemoryStorage } from '../src/providers/storage/memory.ts';
import { startHostileServer, type HostileServer } from './fetch/hostile-server.ts';
import { createFakeTts } from './providers/tts/fake-tts.ts';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());

/** A runtime as small as Workers' (no PDF reader, no logo, no planner): only the providers of each call. */
function runtime(opened: string[]): EngineRuntime {
  return {
    async open(_config, context, needs) {
      opened.push(needs.voice ? 'voice' : 'no voice');
      return {
        deps: {
          fetch: createGuardedFetch({ resolveHost: async () => ['203.0.113.9'], allowedOrigins: [server.origin], timeoutMs: 1500, retries: 0 }),
          cache: createMemoryStorage(),
          summarizer: createExtractiveSummarizer(),
          tts: createFakeTts(),
          now: () => new Date('2026-11-27T01:00:00Z'),
          progress: context.progress,
          report: context.report,
          signal: context.signal,
        },
        normalize: (text) => text,
        close: async () => void opened.push('closed'),
      };
    },
  };
}

const context = () => ({ progress: () => undefined, report: createRunReport(), signal: new AbortController().signal });

describe('the one engine every runtime builds', () => {
  it('turns a topic page that cannot be fetched into a Vietnamese error naming the address, and closes the providers', async () => {
    const opened: string[] = [];
    const url = `${server.origin}/de-cuong-khong-con.html`;
    const error = await createEngine(runtime(opened))
      .buildTopicDeck({ title: 'Học tập Nghị quyết', sources: [{ kind: 'url', url }] }, ConfigSchema.parse({}), context())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BantinError);
    expect((error as BantinError).stage).toBe('deck');
    expect((error as BantinError).userMessage).toContain(`không tải được tài liệu ${url}`);
    expect((error as BantinError).userMessage).toMatch(/404/);
    expect(opened).toEqual(['no voice', 'closed']);
  });

  it('says in Vietnamese that this runtime reads no PDF, instead of failing somewhere inside', async () => {
    const error = await createEngine(runtime([]))
      .buildTopicDeck({ title: 'Học tập Nghị quyết', sources: [{ kind: 'file', name: 'de-cuong.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n') }] }, ConfigSchema.parse({}), context())
      .catch((caught: unknown) => caught);
    expect((error as BantinError).userMessage).toMatch(/chưa đọc được tệp PDF/);
  });
});
