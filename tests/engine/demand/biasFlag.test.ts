import { biasDirection, biasFlag, biasReason, directionInWords } from "../../../src/engine/demand";

describe("bias flag", () => {
  it("fires the tracking-signal test beyond ±4 and says over-forecast for a negative signal", () => {
    const f = biasFlag(-12, -0.84, 4, 2);
    expect(f).toEqual({ flagged: true, firedTests: ["trackingSignal"], direction: "over" });
  });

  it("does not fire at exactly the limit (beyond means strictly beyond)", () => {
    expect(biasFlag(4, 0.02, 4, 2).flagged).toBe(false);
    expect(biasFlag(-4, -2, 4, 2).flagged).toBe(false);
  });

  it("fires the NFM test on its own", () => {
    // 3 periods, A = 10, F = 100: TS = -270/90 = -3 (inside ±4); NFM = 3 × (-90/110) = -2.45 (beyond ±2).
    expect(biasFlag(-3, -2.4545, 4, 2)).toEqual({ flagged: true, firedTests: ["nfm"], direction: "over" });
  });

  it("a null tracking signal (MAD 0) cannot fire", () => {
    expect(biasFlag(null, 0, 4, 2).flagged).toBe(false);
  });

  it("says why in words", () => {
    const f = biasFlag(-12, -0.84, 4, 2);
    expect(biasReason(f, { trackingSignal: -12, nfm: -0.84 }, { trackingSignal: 4, nfm: 2 }, { over: 12, under: 0, n: 12 })).toBe(
      "Tracking signal -12.0 < -4: over-forecast in 12 of 12 periods",
    );
    const u = biasFlag(4.4, 1.1, 4, 2);
    expect(biasReason(u, { trackingSignal: 4.4, nfm: 1.1 }, { trackingSignal: 4, nfm: 2 }, { over: 4, under: 8, n: 12 })).toBe(
      "Tracking signal 4.4 > 4: under-forecast in 8 of 12 periods",
    );
    const both = biasFlag(-6, -2.5, 4, 2);
    expect(biasReason(both, { trackingSignal: -6, nfm: -2.5 }, { trackingSignal: 4, nfm: 2 }, { over: 6, under: 0, n: 6 })).toBe(
      "Tracking signal -6.0 < -4 and NFM -2.5 < -2: over-forecast in 6 of 6 periods",
    );
    expect(
      biasReason(
        biasFlag(1, 0.1, 4, 2),
        { trackingSignal: 1, nfm: 0.1 },
        { trackingSignal: 4, nfm: 2 },
        { over: 1, under: 2, n: 3 },
      ),
    ).toBeNull();
  });

  it("direction in words follows the CPIM sign: negative error = over-forecast", () => {
    expect(biasDirection(-3)).toBe("over");
    expect(biasDirection(3)).toBe("under");
    expect(biasDirection(0)).toBe("none");
    expect(biasDirection(null)).toBe("none");
    expect(["over", "under", "none"].map((d) => directionInWords(d as "over"))).toEqual([
      "Over-forecast",
      "Under-forecast",
      "None",
    ]);
  });
});
