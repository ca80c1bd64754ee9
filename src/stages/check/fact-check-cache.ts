import { z } from 'zod';
import { CheckIssueSchema, type CheckIssue } from '../../domain/briefing.ts';
import { sha256Hex } from '../../fetch/hash-key.ts';
import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';
import { checkFacts } from './check-facts.ts';

/** Everything checkFacts reads for one story: its text, the article texts and the phrases the template may add. */
export interface FactCheckInput {
  draft: { headline: string; script: string; bullets: string[] };
  sourceTexts: string[];
  allowed: string[];
}

/**
 * The fact check, each result kept by what it read: the same story text against the same article
 * texts is checked once per run (the writer, the check stage and render ask for it in turn), and,
 * with a storage and a code version, once per version of the code across runs. `check` stays
 * synchronous; `recall` reads stored results in before it, `keep` stores new ones after.
 */
export interface FactCheckCache {
  /** checkFacts on the input, or the result it gave before for the same content. */
  check(input: FactCheckInput): CheckIssue[];
  /** Reads the stored results of these inputs. One that cannot be read is checked again. */
  recall(inputs: FactCheckInput[]): Promise<void>;
  /** Stores the results checked since the last `keep`. One that cannot be stored is checked again next run. */
  keep(): Promise<void>;
}

export interface FactCheckCacheOptions {
  /** Where results outlive the run: the storage the draft cache uses (SQLite on Node, R2 on Workers). */
  cache?: Storage;
  /**
   * Which code checks (codeVersion() on Node, the Worker's version id): a result is stored under
   * it, so changed check code checks everything again. Without it, results are kept for this run only.
   */
  version?: string;
  /** The check itself; a test passes one that counts its calls. */
  checkFacts?: typeof checkFacts;
}

/** Loose, so a field a newer check adds to an issue comes back as it was stored. */
const StoredResultSchema = z.object({ issues: z.array(CheckIssueSchema.loose()) });

export function createFactCheckCache(options: FactCheckCacheOptions = {}): FactCheckCache {
  const run = options.checkFacts ?? checkFacts;
  const { cache, version } = options;
  const stored = cache && version ? { cache, prefix: `checks/${version.replace(/[^A-Za-z0-9._-]/g, '_')}` } : null;
  /** Results by their input's content; a story's text and articles are already in memory, so keying by them costs little. */
  const results = new Map<string, CheckIssue[]>();
  const unstored = new Set<string>();

  return {
    check(input) {
      const content = contentOf(input);
      const known = results.get(content);
      if (known) return [...known];
      const issues = run(input.draft, input.sourceTexts, { allowed: input.allowed });
      results.set(content, issues);
      if (stored) unstored.add(content);
      return [...issues];
    },
    async recall(inputs) {
      if (!stored) return;
      const wanted = [...new Set(inputs.map(contentOf))].filter((content) => !results.has(content));
      // An unreadable or damaged entry is a miss: the story is checked again and the entry rewritten.
      await Promise.allSettled(
        wanted.map(async (content) => {
          const parsed = StoredResultSchema.safeParse(await getJson<unknown>(stored.cache, await keyOf(stored.prefix, content)));
          if (parsed.success) results.set(content, parsed.data.issues as CheckIssue[]);
        }),
      );
    },
    async keep() {
      if (!stored) return;
      const pending = [...unstored];
      unstored.clear();
      // A result that cannot be stored is still right for this run; the next run only checks it again.
      await Promise.allSettled(pending.map(async (content) => putJson(stored.cache, await keyOf(stored.prefix, content), { issues: results.get(content) })));
    },
  };
}

async function keyOf(prefix: string, content: string): Promise<string> {
  return `${prefix}/${await sha256Hex(content)}.json`;
}

function contentOf(input: FactCheckInput): string {
  const { draft, sourceTexts, allowed } = input;
  return JSON.stringify([draft.headline, draft.script, draft.bullets, sourceTexts, allowed]);
}
