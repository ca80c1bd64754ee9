import { z } from 'zod';
import { ConfigSchema, type Config, type ConfigInput } from '../config.ts';
import { BantinError } from '../domain/errors.ts';

/** A plain string record: `process.env` on Node, the Worker's vars and secrets on Workers. */
export type EnvVars = Record<string, string | undefined>;

/** The Azure voice chosen when Azure Speech is configured and neither BANTIN_VOICE nor the config names one. */
export const DEFAULT_AZURE_VOICE = 'vi-VN-HoaiMyNeural';

const text = z.string().trim().min(1).optional();

const flag = z
  .enum(['1', 'true', '0', 'false'], { error: 'chỉ nhận 1, true, 0 hoặc false' })
  .transform((value) => value === '1' || value === 'true')
  .optional();

const integer = (min: number, max: number, allowed: string) =>
  z
    .string()
    .regex(/^\d+$/, allowed)
    .transform(Number)
    .pipe(z.number().int().min(min, allowed).max(max, allowed))
    .optional();

/**
 * Every variable that sets part of the config, with the same name and values on Node and Workers.
 * Others (BANTIN_DATA_DIR, BANTIN_CONFIG, BANTIN_TRUSTED_PROXY on Node; DEFAULT_CELL on Workers)
 * say where things live, not what the bulletin is, and are read where they are used.
 */
const EnvSchema = z.object({
  OPENAI_API_KEY: text,
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/, error: 'phải là một địa chỉ http:// hoặc https://' }).optional(),
  BANTIN_LLM_MODEL: text,
  BANTIN_LLM_CONCURRENCY: integer(1, 16, 'phải là số nguyên từ 1 đến 16'),
  BANTIN_LLM_DEADLINE_MS: integer(1, Number.MAX_SAFE_INTEGER, 'phải là số nguyên dương (mili giây, ví dụ 1200000 = 20 phút)'),
  AZURE_SPEECH_KEY: text,
  AZURE_SPEECH_REGION: text,
  BANTIN_VOICE: text,
  BANTIN_ALLOW_PRIVATE_HOSTS: flag,
  BANTIN_LEXICON: text,
});

type EnvValues = z.infer<typeof EnvSchema>;

/** The names of every variable that sets part of the config, for the docs and `--help` to list. */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape) as Array<keyof EnvValues>;

/** Names bantin used to read, with the one to set instead. */
const RENAMED: Record<string, string> = { ALLOW_PRIVATE_HOSTS: 'BANTIN_ALLOW_PRIVATE_HOSTS' };

/** Parses the variables of EnvSchema; a bad value fails with the variable's name, what was set and what is allowed. */
export function readEnvVars(env: EnvVars): EnvValues {
  const present = Object.fromEntries(Object.keys(EnvSchema.shape).flatMap((name) => (env[name] === undefined || env[name] === '' ? [] : [[name, env[name]]])));
  const problems: string[] = [];
  for (const [old, current] of Object.entries(RENAMED)) {
    if (env[old] !== undefined && env[current] === undefined) problems.push(`  - biến ${old} đã đổi tên: hãy đặt ${current}=${env[old]} thay cho ${old}.`);
  }
  const parsed = EnvSchema.safeParse(present);
  if (parsed.success && problems.length === 0) return parsed.data;
  for (const issue of parsed.error?.issues ?? []) {
    const name = String(issue.path[0]);
    problems.push(`  - biến ${name}="${present[name]}" không hợp lệ: ${issue.message}.`);
  }
  throw new BantinError('config', `biến môi trường không hợp lệ:\n${problems.join('\n')}`);
}

/**
 * The one env → config mapper of every runtime: the environment's settings layered over `base`
 * (the config file on Node, the Workers defaults on Workers), then `overrides` (command-line
 * flags), validated into a Config.
 * OPENAI_API_KEY / OPENAI_BASE_URL / BANTIN_LLM_MODEL / BANTIN_LLM_CONCURRENCY / BANTIN_LLM_DEADLINE_MS
 * choose the OpenAI-compatible writer, AZURE_SPEECH_KEY + AZURE_SPEECH_REGION / BANTIN_VOICE the voice,
 * BANTIN_ALLOW_PRIVATE_HOSTS=1|true lets feeds live on local servers, BANTIN_LEXICON adds lexicon files.
 */
export function configFromEnv(env: EnvVars, base: ConfigInput = {}, options: { overrides?: Partial<ConfigInput>; source?: string } = {}): Config {
  const vars = readEnvVars(env);
  let llm = { ...base.llm };
  if (vars.OPENAI_API_KEY || vars.OPENAI_BASE_URL) llm = { ...llm, provider: 'openai', apiKey: vars.OPENAI_API_KEY, baseURL: vars.OPENAI_BASE_URL };
  if (vars.BANTIN_LLM_MODEL) llm.model = vars.BANTIN_LLM_MODEL;
  if (vars.BANTIN_LLM_CONCURRENCY) llm.concurrency = vars.BANTIN_LLM_CONCURRENCY;
  if (vars.BANTIN_LLM_DEADLINE_MS) llm.deadlineMs = vars.BANTIN_LLM_DEADLINE_MS;
  let voice = { ...base.voice };
  if (vars.AZURE_SPEECH_KEY && vars.AZURE_SPEECH_REGION) {
    const configured = voice.provider === 'azure' ? voice.name : undefined;
    voice = { ...voice, provider: 'azure', azureKey: vars.AZURE_SPEECH_KEY, azureRegion: vars.AZURE_SPEECH_REGION, name: vars.BANTIN_VOICE ?? configured ?? DEFAULT_AZURE_VOICE };
  } else if (vars.BANTIN_VOICE) {
    voice.name = vars.BANTIN_VOICE;
  }
  const input: ConfigInput = { ...base, llm, voice };
  if (vars.BANTIN_ALLOW_PRIVATE_HOSTS !== undefined) input.allowPrivateHosts = vars.BANTIN_ALLOW_PRIVATE_HOSTS;
  if (vars.BANTIN_LEXICON) input.lexiconFiles = [...(base.lexiconFiles ?? []), ...vars.BANTIN_LEXICON.split(':').filter(Boolean)];
  const parsed = ConfigSchema.safeParse({ ...input, ...options.overrides });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${options.source ?? 'cấu hình'}: trường "${issue.path.join('.')}": ${issue.message}`);
    throw new BantinError('config', `cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** BANTIN_ALLOW_PRIVATE_HOSTS=1 (or true): feeds may live on private or loopback hosts. */
export function privateHostsAllowed(env: EnvVars): boolean {
  return readEnvVars(env).BANTIN_ALLOW_PRIVATE_HOSTS === true;
}

/** The string-valued entries of a Worker's env (vars and secrets), leaving out its bindings (D1, R2, queues). */
export function stringVars(env: object): EnvVars {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
