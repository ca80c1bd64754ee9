import { CheckResultSchema, type CheckResult } from '../../domain/briefing.ts';
import type { StoryDraft, Summarizer, SummaryInput } from '../../providers/llm/llm.ts';
import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';
import { z } from 'zod';

/** A finished story text with its check, as cached. */
export interface CachedStory {
  draft: StoryDraft;
  check: CheckResult;
}

const CachedStorySchema = z.object({
  draft: z.object({ headline: z.string().min(1), script: z.string().min(1), bullets: z.array(z.string().min(1)).min(2).max(4) }),
  check: CheckResultSchema,
});

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function keyPart(value: string): string {
  return `v-${value.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/**
 * summaries/<provider>/<model>/<prompt version>/<hash of the input>.json — the input hash covers
 * the article texts, titles, outlets, dates and the word budget, so changed news misses the cache.
 * URLs stay out: the written text does not depend on them, and the same article behind a changed
 * address (a mirror, the demo server on another port) must not be written again.
 */
export async function draftCacheKey(summarizer: Summarizer, input: SummaryInput): Promise<string> {
  const material = JSON.stringify({
    section: input.section,
    title: input.title,
    words: input.words,
    minWords: input.minWords,
    limitWords: input.limitWords,
    sources: input.sources.map((source) => [source.name, source.title, source.published, source.text]),
  });
  const version = summarizer.promptVersion ?? 'unversioned';
  return `summaries/${keyPart(summarizer.provider)}/${keyPart(summarizer.model)}/${keyPart(version)}/${await sha256Hex(material)}.json`;
}

export async function readCachedStory(cache: Storage, key: string): Promise<CachedStory | null> {
  let value: unknown;
  try {
    value = await getJson<unknown>(cache, key);
  } catch {
    // A damaged cache entry (half-written by an older version) is a miss, and gets rewritten.
    return null;
  }
  const parsed = CachedStorySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function writeCachedStory(cache: Storage, key: string, story: CachedStory): Promise<void> {
  await putJson(cache, key, story);
}
