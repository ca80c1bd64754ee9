import type { ConfigInput } from '../config.ts';

/**
 * Settings that come from the environment, layered over the config file:
 * OPENAI_API_KEY / OPENAI_BASE_URL / BANTIN_LLM_MODEL choose the OpenAI-compatible writer,
 * AZURE_SPEECH_KEY / AZURE_SPEECH_REGION / BANTIN_VOICE the Azure voice,
 * BANTIN_ALLOW_PRIVATE_HOSTS=1 lets feeds live on local servers, BANTIN_LEXICON adds lexicon files.
 */
export function configFromEnv(env: Record<string, string | undefined>, base: ConfigInput): ConfigInput {
  const config: ConfigInput = { ...base, llm: { ...base.llm }, voice: { ...base.voice } };
  if (env.OPENAI_API_KEY || env.OPENAI_BASE_URL) {
    config.llm = { ...config.llm, provider: 'openai', apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL };
  }
  if (env.BANTIN_LLM_MODEL) config.llm = { ...config.llm, model: env.BANTIN_LLM_MODEL };
  if (env.BANTIN_LLM_CONCURRENCY) config.llm = { ...config.llm, concurrency: Number(env.BANTIN_LLM_CONCURRENCY) };
  if (env.BANTIN_LLM_DEADLINE_MS) config.llm = { ...config.llm, deadlineMs: Number(env.BANTIN_LLM_DEADLINE_MS) };
  if (env.AZURE_SPEECH_KEY && env.AZURE_SPEECH_REGION) {
    const voiceName = env.BANTIN_VOICE ?? 'vi-VN-HoaiMyNeural';
    config.voice = { ...config.voice, provider: 'azure', azureKey: env.AZURE_SPEECH_KEY, azureRegion: env.AZURE_SPEECH_REGION, name: voiceName };
  } else if (env.BANTIN_VOICE) {
    config.voice = { ...config.voice, name: env.BANTIN_VOICE };
  }
  if (privateHostsAllowed(env)) config.allowPrivateHosts = true;
  if (env.BANTIN_LEXICON) config.lexiconFiles = [...(config.lexiconFiles ?? []), ...env.BANTIN_LEXICON.split(':').filter(Boolean)];
  return config;
}

/** BANTIN_ALLOW_PRIVATE_HOSTS=1 (or true): feeds may live on private or loopback hosts. */
export function privateHostsAllowed(env: Record<string, string | undefined>): boolean {
  return env.BANTIN_ALLOW_PRIVATE_HOSTS === '1' || env.BANTIN_ALLOW_PRIVATE_HOSTS === 'true';
}
