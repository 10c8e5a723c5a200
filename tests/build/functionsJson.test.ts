/**
 * custom-functions-metadata exits 0 even when it found errors, so this is the guard: the built
 * functions.json holds every function exported from src/functions/functions.ts, under its SOP name,
 * with the parameters and result shapes Excel needs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import * as functions from "../../src/functions/functions";

const ROOT = join(__dirname, "..", "..");
const SOURCE = join(ROOT, "src", "functions", "functions.ts");
const JSON_PATH = join(ROOT, "dist", "functions.json");

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; dimensionality?: string; optional?: boolean }[];
  result: { dimensionality?: string };
}

/** The exported functions of functions.ts and the @customfunction id in each one's JSDoc. */
function exportedFunctions(): { name: string; id: string | null }[] {
  const file = ts.createSourceFile(SOURCE, readFileSync(SOURCE, "utf8"), ts.ScriptTarget.ES2020, true);
  const out: { name: string; id: string | null }[] = [];
  file.forEachChild((node) => {
    if (ts.isFunctionDeclaration(node) && node.name && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === "customfunction");
      const comment = typeof tag?.comment === "string" ? tag.comment.trim().split(/\s+/)[0] : null;
      out.push({ name: node.name.text, id: comment || null });
    }
  });
  return out;
}

describe("functions.json generated from the JSDoc", () => {
  const metadata: { functions: FunctionMetadata[] } = existsSync(JSON_PATH)
    ? JSON.parse(readFileSync(JSON_PATH, "utf8"))
    : { functions: [] };

  it("exists after the build", () => {
    expect(existsSync(JSON_PATH)).toBe(true);
  });

  it("holds every exported function, each under its @customfunction id", () => {
    const exported = exportedFunctions();
    // SPEC.md lists these formulas; each must be exported and described.
    const spec = [
      "BIAS",
      "BIASPCT",
      "MAD",
      "MAPE",
      "WMAPE",
      "MPE",
      "TRACKINGSIGNAL",
      "NFM",
      "BIASFLAG",
      "FVA",
      "RATEDCAPACITY",
      "LOAD",
      "UTILIZATION",
      "PROJECTEDINVENTORY",
      "GAP",
      "LEVELPLAN",
      "CHASEPLAN",
      "FILLRATE",
      "MONTHSOFCOVER",
      "ADHERENCE",
      "PVM",
      "FORECAST",
      "FORECASTMODEL",
      "DEMANDPATTERN",
      "ABC",
      "SAFETYSTOCK",
    ];
    expect(exported.map((e) => e.id).sort()).toEqual([...spec].sort());
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids).toEqual([...spec].sort());
    for (const f of metadata.functions) {
      expect(f.description?.length ?? 0).toBeGreaterThan(10);
    }
  });

  it("exports each function by name for tests and other code", () => {
    for (const { name } of exportedFunctions()) {
      expect(typeof (functions as Record<string, unknown>)[name]).toBe("function");
    }
  });

  it("takes ranges as matrices and spills the plan formulas", () => {
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    expect(byId.get("TRACKINGSIGNAL")?.parameters.map((p) => p.dimensionality)).toEqual(["matrix", "matrix"]);
    for (const id of ["LOAD", "UTILIZATION", "PROJECTEDINVENTORY", "GAP", "LEVELPLAN", "CHASEPLAN"]) {
      expect(byId.get(id)?.result.dimensionality).toBe("matrix");
    }
    expect(byId.get("BIASFLAG")?.parameters.find((p) => p.name === "limit")?.optional).toBe(true);
  });

  it("declares the baseline formulas: history as a range, optional horizon and level, spilled results", () => {
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    const forecast = byId.get("FORECAST");
    expect(forecast?.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual([
      ["history", "matrix", false],
      ["horizon", "scalar", true],
      ["level", "scalar", true],
    ]);
    expect(forecast?.result.dimensionality).toBe("matrix");
    for (const id of ["FORECASTMODEL", "DEMANDPATTERN"]) {
      expect(byId.get(id)?.parameters.map((p) => p.dimensionality)).toEqual(["matrix"]);
      expect(byId.get(id)?.result.dimensionality ?? "scalar").toBe("scalar");
    }
    const abc = byId.get("ABC");
    expect(abc?.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["values", false],
      ["aShare", true],
      ["bShare", true],
    ]);
    expect(abc?.result.dimensionality).toBe("matrix");
  });

  it("declares SOP.SAFETYSTOCK with its two optional inputs and one number out", () => {
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    const ss = byId.get("SAFETYSTOCK");
    expect(ss?.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual([
      ["serviceLevel", "scalar", false],
      ["sigma", "scalar", false],
      ["leadTime", "scalar", false],
      ["meanDemand", "scalar", true],
      ["leadTimeSd", "scalar", true],
    ]);
    expect(ss?.result.dimensionality ?? "scalar").toBe("scalar");
  });
});
