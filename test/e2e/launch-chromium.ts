import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.BANTIN_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required', '--lang=vi-VN'];

/**
 * Why the browser test cannot run here, or null when Chromium is there. Where it is missing and
 * Debian's apt-get can be run (as root), it is installed first; BANTIN_E2E_NO_INSTALL=1 prevents that.
 */
export function ensureChromium(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const canInstall = process.env.BANTIN_E2E_NO_INSTALL !== '1' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && CHROMIUM_PATH === '/usr/bin/chromium';
  if (canInstall) {
    console.warn('Chưa có Chromium: đang cài bằng apt-get (có thể mất vài phút)…');
    const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], { stdio: 'inherit', timeout: 15 * 60_000 });
    if (result.status === 0 && existsSync(CHROMIUM_PATH)) return null;
  }
  return `Bỏ qua kiểm thử trình duyệt: không có Chromium tại ${CHROMIUM_PATH} và không cài được. Cài bằng "apt-get install -y chromium" (hoặc đặt BANTIN_CHROMIUM).`;
}

/** Debian's Chromium with a fresh profile, driven by playwright-core; `close` removes the profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'bantin-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
