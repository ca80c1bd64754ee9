import type { TestProject } from 'vitest/node';
import { startFakeChatServer, draftReply } from '../providers/llm/fake-chat-server.ts';
import { faithfulDraft, firstSource } from '../providers/llm/fake-models.ts';
import { startAzureSpeechServer } from '../providers/tts/azure-speech-server.ts';
import { startFakeProvinceServer } from './fake-province-server.ts';

/** Real servers on 127.0.0.1 for the Worker under test: news sites, an OpenAI-compatible LLM and Azure's TTS REST endpoint. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const llm = await startFakeChatServer((request) => draftReply(faithfulDraft(request)));
  const voice = await startAzureSpeechServer();
  const sites = await startFakeProvinceServer(() => ({
    llmCalls: llm.requests.length,
    llmTitles: llm.requests.map((request) => firstSource(request).title),
    // The most written syllables each request asked for ("tối đa N chữ" in the prompt), by title.
    llmWords: llm.requests.map((request) => [firstSource(request).title, Number(/tối đa (\d+) chữ/.exec(request.messages.map((message) => message.content).join('\n'))?.[1])]),
    ttsCalls: voice.requests.length,
    ttsVoices: voice.requests.map((request) => /name=['"]([^'"]+)['"]/.exec(request.body)?.[1] ?? ''),
  }));
  project.provide('fakes', { sites: sites.baseUrl, llm: llm.baseURL, tts: voice.endpoint });
  return async () => {
    await Promise.all([llm.close(), voice.close(), sites.close()]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    fakes: { sites: string; llm: string; tts: string };
  }
}
