import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium, launchChromium } from './launch-chromium.ts';
import { E2E_PASSWORD, startE2eServer } from './start-e2e-server.ts';

const missing = ensureChromium();
if (missing) console.warn(missing);

/** BANTIN_SCREENSHOTS=docs/web-screenshots saves the meeting screens at 1366×768 and 1920×1080. */
const shotsDir = process.env.BANTIN_SCREENSHOTS ? resolve(process.env.BANTIN_SCREENSHOTS) : null;

interface Timing {
  id: string;
  kind: string;
  start: number;
  end: number;
}

/** What the page shows now, read from the screen, with what it should show for the audio position. */
async function screenState(page: Page) {
  return page.evaluate(() => {
    const data = JSON.parse(document.getElementById('m-data')!.textContent!) as { items: Timing[]; cues: Array<{ start: number; end: number; text: string }> };
    const audio = document.getElementById('m-audio') as HTMLAudioElement;
    const t = audio.currentTime;
    const visible = [...document.querySelectorAll<HTMLElement>('[data-slide]')].filter((slide) => !slide.hidden && slide.offsetHeight > 0);
    const reading = [...data.items].reverse().find((item) => item.start <= t + 0.001);
    const cue = data.cues.find((c) => c.start <= t && t < c.end);
    return {
      time: t,
      paused: audio.paused,
      visible: visible.map((slide) => slide.dataset.id),
      title: visible[0]?.querySelector('h1')?.textContent ?? '',
      subtitle: document.getElementById('m-subtitle')!.textContent,
      readingId: reading?.id,
      cueText: cue?.text ?? '',
      items: data.items,
    };
  });
}

/** Seeks into the third story, then checks the slide and subtitle follow, and that →/← jump by story. */
async function checkMeetingScreen(page: Page, label: string) {
  await page.click('[data-action="start"]');
  await expect.poll(async () => (await screenState(page)).time, { timeout: 20_000 }).toBeGreaterThan(0.2);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await screenState(page)).paused).toBe(true);

  const { items } = await screenState(page);
  const stories = items.filter((item) => item.kind === 'story');
  expect(stories.length, label).toBeGreaterThan(3);
  const third = stories[2]!;
  await page.evaluate((at) => {
    (document.getElementById('m-audio') as HTMLAudioElement).currentTime = at;
  }, third.start + Math.min(1.5, (third.end - third.start) / 2));
  await expect.poll(async () => (await screenState(page)).visible, { timeout: 10_000 }).toEqual([third.id]);
  let state = await screenState(page);
  expect(state.readingId).toBe(third.id);
  expect(state.title.length).toBeGreaterThan(5);
  expect(state.cueText.length, label).toBeGreaterThan(0);
  expect(state.subtitle).toBe(state.cueText);
  expect(await page.locator(`[data-slide][data-id="${third.id}"] .m-bullets li`).count()).toBeGreaterThanOrEqual(2);
  expect(await page.locator(`[data-slide][data-id="${third.id}"] .m-source`).textContent()).toMatch(/^Nguồn: ./);

  await page.keyboard.press('ArrowRight');
  const after = items[items.findIndex((item) => item.id === third.id) + 1 + (items[items.findIndex((item) => item.id === third.id) + 1]!.kind === 'section' ? 1 : 0)]!;
  await expect.poll(async () => (await screenState(page)).visible).toEqual([after.id]);
  state = await screenState(page);
  expect(state.time).toBeGreaterThanOrEqual(after.start);
  expect(state.time).toBeLessThan(after.end);
  expect(state.subtitle).toBe(state.cueText);

  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await screenState(page)).visible).toEqual([third.id]);
  state = await screenState(page);
  expect(state.time).toBeGreaterThanOrEqual(third.start);
  expect(state.time).toBeLessThan(third.start + 1);

  // F toggles fullscreen.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  // Playing on from there, the audio and the screen stay together.
  await page.keyboard.press('Space');
  await expect.poll(async () => (await screenState(page)).paused).toBe(false);
  await page.waitForTimeout(600);
  await page.keyboard.press('Space');
  state = await screenState(page);
  expect(state.visible).toEqual([state.readingId]);
  expect(state.subtitle).toBe(state.cueText);
}

async function shootSizes(page: Page, name: string) {
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    // The whole slide and the subtitle fit the screen: nothing scrolls or overflows.
    const fits = await page.evaluate(() => {
      const slide = [...document.querySelectorAll<HTMLElement>('[data-slide]')].find((s) => !s.hidden)!;
      return { page: document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth, slide: slide.scrollHeight <= slide.clientHeight + 1 };
    });
    expect(fits, `${name} ${width}×${height}`).toEqual({ page: true, slide: true });
    if (shotsDir) {
      await mkdir(shotsDir, { recursive: true });
      await page.screenshot({ path: join(shotsDir, `${name}-${width}x${height}.png`) });
    }
  }
}

describe.skipIf(missing !== null)('meeting mode in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let bulletinPath: string;
  let usbDir: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    usbDir = await mkdtemp(join(tmpdir(), 'bantin-usb-'));
    page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('favicon')) errors.push(`console: ${message.text()}`);
    });
    await page.goto(`${server.baseUrl}/login`);
    await page.fill('#username', 'admin');
    await page.fill('#password', E2E_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${server.baseUrl}/`);
    await page.goto(`${server.baseUrl}/generate`);
    if (server.real) await page.check('input[name=source][value=sample]');
    await page.click('form[action="/generate"] button[type=submit]');
    await page.waitForSelector('[data-job-id][data-status="done"]', { timeout: 170_000 });
    await page.click('a.button:has-text("Nghe bản tin")');
    bulletinPath = new URL(page.url()).pathname;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (usbDir) await rm(usbDir, { recursive: true, force: true });
  });

  it('opens Trình chiếu from the bulletin page and follows the audio, with ←/→ jumping by story', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.click('a.button:text-is("Trình chiếu")');
    await page.waitForURL(/\/meeting$/);
    await checkMeetingScreen(page, 'web');
    await shootSizes(page, 'trinh-chieu');
    expect(errors).toEqual([]);
  });

  it('plays briefing.html from a folder with briefing.mp3 over file://, with no server', async () => {
    await page.goto(`${server.baseUrl}${bulletinPath}`);
    if (shotsDir) await page.screenshot({ path: join(shotsDir, 'trang-ban-tin-trinh-chieu.png') });
    for (const name of ['briefing.html', 'briefing.mp3']) {
      const href = await page.locator(`a[href*="/${name}?"][download]`).getAttribute('href');
      const response = await page.request.get(`${server.baseUrl}${href}`);
      expect(response.status(), name).toBe(200);
      await writeFile(join(usbDir, name), await response.body());
    }
    // No server from here on: only the two files on the "USB stick".
    await server.close();
    server = undefined as never;
    const offline = await browser.context.newPage();
    const requests: string[] = [];
    offline.on('request', (request) => requests.push(request.url()));
    offline.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await offline.setViewportSize({ width: 1366, height: 768 });
    await offline.goto(pathToFileURL(join(usbDir, 'briefing.html')).href);
    await checkMeetingScreen(offline, 'file');
    await shootSizes(offline, 'briefing-html');
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    await offline.close();
    expect(errors).toEqual([]);
  });
});
