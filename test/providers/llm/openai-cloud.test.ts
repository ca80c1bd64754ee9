import { loadPromptTemplate } from '../../../src/providers/llm/load-prompt-node.ts';
import { createOpenAiSummarizer } from '../../../src/providers/llm/openai.ts';
import { testSummarizer } from './summarizer-contract.ts';

// A real endpoint only when a key is given: OPENAI_API_KEY, with OPENAI_BASE_URL and BANTIN_LLM_MODEL
// as a run would read them (OpenAI by default). Skipped otherwise, so the suite stays offline.
const key = process.env.OPENAI_API_KEY;

testSummarizer('OpenAI-compatible cloud endpoint (needs OPENAI_API_KEY)', {
  create: () =>
    createOpenAiSummarizer({
      apiKey: key,
      baseURL: process.env.OPENAI_BASE_URL,
      model: process.env.BANTIN_LLM_MODEL ?? 'gpt-4o-mini',
      timeoutMs: 120_000,
      prompt: loadPromptTemplate('summarize-story'),
      concurrency: 4,
    }),
  skip: !key,
  timeoutMs: 600_000,
});
