import * as path from "path";
import { buildImportGraph, findCycles, ImportGraph } from "./importGraph";

describe("import circles", () => {
  it("finds a circle in a small graph, and none in a graph without one", () => {
    const withCycle: ImportGraph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts", "d.ts"]],
      ["d.ts", []],
      ["self.ts", ["self.ts"]],
    ]);
    const cycles = findCycles(withCycle).map((c) => c.join(" -> "));
    expect(cycles).toEqual(expect.arrayContaining(["a.ts -> b.ts -> c.ts -> a.ts", "self.ts -> self.ts"]));
    expect(cycles).toHaveLength(2);
    const acyclic: ImportGraph = new Map([
      ["a.ts", ["b.ts", "c.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", []],
    ]);
    expect(findCycles(acyclic)).toEqual([]);
  });

  it("counts type-only imports, re-exports and index files as edges", () => {
    const graph = buildImportGraph(path.join(__dirname, "../../src"));
    // engine/index.ts only re-exports; report/workbookSpec is imported as types by the sheets.
    expect(graph.get("engine/index.ts")?.length).toBeGreaterThan(0);
    expect(graph.size).toBeGreaterThan(100);
  });

  // Every import counts, type-only ones included: a circle of types is still two modules that must
  // change together, and the next value import along it would break the build order.
  it("src/ has no import circles", () => {
    const cycles = findCycles(buildImportGraph(path.join(__dirname, "../../src")));
    expect(cycles.map((c) => c.join(" -> "))).toEqual([]);
  });
});
