import type { Config } from '../config.ts';
import { BantinError } from '../domain/errors.ts';
import type { Summarizer } from '../providers/llm/llm.ts';
import { ESPEAK_VOICES } from '../providers/tts/espeak-voices.ts';
import type { Tts } from '../providers/tts/tts.ts';

type LlmConfig = Config['llm'];
type VoiceConfig = Config['voice'];

/**
 * The writers on this machine, by the config's `llm.provider`. Each entry imports its module when
 * chosen, so an offline run never loads the OpenAI SDK.
 */
export const NODE_SUMMARIZERS = {
  extractive: async () => (await import('../providers/llm/extractive.ts')).createExtractiveSummarizer(),
  // The OpenAI wiring (prompt, breaker, request limits) stays with the LLM providers.
  openai: async (llm: LlmConfig) => (await import('../providers/llm/create-summarizer-node.ts')).createSummarizerFromConfig(llm),
} satisfies Record<LlmConfig['provider'], (llm: LlmConfig) => Promise<Summarizer>>;

/** How a run will use its voice. */
export interface VoiceOptions {
  /** Start the voice's workers now, before the first item to speak (default true); false when the run will likely speak nothing. */
  warm?: boolean;
}

/**
 * The voices on this machine, by the config's `voice.provider`. Each entry imports its module when
 * chosen: the Azure Speech SDK alone takes ~0.6 s to load, which an espeak run does not pay.
 */
export const NODE_VOICES = {
  espeak: async (voice: VoiceConfig, options: VoiceOptions = {}) => {
    const variant = ESPEAK_VOICES.find((name) => name === voice.name) ?? 'vi-vn-x-south';
    return (await import('../providers/tts/espeak-node.ts')).createEspeakTts({ voice: variant, rate: voice.rate, warm: options.warm ?? true });
  },
  azure: async (voice: VoiceConfig) => {
    if (!voice.azureKey || !voice.azureRegion) throw new BantinError('config', 'giọng Azure cần AZURE_SPEECH_KEY và AZURE_SPEECH_REGION.');
    return (await import('../providers/tts/azure-node.ts')).createAzureTts({ key: voice.azureKey, region: voice.azureRegion, voice: voice.name, rate: voice.rate });
  },
} satisfies Record<VoiceConfig['provider'], (voice: VoiceConfig, options?: VoiceOptions) => Promise<Tts>>;

/** The writer the config names. */
export function createSummarizerNode(llm: LlmConfig): Promise<Summarizer> {
  return NODE_SUMMARIZERS[llm.provider](llm);
}

/** The voice the config names: Azure when its key is set, the offline espeak-ng voice otherwise. */
export function createTtsNode(voice: VoiceConfig, options: VoiceOptions = {}): Promise<Tts> {
  return NODE_VOICES[voice.provider](voice, options);
}
