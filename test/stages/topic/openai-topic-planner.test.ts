import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { buildTopicDeck } from '../../../src/stages/topic/build-topic-deck.ts';
import { createOpenAiTopicPlanner, parseOutlineReply } from '../../../src/stages/topic/openai-topic-planner.ts';
import { planTopicOffline } from '../../../src/stages/topic/offline-topic-planner.ts';
import { readSourceText } from '../../../src/stages/topic/read-source.ts';
import type { TopicInput, TopicOutline } from '../../../src/stages/topic/topic-outline.ts';
import { completion, startFakeChatServer, type FakeChatServer } from '../../providers/llm/fake-chat-server.ts';

const FIXTURE = new URL('../../fixtures/topic/phat-huy-tinh-than-dang-vien.md', import.meta.url);

async function input(): Promise<TopicInput> {
  return { title: 'Phát huy tinh thần tiên phong của đảng viên', sources: [readSourceText('tai-lieu.md', await readFile(FIXTURE, 'utf8'))] };
}

let server: FakeChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the OpenAI-compatible topic planner', () => {
  it('sends the sources as delimited data and keeps the slides the sources support', async () => {
    const data = await input();
    const offline = planTopicOffline(data);
    const planned: TopicOutline = {
      ...offline,
      slides: offline.slides.map((slide, i) =>
        i === 0 ? { heading: 'Chỉ tiêu năm 2026', bullets: ['100% đảng viên hoàn thành tốt nhiệm vụ được giao'], notes: 'Chi bộ đặt chỉ tiêu 100% đảng viên hoàn thành tốt nhiệm vụ trong năm 2026.', sourceIndex: 0 }
          : i === 1 ? { heading: 'Thành tích', bullets: ['Chi bộ có 23 đảng viên được khen thưởng năm 2025'], notes: '23 đảng viên được khen thưởng.', sourceIndex: 0 }
            : slide),
    };
    server = await startFakeChatServer(() => ({ json: completion(`Đây là dàn ý:\n\`\`\`json\n${JSON.stringify(planned)}\n\`\`\``) }));
    const planner = createOpenAiTopicPlanner({ baseURL: server.baseURL, model: 'fake-model', apiKey: 'k' });
    const { outline, problems } = await buildTopicDeck(data, { theme: 'do-vang', planner });

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.response_format).toEqual({ type: 'json_object' });
    expect(server.requests[0]!.messages.find((m) => m.role === 'user')!.content).toMatch(/<<<TAI_LIEU_[0-9a-f]+>>>[\s\S]*Chi bộ Văn phòng đặt chỉ tiêu 100%/);
    expect(outline.slides[0]!.heading).toBe('Chỉ tiêu năm 2026');
    expect(outline.slides[1]).toEqual(offline.slides[1]);
    expect(problems.join('\n')).toMatch(/Thành tích.*“23 đảng viên”/);
  });

  it('falls back to the offline outline when the server keeps answering something that is not an outline', async () => {
    server = await startFakeChatServer(() => ({ json: completion('{"title": "thiếu mọi thứ khác"}') }));
    const planner = createOpenAiTopicPlanner({ baseURL: server.baseURL, model: 'fake-model' });
    const data = await input();
    const { outline, problems } = await buildTopicDeck(data, { theme: 'do-vang', planner });
    expect(server.requests).toHaveLength(2);
    expect(outline).toEqual(planTopicOffline(data));
    expect(problems[0]).toContain('dùng dàn ý lập tự động');
  });

  it('falls back to the offline outline when the server fails', async () => {
    server = await startFakeChatServer(() => ({ status: 500 }));
    const planner = createOpenAiTopicPlanner({ baseURL: server.baseURL, model: 'fake-model' });
    const { outline, problems } = await buildTopicDeck(await input(), { theme: 'trung-tinh', planner });
    expect(outline.slides.length).toBeGreaterThanOrEqual(6);
    expect(problems).toHaveLength(1);
  });

  it('waits out a short Retry-After on 429 and then plans with the answer', async () => {
    const data = await input();
    const planned = planTopicOffline(data);
    server = await startFakeChatServer((_request, index) => (index === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { json: completion(JSON.stringify(planned)) }));
    const planner = createOpenAiTopicPlanner({ baseURL: server.baseURL, model: 'fake-model' });
    const started = performance.now();
    const { problems } = await buildTopicDeck(data, { theme: 'do-vang', planner });
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(problems.join('\n')).not.toContain('dùng dàn ý lập tự động');
  });

  it('does not wait for a Retry-After of an hour: the offline outline is used at once', async () => {
    server = await startFakeChatServer(() => ({ status: 429, headers: { 'retry-after': '3600' } }));
    const planner = createOpenAiTopicPlanner({ baseURL: server.baseURL, model: 'fake-model' });
    const data = await input();
    const { outline } = await buildTopicDeck(data, { theme: 'do-vang', planner });
    expect(server.requests).toHaveLength(1);
    expect(outline).toEqual(planTopicOffline(data));
  });

  it('rejects a reply that holds no JSON object', () => {
    expect(() => parseOutlineReply('không có gì')).toThrow(/JSON/);
  });
});
