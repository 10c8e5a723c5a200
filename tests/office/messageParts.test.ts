/**
 * The pack worker's result sent in parts (src/hosts/office/messageParts.ts): every part within the
 * budget where the data allows, and the whole put back together exactly, through structured clone as
 * postMessage does it.
 */
import { PartsAssembler, splitParts, type Part } from "../../src/hosts/office/messageParts";

function roundTrip(value: unknown, budget: number): { parts: Part[]; whole: unknown } {
  const parts = [...splitParts(value, budget)];
  const assembler = new PartsAssembler();
  for (const part of structuredClone(parts)) assembler.add(part);
  return { parts, whole: assembler.root };
}

describe("result parts from the pack worker", () => {
  it("sends a small value whole, in one part", () => {
    expect([...splitParts({ a: 1, b: [1, 2] }, 100)]).toEqual([{ path: [], value: { a: 1, b: [1, 2] } }]);
  });

  it("cuts a long array into runs of items under the budget", () => {
    // Ten items of 4 JSON characters each ("a0" with its quotes). A run of two is ["a0","a1"], 11
    // characters; with a budget of 12 a run holds two (11), not three (16): five runs after the empty array.
    const list = Array.from({ length: 10 }, (_, i) => `a${i}`);
    const { parts, whole } = roundTrip(list, 12);
    expect(parts[0]).toEqual({ path: [], value: [] });
    expect(parts.slice(1).map((p) => ("items" in p ? p.items.length : -1))).toEqual([2, 2, 2, 2, 2]);
    expect(whole).toEqual(list);
  });

  it("recurses into keys and items that are over the budget, and keeps dates, nulls and order", () => {
    const pack = {
      workbook: {
        sheets: [
          { name: "Gap Table", rows: Array.from({ length: 50 }, (_, r) => [`Family ${r}`, r * 1.5, null]) },
          { name: "Summary", rows: [[new Date(Date.UTC(2026, 11, 1)), "as of"]] },
        ],
      },
      summary: { periods: ["2026-01", "2026-02"], gaps: Array.from({ length: 40 }, (_, i) => ({ family: `F${i}`, gap: -i })) },
      balanced: false,
      findings: [],
    };
    const { parts, whole } = roundTrip(pack, 200);
    expect(parts.length).toBeGreaterThan(10);
    // Every part that carries data is within the budget (one item is never over 200 here).
    for (const part of parts) expect(JSON.stringify("items" in part ? part.items : part.value).length).toBeLessThanOrEqual(200);
    expect(whole).toEqual(pack);
  });
});
