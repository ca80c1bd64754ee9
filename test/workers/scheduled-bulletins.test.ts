import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import entry from '../../src/worker.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveCell, saveFeeds } from '../../src/workers/cell-directory.ts';
import type { Db, R2BucketLike } from '../../src/workers/bindings.ts';
import { FeedSchema } from '../../src/domain/catalog.ts';
import { ESPEAK_CELL, FIXTURE_CELLS, FIXTURE_FEEDS, SCHEDULE, TICK, type FixtureCell } from './scale-fixtures.ts';

interface TestEnv {
  DB: Db;
  BUCKET: R2BucketLike;
  TEST_MIGRATIONS: D1Migration[];
  FAKE_SITES: string;
}
interface Counts {
  hits: Record<string, number>;
  llmCalls: number;
  llmTitles: string[];
  ttsCalls: number;
  ttsVoices: string[];
}

const bindings = env as TestEnv;
const MEETING = '2026-11-27';

async function counts(): Promise<Counts> {
  return (await fetch(`${bindings.FAKE_SITES}/__counts`)).json() as Promise<Counts>;
}

async function text(key: string): Promise<string | null> {
  const object = await bindings.BUCKET.get(key);
  return object ? new TextDecoder().decode(await object.arrayBuffer()) : null;
}

async function waitForBulletins(ids: string[]): Promise<Array<{ id: string; status: string; error: string | null }>> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    const { results } = await bindings.DB.prepare(`SELECT id, status, error FROM bulletins WHERE id IN (${ids.map(() => '?').join(',')}) ORDER BY id`).bind(...ids).all<{ id: string; status: string; error: string | null }>();
    if (results.length === ids.length && results.every((row: { status: string }) => row.status === 'published' || row.status === 'failed')) return results;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('bulletins did not finish within 60 s');
}

const seedCell = (cell: FixtureCell) =>
  saveCell(
    bindings.DB,
    { id: cell.id, name: cell.name, unit: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', scheduleWeekday: SCHEDULE.weekday, scheduleHour: SCHEDULE.hour, voice: cell.voice, settings: {} },
    cell.feeds,
    [{ name: 'Trần Thị Bình', birthDate: '1980-11-29' }],
  );

describe('a cron tick for cells that share feeds', () => {
  let finished: Array<{ id: string; status: string; error: string | null }>;
  let seen: Counts;

  beforeAll(async () => {
    await applyD1Migrations(bindings.DB, bindings.TEST_MIGRATIONS);
    await saveFeeds(bindings.DB, FIXTURE_FEEDS.map((feed) => FeedSchema.parse({ id: feed.id, name: feed.name, url: `${bindings.FAKE_SITES}/feeds/${feed.id}.rss`, section: feed.section })));
    for (const cell of [...FIXTURE_CELLS, ESPEAK_CELL]) await seedCell(cell);
    // An editor of vks-vp changed the roster in the cell's web app: the schedule must use it.
    await bindings.BUCKET.put('cells/vks-vp/state/roster', JSON.stringify([{ name: 'Lê Văn Cường', birthDate: '1975-11-28' }]));
    // A cell due on another day must not start.
    await saveCell(bindings.DB, { id: 'vks-khac', name: 'Chi bộ Phòng 3', unit: 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', scheduleWeekday: 1, scheduleHour: 8, voice: 'vi-VN-HoaiMyNeural', settings: {} }, ['rieng-mot']);

    await entry.scheduled({ scheduledTime: Date.parse(TICK) }, env as never);
    // A second tick in the same hour (a retried cron) starts nothing twice.
    await entry.scheduled({ scheduledTime: Date.parse(TICK) + 60_000 }, env as never);
    finished = await waitForBulletins([...FIXTURE_CELLS, ESPEAK_CELL].map((cell) => `${cell.id}/${MEETING}`));
    seen = await counts();
  });

  it('publishes a bulletin for each of the three cells, and starts no cell due another day', async () => {
    for (const cell of FIXTURE_CELLS) expect(finished.find((row) => row.id === `${cell.id}/${MEETING}`)).toMatchObject({ status: 'published', error: null });
    const other = await bindings.DB.prepare("SELECT COUNT(*) AS n FROM bulletins WHERE cell_id = 'vks-khac'").first<{ n: number }>();
    expect(other?.n).toBe(0);
  });

  it('fetches each shared feed once for all the cells that use it', () => {
    for (const feed of FIXTURE_FEEDS) expect(seen.hits[`/feeds/${feed.id}.rss`], feed.id).toBe(1);
    for (const story of FIXTURE_FEEDS.flatMap((feed) => feed.stories)) expect(seen.hits[`/articles/${story.slug}.html`], story.slug).toBe(1);
  });

  it('summarizes each shared story once', () => {
    const titles = FIXTURE_FEEDS.flatMap((feed) => feed.stories.map((story) => story.title));
    expect([...seen.llmTitles].sort()).toEqual([...titles].sort());
    expect(seen.llmCalls).toBe(titles.length);
  });

  it('voices each distinct text once per voice, reusing shared stories across cells with the same voice', async () => {
    const keysByCell = new Map<string, string[]>();
    for (const cell of FIXTURE_CELLS) {
      const segments = JSON.parse((await text(`cells/${cell.id}/files/lich-${MEETING}/segments.json`))!) as { items: Array<{ audioKey: string; kind: string }>; duration: number; voice: { name: string } };
      expect(segments.voice.name).toBe(cell.voice);
      expect(segments.duration).toBeGreaterThan(5);
      keysByCell.set(cell.id, segments.items.map((item) => item.audioKey));
    }
    const all = [...keysByCell.values()].flat();
    const distinct = new Set(all);
    expect(seen.ttsCalls).toBe(distinct.size);
    expect(all.length).toBeGreaterThan(distinct.size);
    // The two cells with the same voice share the stories of the feeds they share (2 + 2 stories).
    const [vp, p1] = [new Set(keysByCell.get('vks-vp')), new Set(keysByCell.get('vks-p1'))];
    expect([...vp].filter((key) => p1.has(key)).length).toBeGreaterThanOrEqual(4);
    expect(seen.ttsVoices.filter((voice) => voice === 'vi-VN-NamMinhNeural').length).toBe(new Set(keysByCell.get('vks-cl')).size);
  });

  it('gives each cell only the stories of its own feeds, in its own folder', async () => {
    for (const cell of FIXTURE_CELLS) {
      const briefing = JSON.parse((await text(`cells/${cell.id}/files/lich-${MEETING}/briefing.json`))!) as { meta: { cellName: string }; sections: Array<{ stories: Array<{ sources: Array<{ feedId: string }> }> }>; segments: Array<{ kind: string }> };
      expect(briefing.meta.cellName).toBe(cell.name);
      const feeds = new Set(briefing.sections.flatMap((section) => section.stories.flatMap((story) => story.sources.map((source) => source.feedId))));
      expect([...feeds].sort()).toEqual([...cell.feeds].sort());
      expect(briefing.segments.map((segment) => segment.kind)).toEqual(['birthdays']);
      const mp3 = (await bindings.BUCKET.get(`cells/${cell.id}/files/lich-${MEETING}/briefing.mp3`))!;
      const bytes = new Uint8Array(await mp3.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 3))).toBe('ID3');
      const pptx = new Uint8Array(await (await bindings.BUCKET.get(`cells/${cell.id}/files/lich-${MEETING}/briefing.pptx`))!.arrayBuffer());
      expect([pptx[0], pptx[1]]).toEqual([0x50, 0x4b]);
      // The web app of the cell lists it as published.
      const record = JSON.parse((await text(`cells/${cell.id}/state/bulletins/lich-${MEETING}/record`))!) as { files: string[]; renderedAt: string | null };
      expect(record.renderedAt).not.toBeNull();
      expect(record.files).toContain('briefing.mp3');
    }
  });

  it("uses the roster saved in the cell's web app over the one in D1", async () => {
    const briefing = JSON.parse((await text(`cells/vks-vp/files/lich-${MEETING}/briefing.json`))!) as { segments: Array<{ people: Array<{ name: string }> }> };
    expect(briefing.segments[0]?.people.map((person) => person.name)).toEqual(['Lê Văn Cường']);
    const other = JSON.parse((await text(`cells/vks-p1/files/lich-${MEETING}/briefing.json`))!) as { segments: Array<{ people: Array<{ name: string }> }> };
    expect(other.segments[0]?.people.map((person) => person.name)).toEqual(['Trần Thị Bình']);
  });

  it('fails the espeak cell with a Vietnamese message instead of crashing, at no extra cost', () => {
    const espeak = finished.find((row) => row.id === `${ESPEAK_CELL.id}/${MEETING}`);
    expect(espeak?.status).toBe('failed');
    expect(espeak?.error).toContain('espeak-ng) không chạy được trên Cloudflare Workers');
    expect(espeak?.error).toContain('vi-VN-HoaiMyNeural');
  });
});
