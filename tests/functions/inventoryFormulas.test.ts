/**
 * SOP.SAFETYSTOCK as Excel calls it. Figures from the textbook and by hand, not from the code:
 * Chopra & Meindl, "Supply Chain Management", 5th ed., Example 11-7 (Dell): CSL 90%, σD 500 a day,
 * L 7 days, D 2,500 a day, sL 7 days → safety stock 22,491; with sL 0 → 1,695.
 * By hand: Φ⁻¹(0.95) = 1.6449 (normal table); σ 10, L 4 → 1.6449 × 10 × √4 = 32.90.
 * The pack's Safety Stock sheet uses the same engine rule (src/engine/inventory/safetyStock.ts).
 */
import { safetyStock } from "../../src/functions/functions";
import { SopFunctionError } from "../../src/functions/errors";
import { safetyStock as engineRule } from "../../src/engine/inventory";

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof SopFunctionError) return { code: e.code, message: e.message };
    throw new Error(`not a SopFunctionError: ${String(e)}`);
  }
  throw new Error("no error");
}

describe("SOP.SAFETYSTOCK", () => {
  it("the textbook's lead-time uncertainty example", () => {
    expect(Math.round(safetyStock(0.9, 500, 7, 2500, 7))).toBe(22491);
    expect(Math.round(safetyStock(0.9, 500, 7, 2500))).toBe(1695);
    expect(Math.round(safetyStock(0.9, 500, 7))).toBe(1695);
  });

  it("takes the service level as 0.95, 95% or 95, as the Inventory Policy sheet does", () => {
    const cell = (v: unknown) => [[v]] as unknown as number;
    expect(safetyStock(0.95, 10, 4)).toBeCloseTo(32.897, 2);
    expect(safetyStock(95, 10, 4)).toBeCloseTo(32.897, 2);
    expect(safetyStock(cell("95%"), cell(10), cell(4))).toBeCloseTo(32.897, 2);
  });

  it("is the pack's rule", () => {
    expect(safetyStock(0.98, 12.5, 1.5, 340, 0.25)).toBe(
      engineRule({ serviceLevel: 0.98, sigma: 12.5, leadTime: 1.5, meanDemand: 340, leadTimeSd: 0.25 }).safetyStock,
    );
  });

  it("says what is wrong: a service level outside 50%–100%, a negative input, a blank, a lead-time deviation without demand", () => {
    expect(errorOf(() => safetyStock(1, 10, 1)).code).toBe("#NUM!");
    expect(errorOf(() => safetyStock(100, 10, 1)).code).toBe("#NUM!");
    expect(errorOf(() => safetyStock(0.4, 10, 1)).code).toBe("#NUM!");
    expect(errorOf(() => safetyStock(0.95, -1, 1))).toEqual({ code: "#NUM!", message: "sigma cannot be negative (got -1)." });
    expect(errorOf(() => safetyStock(0.95, 10, -2)).code).toBe("#NUM!");
    expect(errorOf(() => safetyStock(null as unknown as number, 10, 1)).code).toBe("#VALUE!");
    expect(errorOf(() => safetyStock(0.95, "ten" as unknown as number, 1)).code).toBe("#VALUE!");
    expect(errorOf(() => safetyStock(0.95, 10, 1, undefined, 0.5)).message).toMatch(/leadTimeSd needs meanDemand/);
  });
});
