/**
 * ABC / XYZ segmentation (SPEC "Demand review: the statistical baseline", Segments), every figure worked
 * by hand from the definitions in the comments.
 */
import {
  abcClasses,
  coefficientOfVariation,
  DEFAULT_SEGMENT_CUTOFFS,
  segmentFamilies,
  xyzClass,
  type SegmentInput,
} from "../../../src/engine/forecast/segments";

/** A family whose every month has the same price. */
const flat = (family: string, units: number[], price: number | null): SegmentInput => ({
  family,
  last12Units: units,
  last12Prices: units.map(() => price),
  earliestPrice: price,
});

const byFamily = (segments: ReturnType<typeof segmentFamilies>) => new Map(segments.map((s) => [s.family, s]));

describe("abcClasses", () => {
  it("ranks largest first and keeps the input's order in the answer", () => {
    // Total 20 + 350 + 500 + 40 + 90 = 1000. Ranked: 500 (above 0 -> A), 350 (above 500/1000 = 0.50 -> A,
    // it crosses 80%: 850/1000), 90 (above 0.85 -> B), 40 (above 0.94 -> B), 20 (above 0.98 -> C).
    expect(abcClasses([20, 350, 500, 40, 90])).toEqual(["C", "A", "A", "B", "B"]);
  });

  it("a share above of exactly 80% is B, of exactly 95% is C", () => {
    // 50, 30, 15, 5 of 100: above = 0, 0.50, 0.80 (not below 0.80 -> B), 0.95 (not below 0.95 -> C).
    expect(abcClasses([50, 30, 15, 5])).toEqual(["A", "A", "B", "C"]);
  });

  it("equal values keep their input order", () => {
    // Five 10s of 50: above = 0, 0.2, 0.4, 0.6, 0.8 -> A A A A B (40/50 is exactly 0.8, not below it).
    expect(abcClasses([10, 10, 10, 10, 10])).toEqual(["A", "A", "A", "A", "B"]);
  });

  it("zeros are C, and all zeros are all C", () => {
    // 10 of 10: above the 0 is 10/10 = 1 -> C.
    expect(abcClasses([0, 10])).toEqual(["C", "A"]);
    expect(abcClasses([0, 0, 0])).toEqual(["C", "C", "C"]);
    expect(abcClasses([])).toEqual([]);
  });

  it("takes other cut-offs", () => {
    // 50, 30, 15, 5 with 50% / 90%: above 0 -> A, 0.5 (not below 0.5) -> B, 0.8 -> B, 0.95 -> C.
    expect(abcClasses([50, 30, 15, 5], 0.5, 0.9)).toEqual(["A", "B", "B", "C"]);
  });

  it("refuses negative values and cut-offs out of order", () => {
    expect(() => abcClasses([1, -1])).toThrow(RangeError);
    expect(() => abcClasses([1], 0.9, 0.8)).toThrow(RangeError);
    expect(() => abcClasses([1], 0, 0.8)).toThrow(RangeError);
    expect(() => abcClasses([1], 0.8, 1.2)).toThrow(RangeError);
  });
});

describe("coefficient of variation and XYZ", () => {
  it("exactly 0.5 is X", () => {
    // 12 months, mean 48 / 12 = 4; deviations 3 −3 2 −2 2 −2 2 −2 1 −1 0 0, squares 9+9+6×4+1+1 = 44;
    // sample variance 44 / 11 = 4, sd 2, CV = 2 / 4 = 0.5.
    const units = [7, 1, 6, 2, 6, 2, 6, 2, 5, 3, 4, 4];
    expect(coefficientOfVariation(units)).toBe(0.5);
    expect(xyzClass(units)).toBe("X");
    // 6 2 6 2 4: mean 4, squares 4+4+4+4+0 = 16, variance 16 / 4 = 4, sd 2, CV 0.5.
    expect(xyzClass([6, 2, 6, 2, 4])).toBe("X");
  });

  it("exactly 1.0 is Y, just above either cut-off moves up", () => {
    // 4 4 0 0 2: mean 2, squares 4+4+4+4+0 = 16, variance 4, sd 2, CV = 2 / 2 = 1.
    expect(coefficientOfVariation([4, 4, 0, 0, 2])).toBe(1);
    expect(xyzClass([4, 4, 0, 0, 2])).toBe("Y");
    // 1 3: mean 2, variance (1 + 1) / 1 = 2, CV = √2 / 2 ≈ 0.707 -> Y.
    expect(coefficientOfVariation([1, 3])).toBeCloseTo(Math.SQRT2 / 2, 12);
    expect(xyzClass([1, 3])).toBe("Y");
    // 0 2: mean 1, variance (1 + 1) / 1 = 2, CV = √2 ≈ 1.414 -> Z.
    expect(xyzClass([0, 2])).toBe("Z");
  });

  it("a constant series is X; mean 0 and fewer than 2 months are Z without a CV", () => {
    expect(coefficientOfVariation([5, 5, 5])).toBe(0);
    expect(xyzClass([5, 5, 5])).toBe("X");
    expect(coefficientOfVariation([0, 0, 0])).toBeNull();
    expect(xyzClass([0, 0, 0])).toBe("Z");
    expect(coefficientOfVariation([7])).toBeNull();
    expect(xyzClass([7])).toBe("Z");
    expect(xyzClass([])).toBe("Z");
  });

  it("takes other cut-offs", () => {
    // CV 0.5 with X up to 0.4, Y up to 0.6 -> Y; CV 1 with Y up to 0.9 -> Z.
    expect(xyzClass([6, 2, 6, 2, 4], 0.4, 0.6)).toBe("Y");
    expect(xyzClass([4, 4, 0, 0, 2], 0.4, 0.9)).toBe("Z");
  });
});

describe("segmentFamilies", () => {
  it("revenue = Σ units × the month's price, else the family's earliest price", () => {
    // 10 × 2 + 20 × 1.5 (no price that month: the earliest, 1.5) + 30 × 3 = 20 + 30 + 90 = 140.
    const [s] = segmentFamilies([{ family: "Pumps", last12Units: [10, 20, 30], last12Prices: [2, null, 3], earliestPrice: 1.5 }]);
    expect(s.revenue12).toBe(140);
    expect(s.basis).toBe("revenue");
    expect(s.priced).toBe(true);
    expect(s.share).toBe(1);
    expect(s.rank).toBe(1);
    expect(s.abc).toBe("A");
    // 10 20 30: mean 20, variance (100 + 0 + 100) / 2 = 100, sd 10, CV 0.5 -> X.
    expect(s.cv).toBe(0.5);
    expect(s.xyz).toBe("X");
  });

  it("shares, ranks and the family that crosses 80% is A", () => {
    // Revenue (units × price): P 250 × 2 = 500, Q 350 × 1 = 350, R 45 × 2 = 90, S 40 × 1 = 40,
    // T 10 × 2 = 20; total 1000. Shares 0.50, 0.35, 0.09, 0.04, 0.02.
    // Above: P 0 -> A; Q 0.50 -> A (with itself 0.85: it crosses 80%); R 0.85 -> B; S 0.94 -> B; T 0.98 -> C.
    const segments = segmentFamilies([
      flat("T", [4, 6], 2),
      flat("R", [20, 25], 2),
      flat("P", [100, 150], 2),
      flat("S", [15, 25], 1),
      flat("Q", [150, 200], 1),
    ]);
    expect(segments.map((s) => s.family)).toEqual(["P", "Q", "R", "S", "T"]);
    expect(segments.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(segments.map((s) => s.revenue12)).toEqual([500, 350, 90, 40, 20]);
    const shares = segments.map((s) => s.share);
    [0.5, 0.35, 0.09, 0.04, 0.02].forEach((share, i) => expect(shares[i]).toBeCloseTo(share, 12));
    expect(segments.map((s) => s.abc)).toEqual(["A", "A", "B", "B", "C"]);
  });

  it("ties by family name", () => {
    // Five families of 100 each (total 500), ranked by name: Alpha, Beta, Delta, Echo, Gamma;
    // above = 0, 0.2, 0.4, 0.6, 0.8 -> A A A A B.
    const segments = segmentFamilies(["Gamma", "Beta", "Echo", "Alpha", "Delta"].map((f) => flat(f, [50, 50], 1)));
    expect(segments.map((s) => `${s.rank} ${s.family} ${s.abc}`)).toEqual([
      "1 Alpha A",
      "2 Beta A",
      "3 Delta A",
      "4 Echo A",
      "5 Gamma B",
    ]);
  });

  it("a family without a price among priced ones counts 0, is flagged and is C", () => {
    // Zeta sells 1000 units but has no price: 0. Total 300 + 100 = 400: Big above 0 -> A, Small above
    // 300/400 = 0.75 -> A, Zeta above 400/400 = 1 -> C.
    const segments = byFamily(
      segmentFamilies([flat("Zeta", [500, 500], null), flat("Big", [150, 150], 1), flat("Small", [50, 50], 1)]),
    );
    expect(segments.get("Zeta")).toMatchObject({ revenue12: 0, share: 0, priced: false, abc: "C", rank: 3 });
    expect(segments.get("Big")).toMatchObject({ revenue12: 300, share: 0.75, priced: true, abc: "A", rank: 1 });
    expect(segments.get("Small")).toMatchObject({ revenue12: 100, share: 0.25, abc: "A", rank: 2 });
    // Zeta's 500 500 is constant: CV 0 -> X (XYZ is by units, price or not).
    expect(segments.get("Zeta")?.xyz).toBe("X");
  });

  it("without any price anywhere, every family is ranked by units", () => {
    // Units: Two 30, One 5 + 5 = 10, None 0; total 40. Above: Two 0 -> A, One 30/40 = 0.75 -> A, None 1 -> C.
    const segments = segmentFamilies([flat("One", [5, 5], null), flat("None", [0, 0], null), flat("Two", [30], null)]);
    expect(segments.map((s) => [s.family, s.revenue12, s.abc, s.basis, s.priced])).toEqual([
      ["Two", 30, "A", "units", false],
      ["One", 10, "A", "units", false],
      ["None", 0, "C", "units", false],
    ]);
    expect(segments[0].share).toBe(0.75);
  });

  it("with no earliest price given, months without a price take the earliest price among the 12", () => {
    // 10 × 4 (no price: the earliest known, 4) + 10 × 4 + 10 × 5 = 130.
    const [s] = segmentFamilies([{ family: "F", last12Units: [10, 10, 10], last12Prices: [null, 4, 5], earliestPrice: null }]);
    expect(s.revenue12).toBe(130);
    expect(s.priced).toBe(true);
  });

  it("all-zero revenue: every family is C with share 0, ranked by name", () => {
    const segments = segmentFamilies([flat("B", [0, 0], 3), flat("A", [0, 0], 3)]);
    expect(segments.map((s) => [s.rank, s.family, s.abc, s.share, s.xyz])).toEqual([
      [1, "A", "C", 0, "Z"],
      [2, "B", "C", 0, "Z"],
    ]);
  });

  it("uses only the last 12 months when given more, and takes the cut-offs as parameters", () => {
    // 13 months: the first (1000) is dropped; 12 × 1 at price 1 = 12.
    const long = flat("Long", [1000, ...Array.from({ length: 12 }, () => 1)], 1);
    const [s] = segmentFamilies([long]);
    expect(s.revenue12).toBe(12);
    expect(s.cv).toBe(0);
    // 50, 30, 15, 5 with A below 50%: above 0 -> A, 0.5 -> B, 0.8 -> B (below 0.95), 0.95 -> C.
    const segments = segmentFamilies([flat("a", [50], 1), flat("b", [30], 1), flat("c", [15], 1), flat("d", [5], 1)], {
      ...DEFAULT_SEGMENT_CUTOFFS,
      aShare: 0.5,
    });
    expect(segments.map((x) => x.abc)).toEqual(["A", "B", "B", "C"]);
  });
});
