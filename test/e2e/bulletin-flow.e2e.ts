import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium, launchChromium } from './launch-chromium.ts';
import { E2E_PASSWORD, startE2eServer } from './start-e2e-server.ts';

const missing = ensureChromium();
if (missing) console.warn(missing);

/** BANTIN_SCREENSHOTS=docs/web-screenshots saves a PNG of every page visited. */
const shotsDir = process.env.BANTIN_SCREENSHOTS ? resolve(process.env.BANTIN_SCREENSHOTS) : null;

describe.skipIf(missing !== null)('the web app in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const errors: string[] = [];

  async function shot(name: string, fullPage = true) {
    if (!shotsDir) return;
    await mkdir(shotsDir, { recursive: true });
    await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage, timeout: 90_000 });
  }

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('favicon')) errors.push(`console: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in, generates, plays, jumps, edits, re-renders and downloads the deck', async () => {
    const base = server.baseUrl;
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await shot('01-dang-nhap');
    await page.fill('#username', 'admin');
    await page.fill('#password', 'sai-mat-khau');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('.flash.error')).toContain('Sai tên đăng nhập hoặc mật khẩu.');
    errors.length = 0; // the 400 of the wrong password above is expected
    await page.fill('#password', E2E_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/`);
    expect(await page.textContent('h1')).toContain('Chưa có bản tin nào');
    await shot('02-chua-co-ban-tin');

    // Generate: the job page shows live progress and reloads itself when the job ends.
    await page.click('a.button.big[href="/generate"]');
    await shot('03-tao-ban-tin');
    // As the README tells a new user with no Internet: choose the sample news.
    if (server.real) await page.check('input[name=source][value=sample]');
    await page.click('form[action="/generate"] button[type=submit]');
    await page.waitForURL(/\/jobs\//);
    const panel = page.locator('[data-job-id]');
    expect(await panel.getAttribute('data-status')).toBe('running');
    await page.waitForSelector('li[data-stage="collect"][data-state="done"]', { timeout: 120_000 });
    if (!server.real) await shot('04-dang-chay');
    await page.waitForSelector('[data-job-id][data-status="done"]', { timeout: 170_000 });
    expect(await page.locator('li[data-stage][data-state="done"]').count()).toBe(9);
    await shot('05-da-xong');

    // Play: currentTime advances, the item being read is highlighted.
    await page.click('a.button:has-text("Nghe bản tin")');
    await page.waitForSelector('audio[data-player]');
    await page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-player]')!.play());
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-player]')!.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.3);
    await expect.poll(() => page.locator('ol.chapters li.current').count()).toBeGreaterThan(0);

    // Jump to the third story's chapter.
    const chapter = page.locator('ol.chapters li.story').nth(2);
    const start = Number(await chapter.getAttribute('data-start'));
    const itemId = await chapter.getAttribute('data-item');
    await chapter.locator('button').click();
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-player]')!.currentTime)).toBeGreaterThanOrEqual(start);
    await expect.poll(() => page.locator('ol.chapters li.current').getAttribute('data-item')).toBe(itemId);
    expect(await page.locator(`.transcript p.current[data-item="${itemId}"]`).count()).toBe(1);
    await page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-player]')!.pause());
    await shot('06-nghe-ban-tin', false);
    await shot('06b-nghe-ban-tin-toan-trang');

    // Edit one story and render again.
    await page.click('nav.main a[href="/review"]');
    await page.waitForURL(/\/review\//);
    await shot('07-bien-tap', false);
    const story = page.locator('article.story').first();
    await story.locator('summary').click();
    await shot('07b-sua-tin', false);
    await story.locator('input[name=headline]').fill('Tiêu đề đã được biên tập viên sửa');
    await story.locator('button:has-text("Lưu tin")').click();
    await page.waitForSelector('.flash.ok');
    expect(await page.textContent('.flash.ok')).toContain('Đã lưu tin');
    expect(await page.locator('article.story').first().locator('h3').textContent()).toBe('Tiêu đề đã được biên tập viên sửa');
    await page.locator('form[action$="/render"] button').first().click();
    await page.waitForURL(/\/jobs\//);
    await page.waitForSelector('[data-job-id][data-status="done"]', { timeout: 170_000 });
    await page.click('a.button:has-text("Nghe bản tin")');
    expect(await page.locator('ol.chapters').textContent()).toContain('Tiêu đề đã được biên tập viên sửa');

    // Download the deck.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.button:has-text("Trình chiếu (PowerPoint)")')]);
    expect(download.suggestedFilename()).toMatch(/^ban-tin-\d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const slides = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    expect(slides.length).toBeGreaterThan(3);
    expect(slides.some((xml) => xml.includes('Tiêu đề đã được biên tập viên sửa'))).toBe(true);

    // The other pages render for an editor, with no script errors anywhere.
    for (const [path, name] of [['/archive', '08-luu-tru'], ['/sources', '09-nguon-tin'], ['/topic', '10-chuyen-de'], ['/members', '11-thanh-vien']] as const) {
      await page.goto(`${base}${path}`);
      expect(await page.locator('h1').count(), path).toBe(1);
      await shot(name);
    }
    // A topical-session deck from an uploaded Markdown file.
    await page.goto(`${base}/topic`);
    await page.fill('#topic-title', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh');
    const source = ['# Trách nhiệm nêu gương', '', 'Cán bộ, đảng viên phải gương mẫu trong công tác và sinh hoạt hằng ngày.', '', '## Trong ngành Kiểm sát', '', 'Kiểm sát viên giữ nghiêm kỷ luật công vụ, khách quan, vô tư khi thực hành quyền công tố.', ''].join('\n');
    await page.setInputFiles('#topic-files', { name: 'tai-lieu.md', mimeType: 'text/markdown', buffer: Buffer.from(source) });
    expect(await page.textContent('[data-file-names]')).toBe('tai-lieu.md');
    await page.click('form[action="/topic"] button[type=submit]');
    await page.waitForSelector('[data-job-id][data-status="done"]', { timeout: 120_000 });
    await page.goto(`${base}/topic`);
    const [topicDeck] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/files/topic/"]')]);
    const topicZip = await JSZip.loadAsync(await readFile((await topicDeck.path())!));
    expect(Object.keys(topicZip.files).some((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toBe(true);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/`);
    await shot('12-dien-thoai', false);
    expect(errors).toEqual([]);
  });

  it('keeps a new bulletin from members until an editor presses Phát hành, then deletes it after a confirmation', async () => {
    const base = server.baseUrl;
    async function signInAs(username: string, password: string) {
      if (await page.locator('form[action="/logout"] button').count()) await page.click('form[action="/logout"] button');
      await page.goto(`${base}/login`);
      await page.fill('#username', username);
      await page.fill('#password', password);
      await page.click('button[type=submit]');
      await page.waitForURL(`${base}/`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${base}/members`);
    await page.fill('#account-username', 'dangvien');
    await page.fill('#account-password', 'mat-khau-thanh-vien');
    await page.selectOption('#account-role', 'member');
    await page.click('form[action="/accounts"] button[type=submit]');
    await page.waitForSelector('.flash.ok');

    await page.goto(`${base}/archive`);
    const href = (await page.locator('table a[href^="/bulletins/"]').first().getAttribute('href'))!;
    expect(await page.locator('td[data-release="draft"]').count()).toBeGreaterThan(0);

    await signInAs('dangvien', 'mat-khau-thanh-vien');
    expect(await page.textContent('h1')).toContain('Chưa có bản tin nào');
    expect((await page.request.get(`${base}${href}`)).status()).toBe(404);

    await signInAs('admin', E2E_PASSWORD);
    await page.goto(`${base}${href}`);
    await page.click('[data-release="draft"] form[action$="/release"] button');
    await page.waitForSelector('[data-release="released"]');
    expect(await page.textContent('.flash.ok')).toContain('Đã phát hành');
    await shot('13-da-phat-hanh', false);

    await signInAs('dangvien', 'mat-khau-thanh-vien');
    expect(await page.locator('audio[data-player]').count()).toBe(1);
    expect(await page.locator('form[action$="/release"], form[action$="/delete"]').count()).toBe(0);
    expect((await page.request.get(`${base}${href}`)).status()).toBe(200);

    await signInAs('admin', E2E_PASSWORD);
    await page.goto(`${base}/archive`);
    const row = page.locator('tr', { has: page.locator(`a[href="${href}"]`) });
    // The first press is dismissed: nothing is deleted.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await row.locator('form[action$="/delete"] button').click();
    expect((await page.request.get(`${base}${href}`)).status()).toBe(200);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('Xóa hẳn bản tin');
      void dialog.accept();
    });
    await row.locator('form[action$="/delete"] button').click();
    await page.waitForSelector('.flash.ok');
    expect(await page.textContent('.flash.ok')).toContain('Đã xóa bản tin');
    expect(await page.locator(`a[href="${href}"]`).count()).toBe(0);
    expect((await page.request.get(`${base}${href}`)).status()).toBe(404);

    // On a phone every Thử/Tắt button of the Sources page is on screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/sources`);
    const rights = await page.$$eval('td.row-actions button', (buttons) => buttons.map((button) => button.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThan(0);
    expect(Math.max(...rights)).toBeLessThanOrEqual(390);
    await shot('14-nguon-tin-dien-thoai', false);
    expect(errors).toEqual([]);
  });
});
