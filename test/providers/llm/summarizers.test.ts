import { createSummarizerFromConfig } from '../../../src/providers/llm/create-summarizer-node.ts';
import { createExtractiveSummarizer } from '../../../src/providers/llm/extractive.ts';
import { loadPromptTemplate } from '../../../src/providers/llm/load-prompt-node.ts';
import { createOpenAiSummarizer } from '../../../src/providers/llm/openai.ts';
import { ConfigSchema } from '../../../src/config.ts';
import { testSummarizer } from './summarizer-contract.ts';

const prompt = loadPromptTemplate('summarize-story');

testSummarizer('extractive (offline)', { create: () => createExtractiveSummarizer(), deterministic: true });

testSummarizer('OpenAI-compatible, against a local Chat Completions server', {
  create: ({ server, concurrency }) => createOpenAiSummarizer({ baseURL: server.baseURL, apiKey: 'test', model: 'fake-model', timeoutMs: 5000, prompt, retryBaseDelayMs: 10, concurrency }),
  scripted: true,
  deterministic: true,
});

testSummarizer('OpenAI-compatible as Node builds it from the config (circuit breaker on)', {
  create: ({ server, concurrency }) =>
    createSummarizerFromConfig(ConfigSchema.parse({ llm: { provider: 'openai', baseURL: server.baseURL, apiKey: 'test', model: 'fake-model', timeoutMs: 5000, ...(concurrency ? { concurrency } : {}) } }).llm),
  scripted: true,
  deterministic: true,
});
