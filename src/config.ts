import { z } from 'zod';
import { DEFAULT_QUOTAS, SectionIdSchema } from './domain/sections.ts';

export const MemberSchema = z.object({
  name: z.string().min(1),
  /** YYYY-MM-DD */
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày sinh phải có dạng YYYY-MM-DD'),
});

/** A Vietnamese message for a name not in `choices`, naming what was written and what may be. */
function oneOf(choices: readonly string[]) {
  return (issue: { input?: unknown }) => `"${String(issue.input)}" không có. Chọn một trong: ${choices.map((choice) => `"${choice}"`).join(', ')}.`;
}

/** The names the runtimes' provider tables (runtime/providers-node.ts, runtime/workers.ts) are keyed by. */
export const LLM_PROVIDERS = ['extractive', 'openai'] as const;
export const VOICE_PROVIDERS = ['espeak', 'azure'] as const;

export const LlmConfigSchema = z.object({
  /** extractive: offline, no key; openai: any OpenAI-compatible server. */
  provider: z.enum(LLM_PROVIDERS, { error: oneOf(LLM_PROVIDERS) }).default('extractive'),
  baseURL: z.string().optional(),
  apiKey: z.string().optional(),
  model: z.string().default('gpt-4o-mini'),
  /** Stories written and requests in flight at once (BANTIN_LLM_CONCURRENCY): the default bulletin's 16 stories in one round. */
  concurrency: z.number().int().min(1).max(16).default(16),
  timeoutMs: z.number().int().positive().default(60_000),
  /** Consecutive failed requests after which the rest of the run is written offline. */
  breakerFailures: z.number().int().min(1).default(3),
  /** Longest the model may take over one run's stories, from its first request (BANTIN_LLM_DEADLINE_MS). */
  deadlineMs: z.number().int().positive().default(20 * 60_000),
});

export const VoiceConfigSchema = z.object({
  /** espeak: offline voice from npm; azure: Azure Speech neural voices. */
  provider: z.enum(VOICE_PROVIDERS, { error: oneOf(VOICE_PROVIDERS) }).default('espeak'),
  /** Azure voice name, or the espeak variant: vi (Northern), vi-vn-x-central, vi-vn-x-south. */
  name: z.string().default('vi-vn-x-south'),
  azureKey: z.string().optional(),
  azureRegion: z.string().optional(),
  /** Speaking rate, 1 = normal. */
  rate: z.number().min(0.5).max(2).default(1),
  /** "nghìn" (standard) or "ngàn" (Southern) when reading thousands. */
  thousand: z.enum(['nghìn', 'ngàn']).default('nghìn'),
});

export const DeckConfigSchema = z.object({
  theme: z.enum(['do-vang', 'trung-tinh']).default('do-vang'),
  /** Path or URL of the cell's logo image (PNG/JPEG). */
  logo: z.string().optional(),
  embedAudio: z.boolean().default(false),
});

export const ConfigSchema = z.object({
  cell: z
    .object({
      name: z.string().min(1).default('Chi bộ Văn phòng'),
      unit: z.string().min(1).default('Viện kiểm sát nhân dân tỉnh Đồng Tháp'),
    })
    .prefault({}),
  members: z.array(MemberSchema).default([]),
  quotas: z.record(SectionIdSchema, z.number().int().min(0).max(20)).default(DEFAULT_QUOTAS),
  targetMinutes: z.number().min(2).max(60).default(10),
  /** Spoken length of one story, in seconds at the voice's rate: the bulletin's share is kept inside it. */
  storySeconds: z
    .object({ min: z.number().min(5).max(300).default(30), max: z.number().min(5).max(300).default(45) })
    .refine((range) => range.min <= range.max, 'storySeconds.min phải nhỏ hơn hoặc bằng storySeconds.max')
    .prefault({}),
  llm: LlmConfigSchema.prefault({}),
  voice: VoiceConfigSchema.prefault({}),
  deck: DeckConfigSchema.prefault({}),
  /** Allow fetching from private/loopback hosts (the demo server, an intranet feed). */
  allowPrivateHosts: z.boolean().default(false),
  /** Origins ("http://127.0.0.1:8790") reachable though private: the demo feed server on this machine, and nothing else there. */
  allowedOrigins: z.array(z.string()).default([]),
  /** Lexicon files (TSV) that extend the built-in abbreviation and pronunciation lexicons. */
  lexiconFiles: z.array(z.string()).default([]),
});

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
export type Member = z.infer<typeof MemberSchema>;
