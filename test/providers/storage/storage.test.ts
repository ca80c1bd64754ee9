import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsStorage } from '../../../src/providers/storage/fs.ts';
import { createMemoryStorage } from '../../../src/providers/storage/memory.ts';
import { createSqliteStorage } from '../../../src/providers/storage/sqlite.ts';
import { testStorage } from './storage-contract.ts';

testStorage('memory', () => createMemoryStorage());
testStorage('fs', () => createFsStorage(mkdtempSync(join(tmpdir(), 'bantin-fs-'))));
testStorage('sqlite', () => createSqliteStorage(join(mkdtempSync(join(tmpdir(), 'bantin-sql-')), 'cache.db')));
