/**
 * Review: no SOP.* formula ends in an unhandled exception, whatever a planner points it at. Each
 * either returns values Excel can show (finite numbers, text, or per-cell errors) or fails with one
 * of the error values the SPEC names (#VALUE!, #DIV/0!, #N/A, #NUM!) and a message, never a raw
 * TypeError. Optional arguments are marked optional in the JSDoc Excel's metadata is built from.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { SopFunctionError } from "../../src/functions/errors";

/** Anything Excel can pass for one cell, plus what a careless caller might. */
const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom("", " ", "n/a", "1,200", "=A1", "-5", "1e400"),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const range = fc.oneof(
  fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 5 }),
  cell,
  fc.constant([[]]),
);
const arg = fc.oneof(range, cell);

const CODES = new Set(["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"]);

function acceptable(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  if (typeof result === "string") return true;
  if (result instanceof SopFunctionError) return CODES.has(result.code);
  if (Array.isArray(result)) return result.every(acceptable);
  return false;
}

const callable = Object.entries(functions).filter(([, f]) => typeof f === "function") as [string, (...a: unknown[]) => unknown][];

describe("every SOP.* formula on arbitrary input", () => {
  test("there are formulas to check (all sixteen of the SPEC's table plus any more)", () => {
    expect(callable.length).toBeGreaterThanOrEqual(16);
  });

  test.each(callable.map(([name, f]) => [name, f] as const))(
    "%s returns a showable value or an Excel error, never a raw exception",
    (_name, f) => {
      fc.assert(
        fc.property(fc.array(arg, { minLength: 0, maxLength: 4 }), (args) => {
          let outcome: unknown;
          try {
            outcome = f(...args);
          } catch (e) {
            expect(e).toBeInstanceOf(SopFunctionError);
            expect(CODES.has((e as SopFunctionError).code)).toBe(true);
            expect((e as Error).message).not.toMatch(/undefined|Cannot read|is not a function|is not iterable/);
            return;
          }
          expect(acceptable(outcome)).toBe(true);
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe("the JSDoc Excel's metadata comes from", () => {
  const source = readFileSync(join(__dirname, "..", "..", "src", "functions", "functions.ts"), "utf8");
  const blocks = [...source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export function (\w+)\(([^)]*)\)/g)];

  test("covers every exported function", () => {
    expect(blocks.length).toBe(callable.length);
  });

  test.each(blocks.map((m) => [m[2], m[1], m[3]] as const))(
    "%s: optional parameters are [bracketed] and every parameter is described",
    (_name, doc, params) => {
      for (const p of params
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)) {
        const [, name, optional] = /^(\w+)(\?)?/.exec(p)!;
        const tag = new RegExp(`@param \\{[^}]+\\} (\\[${name}\\]|${name}) (.+)`).exec(doc);
        expect(tag).not.toBeNull();
        expect(tag![1].startsWith("[")).toBe(Boolean(optional));
        expect(tag![2].trim().length).toBeGreaterThan(10);
      }
      expect(doc).toMatch(/@returns \{[^}]+\} \S/);
    },
  );
});
