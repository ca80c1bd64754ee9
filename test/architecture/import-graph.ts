import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Module → the modules it imports, as paths relative to the scanned folder with "/" separators. */
export type ImportGraph = Map<string, string[]>;

/** A forbidden import direction: no module matching `from` may import one matching `to`. */
export interface ImportRule {
  name: string;
  from: RegExp;
  to: RegExp;
}

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;

/**
 * Every relative import, re-export and dynamic import() between the source files under `root`.
 * bantin imports with explicit extensions ("./x.ts"), so a relative specifier names its file and
 * needs no resolver; TypeScript's own pre-processor finds the specifiers (comments and strings
 * are not mistaken for imports). Type-only imports count: they still point a layer at another.
 */
export function readImportGraph(root: string, options: { staticOnly?: boolean; packages?: boolean } = {}): ImportGraph {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(root);
  const key = (path: string) => relative(root, path).split(sep).join('/');
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const { importedFiles } = ts.preProcessFile(source, true, true);
    const kept = importedFiles.filter((imported) => !options.staticOnly || loadsAtStart(source, imported.pos));
    const packages = options.packages ? kept.map((imported) => imported.fileName).filter((specifier) => !specifier.startsWith('.')) : [];
    const targets = kept
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolve(dirname(file), specifier))
      .filter((path) => path.startsWith(root + sep) && existsSync(path) && statSync(path).isFile())
      .map(key);
    graph.set(key(file), [...new Set([...targets, ...packages])]);
  }
  return graph;
}

/**
 * Whether the specifier at `pos` loads with its module: not the argument of an import() call
 * (loaded when run) nor of an `import type` / `export type` (erased).
 */
function loadsAtStart(source: string, pos: number): boolean {
  const before = source.slice(0, pos);
  if (/\bimport\s*\(\s*['"`]?$/.test(before)) return false;
  const statements = [...before.matchAll(/(?:^|[\n;])\s*(import|export)\b(\s+type\b)?/g)];
  return statements.at(-1)?.[2] === undefined;
}

/** Every module `entry` loads before it runs (with `staticOnly`), itself included. */
export function importClosure(graph: ImportGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const module = stack.pop()!;
    if (seen.has(module)) continue;
    seen.add(module);
    stack.push(...(graph.get(module) ?? []));
  }
  return seen;
}

/** Each group of modules that import one another in a circle (Tarjan's strongly connected components), each sorted. */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfImport = component.length === 1 && (graph.get(node) ?? []).includes(node);
    if (component.length > 1 || selfImport) cycles.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

/** Every import that breaks a rule, as "rule: from → to". */
export function findForbiddenImports(graph: ImportGraph, rules: ImportRule[]): string[] {
  const broken: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      for (const rule of rules) if (rule.from.test(from) && rule.to.test(to)) broken.push(`${rule.name}: ${from} → ${to}`);
    }
  }
  return broken.sort();
}
