import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, findForbiddenImports, readImportGraph, type ImportRule } from './import-graph.ts';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/import-graph/src', import.meta.url));

/** Entry points → runtime → engine → stages → providers/speech/deck → domain: nothing points back up. */
const RULES: ImportRule[] = [
  {
    name: 'stages, speech, deck, server and the provider contracts do not import runtime/, workers/ or the CLI',
    from: /^(stages|speech|deck|server)\/|^providers\/(llm\/llm|tts\/tts|storage\/storage)\.ts$/,
    to: /^(runtime|workers|cli|bin)\/|^(cli|worker)\.ts$/,
  },
  { name: 'providers do not import workers/ or server/', from: /^providers\//, to: /^(workers|server)\// },
  { name: 'fetch/ does not import providers/storage', from: /^fetch\//, to: /^providers\/storage\// },
  {
    name: 'runtime adapters and the engine reach the web app only through server/runtime-api.ts',
    from: /^(runtime|workers)\/|^engine\.ts$/,
    to: /^server\/(?!runtime-api\.ts$)/,
  },
  { name: 'speech/ does not import providers/ (the voices use speech/, not the other way)', from: /^speech\//, to: /^providers\// },
];

describe('the import graph of src/', () => {
  const graph = readImportGraph(src);

  it('has no import cycle', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('imports only downward', () => {
    expect(findForbiddenImports(graph, RULES)).toEqual([]);
  });
});

describe('the import checker', () => {
  const graph = readImportGraph(fixture);

  it('follows static imports, re-exports and dynamic import() but not comments or packages', () => {
    expect(graph.get('stages/a.ts')).toEqual(['stages/b.ts']);
    expect(graph.get('stages/b.ts')).toEqual(['stages/c.ts']);
    expect(graph.get('stages/c.ts')).toEqual(['runtime/node.ts', 'stages/a.ts']);
    expect(graph.get('fetch/cache.ts')).toEqual(['providers/storage/storage.ts']);
  });

  it('reports a cycle closed through a dynamic import and a re-export', () => {
    expect(findCycles(graph)).toEqual([['stages/a.ts', 'stages/b.ts', 'stages/c.ts']]);
  });

  it('reports a type-only import that points upward', () => {
    expect(findForbiddenImports(graph, RULES)).toEqual([
      `${RULES[2]!.name}: fetch/cache.ts → providers/storage/storage.ts`,
      `${RULES[0]!.name}: stages/c.ts → runtime/node.ts`,
    ]);
  });
});
