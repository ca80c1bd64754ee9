import { describe, expect, it } from 'vitest';
import { BULLETIN_FILES, type BulletinFileName } from '../../src/server/state/bulletins.ts';
import { createTestApp, type Client, type TestApp } from './test-app.ts';

const NAMES = Object.keys(BULLETIN_FILES) as BulletinFileName[];

/** Every file of a revision, each marked with the revision's tag so a mix shows. */
function revisionFiles(tag: string): Record<string, string> {
  return Object.fromEntries(NAMES.map((name) => [name, name.endsWith('.json') ? JSON.stringify({ tag, name }) : `${tag}:${name}`]));
}

async function served(client: Client, id: string, query = ''): Promise<Record<string, string>> {
  const entries = await Promise.all(NAMES.map(async (name) => [name, await (await client.request(`/files/${id}/${name}${query}`)).text()] as const));
  return Object.fromEntries(entries);
}

async function publishedBulletin(): Promise<{ test: TestApp; client: Client; id: string }> {
  const test = await createTestApp();
  const client = await test.signIn();
  const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
  const id = (await test.workflows.runner.wait(jobId))!.result!.bulletinId!;
  await test.workflows.bulletins.publish(id, revisionFiles('cu'), test.services.now());
  return { test, client, id };
}

describe('publishing a bulletin as one unit', () => {
  it('keeps serving every file of the old revision when a publish dies after two files', async () => {
    const { test, client, id } = await publishedBulletin();
    const before = await served(client, id);
    expect(Object.values(before).every((text) => text.includes('cu'))).toBe(true);
    const put = test.services.files.put.bind(test.services.files);
    let puts = 0;
    test.services.files.put = async (key, value) => {
      if (++puts > 2) throw new Error('máy tắt giữa chừng');
      return put(key, value);
    };
    await expect(test.workflows.bulletins.publish(id, revisionFiles('moi'), test.services.now())).rejects.toThrow('máy tắt giữa chừng');
    test.services.files.put = put;
    expect(await served(client, id)).toEqual(before);
    const record = (await test.workflows.bulletins.getRecord(id))!;
    expect(await served(client, id, `?v=${record.revision}`)).toEqual(before);
  });

  it('removes the half-written revision on start and publishes the next one whole', async () => {
    const { test, client, id } = await publishedBulletin();
    const put = test.services.files.put.bind(test.services.files);
    let puts = 0;
    test.services.files.put = async (key, value) => (++puts > 3 ? Promise.reject(new Error('kill')) : put(key, value));
    await test.workflows.bulletins.publish(id, revisionFiles('do-dang'), test.services.now()).catch(() => undefined);
    test.services.files.put = put;
    const record = (await test.workflows.bulletins.getRecord(id))!;
    const folders = async () => new Set((await test.services.files.list(`${id}/`)).map((key) => key.split('/')[1]));
    expect((await folders()).size).toBe(3);
    expect(await test.workflows.bulletins.removeUnpublished()).toBe(1);
    expect(await folders()).toEqual(new Set([record.folder, record.previousFolder]));
    await test.workflows.bulletins.publish(id, revisionFiles('moi'), test.services.now());
    expect(Object.values(await served(client, id)).every((text) => text.includes('moi'))).toBe(true);
  });

  it('serves a page that loaded the previous revision all of that revision, after a new one is published', async () => {
    const test = await createTestApp();
    const client = await test.signIn();
    const { jobId } = (await (await client.json('/api/briefings', {})).json()) as { jobId: string };
    const id = (await test.workflows.runner.wait(jobId))!.result!.bulletinId!;
    const old = (await test.workflows.bulletins.getRecord(id))!;
    const page = await (await client.request(`/bulletins/${id}`)).text();
    expect(page).toContain(`/files/${id}/briefing.mp3?v=${old.revision}`);
    const before = await served(client, id, `?v=${old.revision}`);
    await test.workflows.bulletins.publish(id, revisionFiles('moi'), test.services.now());
    expect(await served(client, id, `?v=${old.revision}`)).toEqual(before);
    const latest = await served(client, id, `?v=${old.revision + 1}`);
    expect(Object.values(latest).every((text) => text.includes('moi'))).toBe(true);
  });
});
