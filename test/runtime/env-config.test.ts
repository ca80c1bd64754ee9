import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCommand } from '../../src/cli/commands/generate.ts';
import { CONFIG_VARIABLES, configFromEnv, privateHostsAllowed, type EnvVars } from '../../src/runtime/env-config.ts';
import { loadNodeConfig } from '../../src/runtime/node.ts';
import { workerConfig } from '../../src/runtime/worker-config.ts';
import type { WorkerEnv } from '../../src/workers/bindings.ts';

/** A Worker's env: the same string vars beside bindings that are objects, which the mapper must leave out. */
function workerEnv(vars: EnvVars): WorkerEnv {
  const binding = {} as never;
  return { DB: binding, BUCKET: binding, FEEDS_QUEUE: binding, STORIES_QUEUE: binding, SEGMENTS_QUEUE: binding, ASSEMBLE_QUEUE: binding, DEFAULT_CELL: 'vks-vp', ...vars };
}

let emptyDir: string;
beforeAll(async () => {
  emptyDir = await mkdtemp(join(tmpdir(), 'bantin-env-'));
});
afterAll(async () => {
  await rm(emptyDir, { recursive: true, force: true });
});

const nodeConfig = (env: EnvVars) => loadNodeConfig(env, { cwd: emptyDir });

const WITH_AZURE: EnvVars[] = [
  { AZURE_SPEECH_KEY: 'khoa', AZURE_SPEECH_REGION: 'southeastasia' },
  { AZURE_SPEECH_KEY: 'khoa', AZURE_SPEECH_REGION: 'southeastasia', BANTIN_VOICE: 'vi-VN-NamMinhNeural', BANTIN_ALLOW_PRIVATE_HOSTS: 'true' },
  {
    AZURE_SPEECH_KEY: 'khoa',
    AZURE_SPEECH_REGION: 'southeastasia',
    OPENAI_API_KEY: 'sk-thu',
    OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
    BANTIN_LLM_MODEL: 'qwen2.5:7b',
    BANTIN_LLM_CONCURRENCY: '8',
    BANTIN_LLM_DEADLINE_MS: '600000',
    BANTIN_ALLOW_PRIVATE_HOSTS: '1',
  },
  { AZURE_SPEECH_KEY: 'khoa', AZURE_SPEECH_REGION: 'southeastasia', OPENAI_BASE_URL: 'https://api.openai.com/v1', BANTIN_ALLOW_PRIVATE_HOSTS: '0' },
];

describe('configFromEnv on Node and on Workers', () => {
  it.each(WITH_AZURE)('gives the same config for the same variables (%o)', async (env) => {
    expect(workerConfig(workerEnv(env))).toEqual(await nodeConfig(env));
  });

  it('differs without Azure Speech only in the voice a Worker cannot run offline', async () => {
    const env = { OPENAI_API_KEY: 'sk-thu', BANTIN_LLM_MODEL: 'gpt-4o-mini', BANTIN_ALLOW_PRIVATE_HOSTS: 'true' };
    const onNode = await nodeConfig(env);
    const onWorkers = workerConfig(workerEnv(env));
    expect(onNode.voice.provider).toBe('espeak');
    expect(onWorkers.voice).toMatchObject({ provider: 'azure', name: 'vi-VN-HoaiMyNeural' });
    expect({ ...onWorkers, voice: onNode.voice }).toEqual(onNode);
  });

  it('maps every variable to its field', async () => {
    const config = await nodeConfig(WITH_AZURE[2]!);
    expect(config.llm).toMatchObject({ provider: 'openai', apiKey: 'sk-thu', baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b', concurrency: 8, deadlineMs: 600_000 });
    expect(config.voice).toMatchObject({ provider: 'azure', azureKey: 'khoa', azureRegion: 'southeastasia', name: 'vi-VN-HoaiMyNeural' });
    expect(config.allowPrivateHosts).toBe(true);
  });
});

describe('BANTIN_ALLOW_PRIVATE_HOSTS', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
    ['', false],
    [undefined, false],
  ])('reads %o as %o on both runtimes', (value, allowed) => {
    const env = { BANTIN_ALLOW_PRIVATE_HOSTS: value };
    expect(privateHostsAllowed(env)).toBe(allowed);
    expect(configFromEnv(env).allowPrivateHosts).toBe(allowed);
    expect(workerConfig(workerEnv(env)).allowPrivateHosts).toBe(allowed);
  });

  it('refuses another value, naming the variable and the values it takes', () => {
    expect(() => configFromEnv({ BANTIN_ALLOW_PRIVATE_HOSTS: 'yes' })).toThrow('biến BANTIN_ALLOW_PRIVATE_HOSTS="yes" không hợp lệ: chỉ nhận 1, true, 0 hoặc false.');
    expect(() => workerConfig(workerEnv({ BANTIN_ALLOW_PRIVATE_HOSTS: 'có' }))).toThrow('biến BANTIN_ALLOW_PRIVATE_HOSTS="có" không hợp lệ: chỉ nhận 1, true, 0 hoặc false.');
  });

  it('tells a Worker still set with the old name which name to use', () => {
    expect(() => workerConfig(workerEnv({ ALLOW_PRIVATE_HOSTS: 'true' }))).toThrow('biến ALLOW_PRIVATE_HOSTS đã đổi tên: hãy đặt BANTIN_ALLOW_PRIVATE_HOSTS=true thay cho ALLOW_PRIVATE_HOSTS.');
  });
});

describe('a bad variable', () => {
  it('names each bad variable with the values it takes, all at once', () => {
    let message = '';
    try {
      configFromEnv({ BANTIN_LLM_CONCURRENCY: 'nhiều', BANTIN_LLM_DEADLINE_MS: '-5', OPENAI_BASE_URL: 'localhost:11434' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('biến BANTIN_LLM_CONCURRENCY="nhiều" không hợp lệ: phải là số nguyên từ 1 đến 16.');
    expect(message).toContain('biến BANTIN_LLM_DEADLINE_MS="-5" không hợp lệ: phải là số nguyên dương');
    expect(message).toContain('biến OPENAI_BASE_URL="localhost:11434" không hợp lệ: phải là một địa chỉ http:// hoặc https://.');
  });

  it('refuses a concurrency past the limit rather than clamping it', () => {
    expect(() => configFromEnv({ BANTIN_LLM_CONCURRENCY: '64' })).toThrow('biến BANTIN_LLM_CONCURRENCY="64" không hợp lệ: phải là số nguyên từ 1 đến 16.');
  });
});

describe('the config file under the environment', () => {
  it('keeps the Azure voice the file names when only the keys come from the environment', async () => {
    const file = join(emptyDir, 'azure.json');
    await writeFile(file, JSON.stringify({ voice: { provider: 'azure', name: 'vi-VN-NamMinhNeural' } }));
    const config = await loadNodeConfig({ AZURE_SPEECH_KEY: 'khoa', AZURE_SPEECH_REGION: 'southeastasia' }, { cwd: emptyDir, file });
    expect(config.voice.name).toBe('vi-VN-NamMinhNeural');
  });

  it('lets the environment turn off what the file turned on', async () => {
    const file = join(emptyDir, 'private.json');
    await writeFile(file, JSON.stringify({ allowPrivateHosts: true }));
    expect((await loadNodeConfig({}, { cwd: emptyDir, file })).allowPrivateHosts).toBe(true);
    expect((await loadNodeConfig({ BANTIN_ALLOW_PRIVATE_HOSTS: 'false' }, { cwd: emptyDir, file })).allowPrivateHosts).toBe(false);
  });
});

describe('the documented variables', () => {
  const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

  it.each([
    ['README.md', () => read('README.md')],
    ['docs/huong-dan-su-dung.md', () => read('docs/huong-dan-su-dung.md')],
    ['bantin generate --help', () => generateCommand.usage],
  ])('are every variable the mapper reads, by the same name, in %s', (_where, text) => {
    const content = text();
    expect(CONFIG_VARIABLES.filter((name) => !new RegExp(`\\b${name}\\b`).test(content))).toEqual([]);
    expect(content).not.toMatch(/(?<!BANTIN_)ALLOW_PRIVATE_HOSTS=/);
  });
});
