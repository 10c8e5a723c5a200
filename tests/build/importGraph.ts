/**
 * The import graph of a source folder, built with the TypeScript compiler's own pre-processor
 * (`ts.preProcessFile`), so type-only imports and re-exports count like any other, and its cycles.
 * Relative specifiers resolve to `x.ts`, `x.tsx`, `x/index.ts` or `x/index.tsx`; package imports
 * are not edges.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

function resolve(fromFile: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((c) => /\.tsx?$/.test(c) && fs.existsSync(c) && fs.statSync(c).isFile());
}

/** Every .ts/.tsx file under `root` with the files it imports (paths relative to `root`). */
export function buildImportGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(root).sort()) {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = new Set<string>();
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith(".")) continue;
      const target = resolve(file, ref.fileName);
      if (target) targets.add(path.relative(root, target).split(path.sep).join("/"));
    }
    graph.set(path.relative(root, file).split(path.sep).join("/"), [...targets].sort());
  }
  return graph;
}

/**
 * The import circles of a graph: one per strongly connected component with more than one module
 * (or a module importing itself), each written as a path `a -> b -> ... -> a` through it.
 */
export function findCycles(graph: ImportGraph): string[][] {
  // Tarjan's strongly connected components, iterative enough for a source tree's depth.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return components.map((component) => cyclePath(graph, new Set(component)));
}

/** One circle through a strongly connected component, by breadth-first search back to its start. */
function cyclePath(graph: ImportGraph, members: Set<string>): string[] {
  const start = [...members].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const back: string[] = [];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) back.push(at);
        return [start, ...back.reverse(), start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
