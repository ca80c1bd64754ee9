import { BriefingSchema, type Briefing } from '../../domain/briefing.ts';
import type { FeedStatus, TimeWindow } from '../../domain/collected.ts';
import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';

/** The files a bulletin may publish; nothing else is ever served from the files store. */
export const BULLETIN_FILES = {
  'briefing.mp3': { type: 'audio/mpeg', label: 'Âm thanh (MP3)', extension: 'mp3' },
  'briefing.pptx': { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'Trình chiếu (PowerPoint)', extension: 'pptx' },
  'briefing.vtt': { type: 'text/vtt; charset=utf-8', label: 'Phụ đề (VTT)', extension: 'vtt' },
  'briefing.srt': { type: 'application/x-subrip; charset=utf-8', label: 'Phụ đề (SRT)', extension: 'srt' },
  'script.md': { type: 'text/markdown; charset=utf-8', label: 'Kịch bản đọc (văn bản)', extension: 'md' },
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
  renderedAt: string | null;
  /** The draft was edited after the last render. */
  changed: boolean;
  feeds: Array<FeedStatus & { name?: string }>;
}

const recordKey = (id: string) => `bulletins/${id}/record`;
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
    /** The newest bulletin that has playable files. */
    async latestPublished(): Promise<BulletinRecord | null> {
      return (await this.list()).find((record) => record.renderedAt !== null) ?? null;
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
    /** Writes every file, then flips the record, so a reader never sees a half-published bulletin. */
    async publish(id: string, rendered: Record<string, Uint8Array | string>, now: Date, onFile?: (done: number, total: number) => void): Promise<BulletinRecord> {
      const record = await getRecord(id);
      if (!record) throw new Error(`bulletin ${id} not found`);
      const names = Object.keys(rendered).filter(isBulletinFileName);
      let done = 0;
      for (const name of names) {
        await files.put(`${id}/${name}`, rendered[name] as Uint8Array | string);
        onFile?.(++done, names.length);
      }
      const updated: BulletinRecord = { ...record, files: names, revision: record.revision + 1, renderedAt: now.toISOString(), changed: false };
      await putJson(store, recordKey(id), updated);
      return updated;
    },
  };
}

export type BulletinStore = ReturnType<typeof createBulletinStore>;

export function countStories(briefing: Briefing): number {
  return briefing.sections.reduce((sum, section) => sum + section.stories.length, 0);
}

/** URL of a published file, with the revision so browsers fetch the new one after a re-render. */
export function fileUrl(record: Pick<BulletinRecord, 'id' | 'revision'>, name: BulletinFileName): string {
  return `/files/${record.id}/${name}?v=${record.revision}`;
}
