/**
 * The layers of docs/architecture.md, read from the import graph itself (TypeScript's parser): shared/
 * is pure and self-contained, renderer/ and electron/ never import each other, only the data layer
 * touches Dexie, and no module imports itself round a loop. ESLint (eslint.config.js) stops most of
 * these at the import line; this test also sees what a lint rule cannot: the resolved targets of every
 * import, re-exports and dynamic imports included, and cycles through several files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const LAYERS = ['shared', 'renderer', 'electron'] as const;
type Layer = (typeof LAYERS)[number];

interface Import {
  from: string;
  specifier: string;
  /** The repository-relative file it resolves to, for the project's own modules. */
  target?: string;
  typeOnly: boolean;
  dynamic: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('@shared/')) base = join('shared', bare.slice('@shared/'.length));
  else if (bare.startsWith('.')) base = normalize(join(dirname(from), bare));
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return candidate;
  }
  return base; // assets and styles that are not modules: their path still says where they are
}

function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean, dynamic: boolean) =>
    found.push({ from: file, specifier, target: resolveLocal(file, specifier), typeOnly, dynamic });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly, false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly, false);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      add(node.arguments[0].text, false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The import cycles in a graph: its strongly connected components (Tarjan) of more than one module, or a self-import. */
function cyclesIn(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!order.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!order.has(v)) connect(v);
  return cycles;
}

const files = LAYERS.flatMap((layer) => sourceFiles(layer));
const imports = files.flatMap(importsOf);
const layerOf = (path: string | undefined): Layer | undefined => LAYERS.find((l) => path?.startsWith(`${l}/`));
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const isNode = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(packageOf(specifier));
const show = (list: Import[]) => list.map((i) => `${i.from} → ${i.specifier}`);

console.log(
  `layers: ${files.length} modules (${LAYERS.map((l) => `${l} ${files.filter((f) => layerOf(f) === l).length}`).join(', ')}), ` +
    `${imports.length} imports (${imports.filter((i) => i.target).length} within the project, ${imports.filter((i) => i.dynamic).length} dynamic)`,
);

describe('the layers: who may import whom', () => {
  it('found the code to check', () => {
    for (const layer of LAYERS) expect(files.filter((f) => layerOf(f) === layer).length, layer).toBeGreaterThan(10);
    expect(imports.length).toBeGreaterThan(files.length);
  });

  it('shared/ is pure: no Node, Electron, React, Dexie or DOM library, and nothing outside shared/', () => {
    const fromShared = imports.filter((i) => layerOf(i.from) === 'shared');
    const impure = fromShared.filter(
      (i) =>
        isNode(i.specifier) ||
        /^(electron|electron-updater|react|react-dom|dexie|dexie-react-hooks|recharts|@tanstack\/react-virtual)$/.test(
          packageOf(i.specifier),
        ),
    );
    expect(show(impure)).toEqual([]);
    expect(show(fromShared.filter((i) => i.target && layerOf(i.target) !== 'shared'))).toEqual([]);
    // Inside shared/ imports are relative, so the folder moves or builds on its own.
    expect(show(fromShared.filter((i) => i.specifier.startsWith('@shared/')))).toEqual([]);
    console.log(`shared/: ${fromShared.length} imports checked`);
  });

  it('renderer/ and electron/ never import each other (they meet only in shared/ipc.ts)', () => {
    const crossing = imports.filter((i) => {
      const from = layerOf(i.from);
      const to = layerOf(i.target) ?? (/^electron(-updater)?$/.test(packageOf(i.specifier)) ? 'electron' : undefined);
      return (
        (from === 'renderer' && to === 'electron') ||
        (from === 'electron' && (to === 'renderer' || /^(react|react-dom|dexie)$/.test(i.specifier)))
      );
    });
    expect(show(crossing)).toEqual([]);
    expect(show(imports.filter((i) => layerOf(i.from) === 'renderer' && isNode(i.specifier)))).toEqual([]);
  });

  it('only renderer/data/ and the workers import Dexie', () => {
    const dexie = imports.filter((i) => /^dexie(-react-hooks)?$/.test(packageOf(i.specifier)));
    const allowed = (file: string) => file.startsWith('renderer/data/') || file.endsWith('.worker.ts');
    expect(show(dexie.filter((i) => !allowed(i.from)))).toEqual([]);
    console.log(`Dexie imported by ${new Set(dexie.map((i) => i.from)).size} modules, all in the data layer or a worker`);
  });

  it('renderer/report/ (the board paper) imports no screen code from features/, but the appraisal modules still to move', () => {
    // The preview, the print route and the paper's risk analysis still read these from the appraisal
    // workspace (session 11): each belongs below both, and leaves this list when it moves. No other
    // import from features/ may join them.
    const stillToMove = new Set(
      [
        'appraisals/use-appraisal.ts',
        'appraisals/AppraisalCalendarButton.tsx',
        'appraisals/risk-analysis/RunProgress.tsx',
        'appraisals/risk-analysis/use-risk-analysis.ts',
        'appraisals/risk-analysis/run-state.ts',
        'appraisals/risk-analysis/simulation-store.ts',
      ].map((f) => `renderer/features/${f}`),
    );
    const fromReport = imports.filter((i) => i.from.startsWith('renderer/report/') && i.target?.startsWith('renderer/features/'));
    expect(show(fromReport.filter((i) => !stillToMove.has(i.target!)))).toEqual([]);
    // And the list shrinks as modules move: one no longer imported from here leaves it.
    expect([...new Set(fromReport.map((i) => i.target!))].sort()).toEqual([...stillToMove].sort());
    console.log(`renderer/report/: ${fromReport.length} imports from features/, all of modules still to move`);
  });

  it('has no import cycles (type-only and dynamic imports aside, which load nothing at start)', () => {
    const edges = new Map<string, string[]>(files.map((f) => [f, []]));
    for (const i of imports) if (i.target && edges.has(i.target) && !i.typeOnly && !i.dynamic) edges.get(i.from)!.push(i.target);
    const cycles = cyclesIn(edges);
    const edgeCount = [...edges.values()].reduce((n, e) => n + e.length, 0);
    console.log(`import graph: ${files.length} modules, ${edgeCount} static value imports, ${cycles.length} cycles`);
    expect(cycles).toEqual([]);
  });

  it('can tell a cycle and a crossing when it sees one (so the checks above can fail)', () => {
    expect(resolveLocal('renderer/ui/fields.tsx', '@shared/dates')).toBe('shared/dates.ts');
    expect(resolveLocal('renderer/App.tsx', './data')).toBe(join('renderer', 'data', 'index.ts'));
    expect(layerOf(resolveLocal('renderer/App.tsx', '../electron/menu'))).toBe('electron');
    expect(isNode('fs/promises')).toBe(true);
    expect(isNode('node:path')).toBe(true);
    expect(isNode('zod')).toBe(false);
    const graph = (pairs: string) => {
      const edges = new Map<string, string[]>();
      for (const [a, b] of pairs.split(' ').map((p) => p.split('>'))) edges.set(a, [...(edges.get(a) ?? []), b]).set(b, edges.get(b) ?? []);
      return edges;
    };
    expect(cyclesIn(graph('a>b b>c c>d'))).toEqual([]);
    expect(cyclesIn(graph('a>b b>c c>a d>a e>e'))).toEqual([['a', 'b', 'c'], ['e']]);
  });
});
