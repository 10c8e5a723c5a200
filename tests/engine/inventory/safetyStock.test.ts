/**
 * The safety-stock and fill-rate rules against textbook examples (numbers from the books, not from
 * this code):
 *
 * Chopra & Meindl, "Supply Chain Management: Strategy, Planning, and Operation", 5th ed. (Pearson,
 * 2013), ch. 11, Example 11-7 "Impact of lead time uncertainty on safety inventory" (Example 12-7 in
 * later editions): Dell's daily demand D = 2,500 PCs, σD = 500, lead time L = 7 days, CSL = 90%.
 * With sL = 7 days: σL = √(L σD² + D² sL²) = √(7·500² + 2,500²·7²) = 17,550 and ss = 1.2816 × 17,550
 * = 22,491 PCs. With sL = 0: σL = √7 · 500 = 1,323 and ss = 1,695.
 *
 * Same book, Example 11-3 "Evaluating fill rate given safety inventory": weekly demand R = 2,500
 * boxes, σR = 500, L = 2 weeks, lot size Q = 10,000, ss = 1,000. σL = √2 · 500 = 707;
 * ESC = −ss (1 − Φ(ss/σL)) + σL φ(ss/σL) = 25.13; fill rate = 1 − ESC/Q = 0.9975.
 *
 * The loss function G(k) = φ(k) − k(1 − Φ(k)) against the printed table (Silver, Pyke & Thomas,
 * "Inventory and Production Management in Supply Chains", 4th ed., Appendix II, G_u(k)):
 * G(0) = 0.3989, G(1.0) = 0.0833, G(1.5) = 0.0293, G(2.0) = 0.0085.
 */
import { expectedFillRate, expectedShortage, leadTimeDemandSd, normalLoss, safetyStock } from "../../../src/engine/inventory";

describe("safety stock with lead-time uncertainty (Chopra & Meindl, Example 11-7)", () => {
  test("Dell, sL = 7 days: σL 17,550 and safety stock 22,491", () => {
    const s = safetyStock({ serviceLevel: 0.9, sigma: 500, leadTime: 7, meanDemand: 2500, leadTimeSd: 7 });
    expect(s.z).toBeCloseTo(1.2816, 4);
    expect(s.sigmaL).toBeCloseTo(17550, -1);
    expect(Math.round(s.safetyStock)).toBe(22491);
  });

  test("Dell, sL = 0: σL = √7 × 500 = 1,323 and safety stock 1,695", () => {
    const s = safetyStock({ serviceLevel: 0.9, sigma: 500, leadTime: 7, meanDemand: 2500, leadTimeSd: 0 });
    expect(Math.round(s.sigmaL)).toBe(1323);
    expect(Math.round(s.safetyStock)).toBe(1695);
  });

  test("without a lead-time deviation the demand is not needed: z σ √L", () => {
    expect(leadTimeDemandSd(10, 4)).toBe(20);
    // Φ⁻¹(0.95) = 1.6449 (normal table): 1.6449 × 20.
    expect(safetyStock({ serviceLevel: 0.95, sigma: 10, leadTime: 4 }).safetyStock).toBeCloseTo(32.897, 2);
  });

  test("an input outside the rule gives NaN, never a made-up stock", () => {
    expect(safetyStock({ serviceLevel: 1, sigma: 10, leadTime: 1 }).safetyStock).toBeNaN();
    expect(safetyStock({ serviceLevel: 0.95, sigma: -1, leadTime: 1 }).safetyStock).toBeNaN();
    expect(safetyStock({ serviceLevel: 0.95, sigma: 10, leadTime: -1 }).safetyStock).toBeNaN();
  });
});

describe("expected fill rate (Chopra & Meindl, Example 11-3)", () => {
  test("Lego at Walmart: ESC 25.13 and fill rate 0.9975", () => {
    const sigmaL = Math.sqrt(2) * 500;
    expect(expectedShortage(1000, sigmaL)).toBeCloseTo(25.13, 1);
    expect(expectedFillRate(1000, sigmaL, 10000)).toBeCloseTo(0.9975, 4);
  });

  test("the loss function G(k) matches the printed table", () => {
    expect(normalLoss(0)).toBeCloseTo(0.3989, 4);
    expect(normalLoss(1)).toBeCloseTo(0.0833, 4);
    expect(normalLoss(1.5)).toBeCloseTo(0.0293, 4);
    expect(normalLoss(2)).toBeCloseTo(0.0085, 4);
  });

  test("no uncertainty meets all demand; no demand has no fill rate", () => {
    expect(expectedFillRate(0, 0, 100)).toBe(1);
    expect(expectedFillRate(10, 5, 0)).toBeNull();
  });

  test("a shortage larger than a cycle's demand meets none of it, not a negative share", () => {
    // σL = 100, stock 0: ESC = 100 × G(0) = 39.89 units against 10 units of demand a cycle.
    expect(expectedFillRate(0, 100, 10)).toBe(0);
  });
});
