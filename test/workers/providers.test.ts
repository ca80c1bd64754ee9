import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { LLM_PROVIDERS, VOICE_PROVIDERS } from '../../src/config.ts';
import { createWorkerSummarizer, createWorkerTts, WORKER_SUMMARIZERS, WORKER_VOICES } from '../../src/runtime/workers.ts';
import { workerConfig } from '../../src/runtime/worker-config.ts';
import type { WorkerEnv } from '../../src/workers/bindings.ts';

const bindings = env as unknown as WorkerEnv;

describe('the Worker provider tables', () => {
  it('have one entry for every provider name the config accepts', () => {
    expect(Object.keys(WORKER_SUMMARIZERS).sort()).toEqual([...LLM_PROVIDERS].sort());
    expect(Object.keys(WORKER_VOICES).sort()).toEqual([...VOICE_PROVIDERS].sort());
  });

  it('read the Worker vars and secrets through the one env mapper', () => {
    const config = workerConfig(bindings);
    expect(config.allowPrivateHosts).toBe(true);
    expect(config.llm).toMatchObject({ provider: 'openai', model: 'fake-model', apiKey: 'khoa-thu' });
    expect(config.voice).toMatchObject({ provider: 'azure', azureRegion: 'southeastasia', name: 'vi-VN-HoaiMyNeural' });
    expect(createWorkerSummarizer(config).provider).toBe('openai');
  });

  it('give an Azure voice by its name and refuse an espeak-ng variant in Vietnamese', () => {
    expect(createWorkerTts(bindings, 'vi-VN-NamMinhNeural', 1)).toMatchObject({ engine: 'azure', voice: 'vi-VN-NamMinhNeural' });
    expect(() => createWorkerTts(bindings, 'vi-vn-x-south', 1)).toThrow('giọng đọc ngoại tuyến "vi-vn-x-south" (espeak-ng) không chạy được trên Cloudflare Workers');
    expect(() => createWorkerTts(bindings, 'VI', 1)).toThrow('giọng đọc ngoại tuyến "VI" (espeak-ng) không chạy được trên Cloudflare Workers');
  });
});
