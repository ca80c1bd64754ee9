import type { Config } from '../../config.ts';
import { createExtractiveSummarizer } from './extractive.ts';
import type { Summarizer } from './llm.ts';
import { loadPromptTemplate } from './load-prompt-node.ts';
import { createOpenAiSummarizer } from './openai.ts';

type LlmConfig = Config['llm'];

const SUMMARIZERS = {
  extractive: () => createExtractiveSummarizer(),
  openai: (llm: LlmConfig) =>
    createOpenAiSummarizer({
      apiKey: llm.apiKey,
      baseURL: llm.baseURL,
      model: llm.model,
      timeoutMs: llm.timeoutMs,
      prompt: loadPromptTemplate('summarize-story'),
      // Node builds one summarizer per run, so the breaker's state is that run's.
      breaker: { failures: llm.breakerFailures, deadlineMs: llm.deadlineMs },
      concurrency: llm.concurrency,
    }),
} satisfies Record<LlmConfig['provider'], (llm: LlmConfig) => Summarizer>;

/** The summarizer the config names (Node: reads the prompt from prompts/). */
export function createSummarizerFromConfig(llm: LlmConfig): Summarizer {
  return SUMMARIZERS[llm.provider](llm);
}
