import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium, launchChromium } from './launch-chromium.ts';
import { main } from '../../src/cli.ts';
import { E2E_PASSWORD, startE2eServer } from './start-e2e-server.ts';

const missing = ensureChromium();
if (missing) console.warn(missing);

/** BANTIN_SCREENSHOTS=docs/web-screenshots saves a PNG of the bulletin page at laptop and phone size. */
const shotsDir = process.env.BANTIN_SCREENSHOTS ? resolve(process.env.BANTIN_SCREENSHOTS) : null;

describe.skipIf(missing !== null)('members’ access in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signIn(password: string) {
    await page.goto(`${server.baseUrl}/login`);
    await page.fill('#username', 'admin');
    await page.fill('#password', password);
    await page.click('button[type=submit]');
  }

  it('offers the zip and the Word script at the top of the bulletin page, and changes the own password', async () => {
    const base = server.baseUrl;
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(E2E_PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/generate`);
    if (server.real) await page.check('input[name=source][value=sample]');
    await page.click('form[action="/generate"] button[type=submit]');
    await page.waitForURL(/\/jobs\//);
    await page.waitForSelector('[data-job-id][data-status="done"]', { timeout: 170_000 });
    await page.click('a.button:has-text("Nghe bản tin")');
    await page.waitForSelector('.downloads-bar');

    // The downloads are on the first screen of a 1366×768 laptop.
    const zipButton = page.locator('.downloads-bar a:has-text("Tải tất cả (.zip)")');
    const box = (await zipButton.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(768);
    if (shotsDir) {
      await mkdir(shotsDir, { recursive: true });
      await page.screenshot({ path: join(shotsDir, 'ban-tin-1366.png') });
    }

    const [zipDownload] = await Promise.all([page.waitForEvent('download'), zipButton.click()]);
    expect(zipDownload.suggestedFilename()).toMatch(/^ban-tin-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(await readFile((await zipDownload.path())!));
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    for (const file of ['briefing.mp3', 'briefing.pptx', 'briefing.docx', 'briefing.html', 'script.md']) expect(names.some((name) => name.endsWith(`/${file}`)), file).toBe(true);

    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('.downloads-bar a:has-text("Kịch bản (Word")')]);
    expect(docx.suggestedFilename()).toMatch(/^ban-tin-\d{4}-\d{2}-\d{2}\.docx$/);
    const word = await JSZip.loadAsync(await readFile((await docx.path())!));
    const xml = await word.file('word/document.xml')!.async('string');
    const headings = ['Lời mở đầu', '1. Tin trong tỉnh', '2. Tin trong nước', 'Lời kết'].map((text) => xml.indexOf(`>${text}<`));
    expect(headings.every((at) => at > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);

    // Release, then a read-only share link with its QR code for the meeting screen.
    await page.click('form[action$="/release"] button[type=submit]');
    await page.waitForSelector('#chia-se');
    await page.click('#chia-se summary');
    await page.click('form[action$="/share"] button[type=submit]');
    await page.waitForSelector('#chia-se .qr svg');
    const shareUrl = await page.inputValue('#chia-se .share-url');
    expect(shareUrl).toMatch(new RegExp(`^${base}/s/`));
    if (shotsDir) await page.locator('#chia-se').screenshot({ path: join(shotsDir, 'chia-se-1366.png') });

    await page.setViewportSize({ width: 390, height: 844 });
    const phoneBox = (await zipButton.boundingBox())!;
    expect(phoneBox.x + phoneBox.width).toBeLessThanOrEqual(390);
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'ban-tin-390.png') });

    // Own password: from the user name in the header, then the new one signs in and the old one does not.
    await page.click('.who a[href="/account/password"]');
    await page.fill('#current', E2E_PASSWORD);
    await page.fill('#password', 'mat-khau-moi-e2e-456');
    await page.fill('#confirm', 'mat-khau-moi-e2e-456');
    await page.click('form[action="/account/password"] button[type=submit]');
    await expect.poll(() => page.textContent('.flash.ok')).toContain('Đã đổi mật khẩu');
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'doi-mat-khau-390.png') });
    await page.click('.who button[type=submit]');
    // Signed out, the share link opens the player and plays.
    await page.goto(shareUrl);
    await page.waitForSelector('audio[data-player]');
    await page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-player]')!.play());
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-player]')!.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.3);
    await page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-player]')!.pause());
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'lien-ket-chia-se-390.png') });
    await signIn(E2E_PASSWORD);
    await expect.poll(() => page.textContent('.flash.error')).toContain('Sai tên đăng nhập hoặc mật khẩu.');
    await signIn('mat-khau-moi-e2e-456');
    await page.waitForURL(`${base}/`);
  });

  it.skipIf(process.env.BANTIN_E2E_ENGINE === 'fake')('resets a lost admin password from the command line while the app runs, signing that account out', async () => {
    const base = server.baseUrl;
    const saved = { dir: process.env.BANTIN_DATA_DIR, password: process.env.BANTIN_NEW_PASSWORD };
    process.env.BANTIN_DATA_DIR = server.dataDir;
    process.env.BANTIN_NEW_PASSWORD = 'mat-khau-dat-lai-e2e-789';
    const err: string[] = [];
    try {
      const code = await main(['user', 'reset-password', 'admin'], { stdout: () => {}, stderr: (text) => void err.push(text), stdin: async () => '', interactive: false });
      expect(code, err.join('')).toBe(0);
    } finally {
      for (const [key, value] of [['BANTIN_DATA_DIR', saved.dir], ['BANTIN_NEW_PASSWORD', saved.password]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    expect(err.join('')).toContain('Đã đặt lại mật khẩu tài khoản "admin"');
    // The browser signed in with the previous password is signed out; the new password signs in.
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
    await signIn('mat-khau-moi-e2e-456');
    await expect.poll(() => page.textContent('.flash.error')).toContain('Sai tên đăng nhập hoặc mật khẩu.');
    await signIn('mat-khau-dat-lai-e2e-789');
    await page.waitForURL(`${base}/`);
  });

  it('shows a revoked share link as a Vietnamese page in the app frame, and deletes the bulletin', async () => {
    const base = server.baseUrl;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${base}/archive`);
    await page.click('a[href^="/bulletins/"]');
    await page.waitForSelector('#chia-se');
    const id = new URL(page.url()).pathname.split('/')[2]!;
    const shareUrl = await page.inputValue('#chia-se .share-url');
    await page.click(`form[action="/bulletins/${id}/share/revoke"] button[type=submit]`);
    await expect.poll(() => page.textContent('.flash.ok')).toContain('Đã thu hồi liên kết chia sẻ');

    // As someone without an account opens it.
    await page.click('.who button[type=submit]');
    await page.waitForURL(/\/login/);
    const visitor = page;
    for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
      await visitor.setViewportSize(viewport);
      const response = await visitor.goto(shareUrl);
      expect(response!.status()).toBe(404);
      const heading = visitor.locator('h1:has-text("Liên kết chia sẻ không dùng được")');
      const box = (await heading.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(viewport.height);
      expect(await visitor.locator('header.top .brand').isVisible()).toBe(true);
      expect(await visitor.textContent('main, body')).toContain('Hãy xin người đã gửi liên kết một liên kết mới');
      expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      if (shotsDir) await visitor.screenshot({ path: join(shotsDir, `lien-ket-het-han-${viewport.width}.png`) });
    }
    await signIn(server.real ? 'mat-khau-dat-lai-e2e-789' : 'mat-khau-moi-e2e-456');
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}/bulletins/${id}`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click(`form[action="/bulletins/${id}/delete"] button[type=submit]`);
    await page.waitForURL(`${base}/archive`);
    await expect.poll(() => page.textContent('.flash.ok')).toContain('Đã xóa bản tin');
    expect(await page.locator(`a[href="/bulletins/${id}"]`).count()).toBe(0);
    expect((await page.goto(`${base}/bulletins/${id}`))!.status()).toBe(404);
    expect((await page.goto(`${base}/files/${id}/briefing.mp3`))!.status()).not.toBe(200);
  });
});
