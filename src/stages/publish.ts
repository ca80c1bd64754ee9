/**
 * publish: a bulletin's files become visible as one unit. Every file is written into a new
 * revision that no reader looks at, then one pointer is switched in a single atomic step, then
 * revisions older than the previous one are removed. A run killed at any moment leaves readers on
 * one whole revision, the old or the new; what it half-wrote is an unpointed revision that
 * `removeUnpublishedRevisions` deletes on the next start.
 */

/** The revision readers see: its name and the files it holds. */
export interface PublishedRevision {
  revision: string;
  files: string[];
}

/**
 * Where revisions live and how the pointer is switched; one per place a bulletin is published
 * (a CLI output folder, the web app's bulletins store, R2 on Workers).
 */
export interface RevisionStore {
  /** Writes one file of a revision no reader sees yet. */
  putFile(revision: string, name: string, content: Uint8Array | string): Promise<void>;
  /** The revision readers see now, or null before the first publish. */
  current(): Promise<PublishedRevision | null>;
  /** Makes `published` the revision readers see, in one atomic step. */
  switchTo(published: PublishedRevision): Promise<void>;
  /** Every revision present, pointed to or not. */
  revisions(): Promise<string[]>;
  removeRevision(revision: string): Promise<void>;
}

export interface PublishOptions {
  /** Name of the new revision; must differ from the current one. */
  revision: string;
  /** Files in this order, so the progress display can count them. */
  onFile?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Publishes `files` as one new revision and returns it once readers see it. */
export async function publishRevision(files: Record<string, Uint8Array | string>, store: RevisionStore, options: PublishOptions): Promise<PublishedRevision> {
  const names = Object.keys(files);
  const previous = await store.current();
  if (previous?.revision === options.revision) throw new Error(`[publish] revision "${options.revision}" is already published; choose a new revision name`);
  // A run killed while writing this very revision name before must not leave its files mixed in.
  if ((await store.revisions()).includes(options.revision)) await store.removeRevision(options.revision);
  let done = 0;
  for (const name of names) {
    options.signal?.throwIfAborted();
    await store.putFile(options.revision, name, files[name]!);
    options.onFile?.(++done, names.length);
  }
  options.signal?.throwIfAborted();
  const published = { revision: options.revision, files: names };
  await store.switchTo(published);
  // The previous revision stays one publish longer: a player that loaded its page just before
  // the switch still finds every file of the revision it started with.
  await removeUnpublishedRevisions(store, previous ? [previous.revision] : []);
  return published;
}

/** Removes every revision but the current one and `keep` (half-written or superseded ones). */
export async function removeUnpublishedRevisions(store: RevisionStore, keep: string[] = []): Promise<string[]> {
  const current = await store.current();
  const kept = new Set([...keep, ...(current ? [current.revision] : [])]);
  const removed = (await store.revisions()).filter((revision) => !kept.has(revision));
  for (const revision of removed) await store.removeRevision(revision);
  return removed;
}

/** A sortable, unique revision name: "r" + UTC time to the millisecond + a random tail. */
export function newRevisionName(now: Date, random: () => string): string {
  return `r${now.toISOString().replace(/[-:.TZ]/g, '')}-${random()}`;
}
