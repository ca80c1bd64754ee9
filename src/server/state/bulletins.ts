import { BriefingSchema, countStories, type Briefing } from '../../domain/briefing.ts';
import type { FeedStatus, TimeWindow } from '../../domain/collected.ts';
import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';
import { publishRevision, removeUnpublishedRevisions, type RevisionStore } from '../../stages/publish.ts';

/** The files a bulletin may publish; nothing else is ever served from the files store. */
export const BULLETIN_FILES = {
  'briefing.mp3': { type: 'audio/mpeg', label: 'Âm thanh (MP3)', extension: 'mp3' },
  'briefing.pptx': { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'Trình chiếu (PowerPoint)', extension: 'pptx' },
  'briefing.html': { type: 'text/html; charset=utf-8', label: 'Trình chiếu (tệp HTML, mở không cần mạng)', extension: 'html' },
  'briefing.vtt': { type: 'text/vtt; charset=utf-8', label: 'Phụ đề (VTT)', extension: 'vtt' },
  'briefing.srt': { type: 'application/x-subrip; charset=utf-8', label: 'Phụ đề (SRT)', extension: 'srt' },
  'script.md': { type: 'text/markdown; charset=utf-8', label: 'Kịch bản đọc (văn bản)', extension: 'md' },
  'briefing.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Kịch bản (Word, cho biên bản)', extension: 'docx' },
  'briefing.json': { type: 'application/json; charset=utf-8', label: 'Tài liệu bản tin (JSON)', extension: 'json' },
  'segments.json': { type: 'application/json; charset=utf-8', label: 'Mốc thời gian (JSON)', extension: 'json' },
} as const;
export type BulletinFileName = keyof typeof BULLETIN_FILES;
export const isBulletinFileName = (name: string): name is BulletinFileName => Object.hasOwn(BULLETIN_FILES, name);
export const BULLETIN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{5,63}$/;

/** One bulletin in the index: its editable draft lives beside it, its published files in the files store. */
export interface BulletinRecord {
  id: string;
  createdAt: string;
  meetingDate: string;
  window: TimeWindow;
  storyCount: number;
  /** Made from the offline sample news (fictional events): marked wherever the bulletin is listed. */
  sample?: boolean;
  /** Published file names; empty until the first render finishes. */
  files: BulletinFileName[];
  /** Goes up with every render, so players and downloads never show a stale cached file. */
  revision: number;
  /**
   * The revision folder holding the published files (`r<revision>`); absent for bulletins
   * published before revisions, whose files sit directly under the id.
   */
  folder?: string;
  /** The folder of the revision before, kept one publish longer for players that loaded it. */
  previousFolder?: string | null;
  renderedAt: string | null;
  /** The draft was edited after the last render. */
  changed: boolean;
  feeds: Array<FeedStatus & { name?: string }>;
  /**
   * When an editor pressed "Phát hành"; null while the bulletin is a draft members do not see.
   * Absent on bulletins made before drafts existed, which stay visible.
   */
  releasedAt?: string | null;
}

/** Members see a bulletin once an editor has released it ("Phát hành"); editors see every one. */
export const isReleased = (record: Pick<BulletinRecord, 'releasedAt'>) => record.releasedAt !== null;
export const canSee = (role: 'editor' | 'member', record: Pick<BulletinRecord, 'releasedAt'>) => role === 'editor' || isReleased(record);

const recordKey = (id: string) => `bulletins/${id}/record`;
const REVISION_FOLDER = /^r\d+$/;

/**
 * Key of a published file in the files store: of the current revision, or of the previous one
 * when a page that loaded it asks (`?v=`), so one player never mixes two revisions' files.
 */
export function publishedFileKey(record: BulletinRecord, name: BulletinFileName, revision?: number): string {
  if (!record.folder) return `${record.id}/${name}`;
  const folder = revision === record.revision - 1 && record.previousFolder ? record.previousFolder : record.folder;
  return `${record.id}/${folder}/${name}`;
}
const draftKey = (id: string) => `bulletins/${id}/draft`;

export function createBulletinStore(store: Storage, files: Storage) {
  const getRecord = async (id: string) => (BULLETIN_ID_PATTERN.test(id) ? getJson<BulletinRecord>(store, recordKey(id)) : null);
  return {
    getRecord,
    async list(): Promise<BulletinRecord[]> {
      const keys = (await store.list('bulletins/')).filter((key) => key.endsWith('/record'));
      const records = await Promise.all(keys.map((key) => getJson<BulletinRecord>(store, key)));
      return records.filter((record): record is BulletinRecord => record !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    /** The newest bulletin that has playable files (for a member: the newest released one). */
    async latestPublished(role: 'editor' | 'member' = 'editor'): Promise<BulletinRecord | null> {
      return (await this.list()).find((record) => record.renderedAt !== null && canSee(role, record)) ?? null;
    },
    /**
     * The last real bulletin that finished: the next default window starts where its window ended.
     * Sample runs and runs that were cancelled or failed before their files were published never count.
     */
    async lastCompleted(): Promise<BulletinRecord | null> {
      return (await this.list()).find((record) => record.renderedAt !== null && !record.sample) ?? null;
    },
    /** "Phát hành": members see the bulletin from now on. */
    async release(id: string, now: Date): Promise<BulletinRecord | null> {
      const record = await getRecord(id);
      if (!record) return null;
      const released = { ...record, releasedAt: record.releasedAt ?? now.toISOString() };
      await putJson(store, recordKey(id), released);
      return released;
    },
    /**
     * Deletes a bulletin: the record goes first, so no page lists or serves it any more, then its
     * draft and every revision folder (and pre-revision files) through the same revision store
     * publishing uses.
     */
    async remove(id: string): Promise<boolean> {
      const record = await getRecord(id);
      if (!record) return false;
      await store.delete(recordKey(id));
      await store.delete(draftKey(id));
      const revisions = revisionStore(id, async () => undefined);
      for (const revision of await revisions.revisions()) await revisions.removeRevision(revision);
      for (const key of await files.list(`${id}/`)) await files.delete(key);
      return true;
    },
    async getDraft(id: string): Promise<Briefing | null> {
      if (!BULLETIN_ID_PATTERN.test(id)) return null;
      const json = await getJson<unknown>(store, draftKey(id));
      return json === null ? null : BriefingSchema.parse(json);
    },
    async create(id: string, briefing: Briefing, feeds: Array<FeedStatus & { name?: string }>, now: Date): Promise<BulletinRecord> {
      const record: BulletinRecord = {
        id,
        createdAt: now.toISOString(),
        meetingDate: briefing.meta.meetingDate,
        window: briefing.meta.window,
        storyCount: countStories(briefing),
        ...(briefing.meta.sample ? { sample: true } : {}),
        files: [],
        revision: 0,
        renderedAt: null,
        changed: true,
        feeds,
        releasedAt: null,
      };
      await putJson(store, draftKey(id), briefing);
      await putJson(store, recordKey(id), record);
      return record;
    },
    async saveDraft(id: string, briefing: Briefing): Promise<BulletinRecord> {
      const record = await getRecord(id);
      if (!record) throw new Error(`bulletin ${id} not found`);
      const valid = BriefingSchema.parse(briefing);
      await putJson(store, draftKey(id), valid);
      const updated = { ...record, storyCount: countStories(valid), meetingDate: valid.meta.meetingDate, changed: true };
      await putJson(store, recordKey(id), updated);
      return updated;
    },
    /**
     * Writes every file into a new revision folder, then flips the record (the one pointer) in a
     * single put, so a reader never sees a half-published bulletin.
     */
    async publish(id: string, rendered: Record<string, Uint8Array | string>, now: Date, onFile?: (done: number, total: number) => void): Promise<BulletinRecord> {
      const record = await getRecord(id);
      if (!record) throw new Error(`bulletin ${id} not found`);
      const files = Object.fromEntries(Object.entries(rendered).filter(([name]) => isBulletinFileName(name)));
      let updated: BulletinRecord = record;
      const revisions = revisionStore(id, async (published) => {
        const latest = (await getRecord(id)) ?? record;
        updated = {
          ...latest,
          files: published.files.filter(isBulletinFileName),
          revision: record.revision + 1,
          folder: published.revision,
          previousFolder: latest.folder ?? null,
          renderedAt: now.toISOString(),
          changed: false,
        };
        await putJson(store, recordKey(id), updated);
      });
      await publishRevision(files, revisions, { revision: `r${record.revision + 1}`, onFile });
      return updated;
    },
    /** On start: removes the revision folders a killed publish left behind, keeping current and previous. */
    async removeUnpublished(): Promise<number> {
      let removed = 0;
      for (const record of await this.list()) {
        const revisions = revisionStore(record.id, async () => undefined);
        removed += (await removeUnpublishedRevisions(revisions, record.previousFolder ? [record.previousFolder] : [])).length;
      }
      return removed;
    },
  };

  function revisionStore(id: string, switchTo: RevisionStore['switchTo']): RevisionStore {
    const folderKeys = async (revision: string) => (await files.list(`${id}/${revision}/`));
    return {
      putFile: (revision, name, content) => files.put(`${id}/${revision}/${name}`, content),
      async current() {
        const record = await getRecord(id);
        return record?.folder ? { revision: record.folder, files: record.files } : null;
      },
      switchTo,
      async revisions() {
        const folders = (await files.list(`${id}/`)).map((key) => key.slice(id.length + 1).split('/')).filter((parts) => parts.length === 2 && REVISION_FOLDER.test(parts[0]!));
        return [...new Set(folders.map((parts) => parts[0]!))];
      },
      async removeRevision(revision) {
        for (const key of await folderKeys(revision)) await files.delete(key);
      },
    };
  }
}

export type BulletinStore = ReturnType<typeof createBulletinStore>;

export { countStories };

/** URL of a published file, with the revision so browsers fetch the new one after a re-render. */
/** All published files of the revision the page shows, in one zip. */
export function zipUrl(record: Pick<BulletinRecord, 'id' | 'revision'>): string {
  return `/files/${record.id}/ban-tin.zip?v=${record.revision}`;
}

export function fileUrl(record: Pick<BulletinRecord, 'id' | 'revision'>, name: BulletinFileName): string {
  return `/files/${record.id}/${name}?v=${record.revision}`;
}
