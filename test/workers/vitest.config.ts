import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig, type Plugin } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Imports prompts/*.md as text, as wrangler's [[rules]] type = "Text" does in the real bundle. */
function markdownAsText(): Plugin {
  return {
    name: 'bantin-markdown-as-text',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith('.md')) return null;
      return `export default ${JSON.stringify(await readFile(id, 'utf8'))};`;
    },
  };
}

/** The Worker tests run inside workerd (local D1, R2 and Queues), separate from `npm test`. */
export default defineConfig({
  root,
  plugins: [
    markdownAsText(),
    cloudflareTest(async ({ inject }) => {
      const fakes = inject('fakes');
      return {
        wrangler: { configPath: `${root}wrangler.toml` },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: await readD1Migrations(`${root}src/workers/migrations`),
            FAKE_SITES: fakes.sites,
            BANTIN_ALLOW_PRIVATE_HOSTS: 'true',
            OPENAI_BASE_URL: fakes.llm,
            OPENAI_API_KEY: 'khoa-thu',
            BANTIN_LLM_MODEL: 'fake-model',
            AZURE_SPEECH_KEY: 'khoa-thu',
            AZURE_SPEECH_ENDPOINT: fakes.tts,
            BANTIN_ADMIN_PASSWORD: 'mat-khau-bien-tap',
          },
        },
      };
    }),
  ],
  test: {
    include: ['test/workers/**/*.test.ts'],
    globalSetup: ['test/workers/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
