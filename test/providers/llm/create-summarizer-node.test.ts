import { afterEach, describe, expect, it } from 'vitest';
import { LlmConfigSchema } from '../../../src/config.ts';
import { createSummarizerFromConfig } from '../../../src/providers/llm/create-summarizer-node.ts';
import { draftReply, startFakeChatServer, type FakeChatServer } from './fake-chat-server.ts';
import { faithfulDraft } from './fake-models.ts';

let server: FakeChatServer | undefined;
afterEach(async () => {
  await server?.close();
});

const input = {
  storyId: 'x',
  section: 'the-gioi' as const,
  title: 'Tin thử',
  words: 60,
  sources: [{ name: 'VnExpress', title: 'Tin thử', url: 'https://x.example', published: null, text: 'Hội nghị đã bế mạc sau hai tuần. Các nước nhất trí mục tiêu mới.' }],
};

describe('createSummarizerFromConfig', () => {
  it('gives the offline summarizer by default', async () => {
    const summarizer = createSummarizerFromConfig(LlmConfigSchema.parse({}));
    expect(summarizer.provider).toBe('extractive');
    expect((await summarizer.summarize(input, {})).script).toMatch(/^Theo VnExpress, [Hh]ội nghị đã bế mạc sau hai tuần. Các nước nhất trí mục tiêu mới.$/);
  });

  it('gives an OpenAI-compatible summarizer that talks to the configured server with the shipped prompt', async () => {
    server = await startFakeChatServer((request) => draftReply(faithfulDraft(request)));
    const summarizer = createSummarizerFromConfig(LlmConfigSchema.parse({ provider: 'openai', baseURL: server.baseURL, apiKey: 'k', model: 'qwen2.5:7b' }));
    expect(summarizer).toMatchObject({ provider: 'openai', model: 'qwen2.5:7b', promptVersion: 'summarize-story-2' });
    await summarizer.summarize(input, {});
    expect(server.requests[0]!.model).toBe('qwen2.5:7b');
  });
});
