import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { SECTION_TITLES } from '../../domain/sections.ts';
import { localDateParts } from '../../text/anchor-style.ts';
import { parseDraftReply, STORY_DRAFT_JSON_SCHEMA } from './draft-schema.ts';
import type { StoryDraft, Summarizer, SummaryInput } from './llm.ts';
import { fillPrompt, type PromptTemplate } from './prompt-template.ts';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker.ts';
import { createRequestLimiter } from './request-limiter.ts';
import { retryAfterMs, withRetries } from './retry-requests.ts';
import { SummarizerError } from './summarizer-error.ts';

export interface OpenAiSummarizerOptions {
  /** OPENAI_API_KEY; local servers (Ollama, llama.cpp) accept any value. */
  apiKey?: string;
  /** OPENAI_BASE_URL, e.g. http://127.0.0.1:11434/v1 */
  baseURL?: string;
  model: string;
  /** Per-request timeout. */
  timeoutMs: number;
  prompt: PromptTemplate;
  fetch?: typeof fetch;
  /**
   * Most requests in flight at once (llm.concurrency), shared by every story this summarizer
   * writes; after a 429 all of them wait out Retry-After and fewer run at once for a while.
   * Unbounded when absent (the write stage bounds the stories in flight).
   */
  concurrency?: number;
  /** Retries of 429/5xx/timeouts per request (default 2). */
  maxRetries?: number;
  /** Longest Retry-After we wait for (default 60 s); longer means give up on this story. */
  maxRetryAfterMs?: number;
  /** Base backoff delay (default 500 ms). */
  retryBaseDelayMs?: number;
  /** Characters of each source article sent to the model (default 6000). */
  maxArticleChars?: number;
  /**
   * Give up on the model for the rest of this summarizer's life (one run) after this many
   * consecutive failed requests, or this long after the first request. Off when absent: a
   * summarizer that outlives one run (Workers) must not carry one run's outage into the next.
   */
  breaker?: { failures: number; deadlineMs: number };
}

/** How to ask for JSON; downgraded once per summarizer when a server rejects the stronger form. */
type OutputMode = 'json_schema' | 'json_object' | 'text';
const WEAKER: Record<OutputMode, OutputMode | null> = { json_schema: 'json_object', json_object: 'text', text: null };

function randomDelimiter(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `<<<DU_LIEU_${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}>>>`;
}

/** Cuts at the last sentence end before the limit so the model never sees half a sentence. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'));
  return end > max / 2 ? head.slice(0, end + 1) : head;
}

/** The articles as one data block; anything resembling our delimiter is defused first. */
export function formatArticles(input: SummaryInput, maxChars: number): string {
  return input.sources
    .map((source, index) => {
      const date = localDateParts(source.published);
      const header = `Nguồn ${index + 1}: ${source.name}${date ? ` (đăng ngày ${date.day}/${date.month}/${date.year})` : ''}`;
      const body = clip(source.text.normalize('NFC'), maxChars).replace(/<<<|>>>/g, '"');
      return `${header}\nTiêu đề: ${source.title}\n\n${body}`;
    })
    .join('\n\n---\n\n');
}

export function buildMessages(prompt: PromptTemplate, input: SummaryInput, feedback: string[] | undefined, maxChars: number): ChatCompletionMessageParam[] {
  const delimiter = randomDelimiter();
  const feedbackBlock = feedback && feedback.length > 0
    ? `Bản viết trước đã bị trả lại vì:\n${feedback.map((line) => `- ${line}`).join('\n')}\nHãy viết lại: dùng đúng số liệu, ngày tháng, tên riêng, chức danh và ý khẳng định/phủ định như bài báo viết (câu trong ngoặc là nguyên văn bài báo).\n`
    : '';
  const day = (iso: string | undefined) => {
    const date = iso ? localDateParts(iso) : null;
    return date ? `${date.day}/${date.month}/${date.year}` : 'không rõ';
  };
  const values = {
    delimiter,
    meetingDate: input.meetingDate ? input.meetingDate.split('-').reverse().map((part) => String(Number(part))).join('/') : 'không rõ',
    since: day(input.window?.since),
    until: day(input.window?.until),
    words: input.words,
    section: SECTION_TITLES[input.section],
    title: input.title,
    feedback: feedbackBlock,
    articles: formatArticles(input, maxChars),
  };
  return [
    { role: 'system', content: fillPrompt(prompt.system, values) },
    { role: 'user', content: fillPrompt(prompt.user, values) },
  ];
}

function serverName(options: OpenAiSummarizerOptions): string {
  return `máy chủ mô hình ${options.baseURL ?? 'OpenAI'} (${options.model})`;
}

function describeFailure(error: unknown, options: OpenAiSummarizerOptions): SummarizerError {
  if (error instanceof SummarizerError) return error;
  const where = serverName(options);
  if (error instanceof APIConnectionTimeoutError) {
    return new SummarizerError('timeout', `${where} không trả lời sau ${options.timeoutMs} ms. Tăng llm.timeoutMs hoặc kiểm tra máy chủ.`, { cause: error });
  }
  if (error instanceof APIError && error.status === 429) {
    return new SummarizerError('rate-limited', `${where} báo quá tải (HTTP 429). Thử lại sau hoặc giảm BANTIN_LLM_CONCURRENCY (llm.concurrency).`, { cause: error });
  }
  const detail = error instanceof APIError ? `HTTP ${error.status ?? '?'}` : error instanceof Error ? error.message : String(error);
  return new SummarizerError('unavailable', `${where} lỗi: ${detail}. Kiểm tra OPENAI_BASE_URL, OPENAI_API_KEY và BANTIN_LLM_MODEL.`, { cause: error });
}

/**
 * Summarizer over any OpenAI-compatible Chat Completions server (OpenAI, Azure OpenAI, Ollama,
 * vLLM, llama.cpp). Asks for JSON Schema output, falls back to json_object and then to plain text
 * when the server rejects it, validates with zod, retries invalid output once, and throws a
 * SummarizerError (which the write stage turns into the extractive fallback).
 */
export function createOpenAiSummarizer(options: OpenAiSummarizerOptions): Summarizer {
  const client = new OpenAI({
    apiKey: options.apiKey ?? 'khong-can-khoa',
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: 0,
    fetch: options.fetch,
  });
  const maxChars = options.maxArticleChars ?? 6000;
  let mode: OutputMode = 'json_schema';
  const breaker: CircuitBreaker | null = options.breaker ? createCircuitBreaker({ ...options.breaker, where: serverName(options) }) : null;
  const limiter = createRequestLimiter({ maxConcurrency: options.concurrency });
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const baseDelayMs = options.retryBaseDelayMs ?? 500;

  function requestBody(messages: ChatCompletionMessageParam[]): ChatCompletionCreateParamsNonStreaming {
    const body: ChatCompletionCreateParamsNonStreaming = { model: options.model, messages, temperature: 0.2 };
    if (mode === 'json_schema') body.response_format = { type: 'json_schema', json_schema: { name: 'story_draft', strict: true, schema: STORY_DRAFT_JSON_SCHEMA as unknown as Record<string, unknown> } };
    if (mode === 'json_object') body.response_format = { type: 'json_object' };
    return body;
  }

  /**
   * One request through the shared limiter, counted by the breaker; a rejected output mode is the
   * server's answer, not a failure. A 429 slows every story down, not only this one.
   */
  function request(messages: ChatCompletionMessageParam[], signal: AbortSignal | undefined) {
    return limiter.run(async () => {
      breaker?.enter();
      try {
        const completion = await client.chat.completions.create(requestBody(messages), { signal });
        breaker?.success();
        limiter.succeeded();
        return completion;
      } catch (error) {
        if (error instanceof APIError && error.status === 429) limiter.slowDown(Math.min(retryAfterMs(error) ?? baseDelayMs, maxRetryAfterMs));
        const modeRejected = error instanceof APIError && (error.status === 400 || error.status === 422);
        if (breaker && !modeRejected && !(error instanceof APIUserAbortError)) breaker.failure(describeFailure(error, options).message);
        throw error;
      }
    }, signal);
  }

  /** One completion: the reply text, or a refusal. Downgrades the output mode on 400/422. */
  async function complete(messages: ChatCompletionMessageParam[], callerSignal?: AbortSignal): Promise<{ reply: string } | { refusal: string }> {
    const signal = breaker ? (callerSignal ? AbortSignal.any([callerSignal, breaker.signal]) : breaker.signal) : callerSignal;
    for (;;) {
      try {
        const completion = await withRetries(() => request(messages, signal), {
          maxRetries: options.maxRetries ?? 2,
          maxRetryAfterMs,
          baseDelayMs,
          signal,
        });
        const choice = completion.choices[0];
        const refusal = choice?.message.refusal;
        if (refusal) return { refusal };
        if (choice?.finish_reason === 'content_filter') return { refusal: 'bộ lọc nội dung của máy chủ chặn câu trả lời' };
        if (choice?.finish_reason === 'length') return { reply: '' };
        return { reply: choice?.message.content ?? '' };
      } catch (error) {
        if (callerSignal?.aborted) throw error;
        if (breaker?.reason) throw breaker.openError();
        if (error instanceof APIUserAbortError) throw error;
        const weaker = WEAKER[mode];
        if (error instanceof APIError && (error.status === 400 || error.status === 422) && weaker) {
          mode = weaker;
          continue;
        }
        throw describeFailure(error, options);
      }
    }
  }

  return {
    provider: 'openai',
    model: options.model,
    promptVersion: options.prompt.version,
    outage: () => breaker?.reason ?? null,
    async summarize(input, { signal, feedback }): Promise<StoryDraft> {
      let messages = buildMessages(options.prompt, input, feedback, maxChars);
      let problem = '';
      let refused = false;
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const answer = await complete(messages, signal);
        if ('refusal' in answer) {
          refused = true;
          problem = `mô hình từ chối: ${answer.refusal}`;
          continue;
        }
        const parsed = parseDraftReply(answer.reply, input.words);
        if (parsed.ok) return parsed.draft;
        problem = parsed.problem;
        messages = [
          ...messages,
          { role: 'assistant', content: answer.reply },
          { role: 'user', content: `Phản hồi trên không dùng được (${problem}). Chỉ trả về một đối tượng JSON có đúng ba trường headline, script, bullets.` },
        ];
      }
      throw new SummarizerError(refused ? 'refusal' : 'invalid-output', `"${input.title}": ${problem} (đã thử 2 lần).`);
    },
  };
}
