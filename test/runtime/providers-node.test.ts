import { fileURLToPath } from 'node:url';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LlmConfigSchema, VoiceConfigSchema } from '../../src/config.ts';
import { loadNodeConfig } from '../../src/runtime/node.ts';
import { createSummarizerNode, createTtsNode, NODE_SUMMARIZERS, NODE_VOICES } from '../../src/runtime/providers-node.ts';
import { importClosure, readImportGraph } from '../architecture/import-graph.ts';
import { draftReply, startFakeChatServer, type FakeChatServer } from '../providers/llm/fake-chat-server.ts';
import { faithfulDraft } from '../providers/llm/fake-models.ts';

let server: FakeChatServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const input = {
  storyId: 'x',
  section: 'the-gioi' as const,
  title: 'Tin thử',
  words: 60,
  sources: [{ name: 'VnExpress', title: 'Tin thử', url: 'https://x.example', published: null, text: 'Hội nghị đã bế mạc sau hai tuần. Các nước nhất trí mục tiêu mới.' }],
};

describe('the Node provider tables', () => {
  it('have one entry for every provider name the config accepts', () => {
    expect(Object.keys(NODE_SUMMARIZERS).sort()).toEqual([...LlmConfigSchema.shape.provider.unwrap().options].sort());
    expect(Object.keys(NODE_VOICES).sort()).toEqual([...VoiceConfigSchema.shape.provider.unwrap().options].sort());
  });

  it('build the offline writer by default', async () => {
    const summarizer = await createSummarizerNode(LlmConfigSchema.parse({}));
    expect(summarizer.provider).toBe('extractive');
    expect((await summarizer.summarize(input, {})).script).toContain('Hội nghị đã bế mạc sau hai tuần');
  });

  it('build the OpenAI-compatible writer the config names, talking to its server', async () => {
    server = await startFakeChatServer((request) => draftReply(faithfulDraft(request)));
    const summarizer = await createSummarizerNode(LlmConfigSchema.parse({ provider: 'openai', baseURL: server.baseURL, apiKey: 'k', model: 'qwen2.5:7b' }));
    expect(summarizer).toMatchObject({ provider: 'openai', model: 'qwen2.5:7b' });
    await summarizer.summarize(input, {});
    expect(server.requests[0]!.model).toBe('qwen2.5:7b');
  });

  it('build the espeak-ng voice with the configured variant, and the Azure voice with its name', async () => {
    const espeak = await createTtsNode(VoiceConfigSchema.parse({ name: 'vi-vn-x-central' }));
    expect({ engine: espeak.engine, voice: espeak.voice }).toEqual({ engine: 'espeak', voice: 'vi-vn-x-central' });
    await espeak.close?.();
    const azure = await createTtsNode(VoiceConfigSchema.parse({ provider: 'azure', name: 'vi-VN-NamMinhNeural', azureKey: 'k', azureRegion: 'southeastasia' }));
    expect({ engine: azure.engine, voice: azure.voice }).toEqual({ engine: 'azure', voice: 'vi-VN-NamMinhNeural' });
    await azure.close?.();
  });

  it('refuse the Azure voice without its key, saying which variables to set', async () => {
    await expect(createTtsNode(VoiceConfigSchema.parse({ provider: 'azure' }))).rejects.toThrow('giọng Azure cần AZURE_SPEECH_KEY và AZURE_SPEECH_REGION.');
  });

  it('load neither the Azure Speech SDK nor the OpenAI SDK until one is chosen', () => {
    const graph = readImportGraph(fileURLToPath(new URL('../../src', import.meta.url)), { staticOnly: true, packages: true });
    const loaded = importClosure(graph, 'runtime/node.ts');
    expect(loaded.has('runtime/providers-node.ts')).toBe(true);
    expect([...loaded].filter((module) => /^(openai|microsoft-cognitiveservices-speech-sdk)\b|providers\/tts\/(azure|espeak)-node\.ts$|providers\/llm\/openai\.ts$/.test(module))).toEqual([]);
  });
});

describe('an unknown provider name', () => {
  it('in the config file stops the run naming the field and the choices', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bantin-providers-'));
    const file = join(dir, 'config.json');
    await writeFile(file, JSON.stringify({ llm: { provider: 'gemini' }, voice: { provider: 'google' } }));
    const failure = loadNodeConfig({}, { cwd: dir, file });
    await expect(failure).rejects.toThrow(`${file}: trường "llm.provider": "gemini" không có. Chọn một trong: "extractive", "openai".`);
    await expect(failure).rejects.toThrow(`${file}: trường "voice.provider": "google" không có. Chọn một trong: "espeak", "azure".`);
  });
});
