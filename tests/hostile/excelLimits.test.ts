/**
 * The one guard on what the pack writes (SPEC "Output"): text within 32,767 characters with
 * lists cut between items, finite numbers, XML-legal characters, and `_xHHHH_` kept literal in files.
 */
import {
  MAX_CELL_TEXT,
  cellWithinLimits,
  escapeOoxmlText,
  fitCellText,
  listWithinLimit,
  withinExcelLimits,
  xmlLegalText,
} from "../../src/report/excelLimits";
import type { WorkbookSpec } from "../../src/report/workbookSpec";

test("a list that fits is joined whole", () => {
  expect(listWithinLimit(["a", "b", "c"], "; ", "Flagged: ", ".")).toBe("Flagged: a; b; c.");
});

test("a long list is cut between items and says how many are left out", () => {
  // 10 items of 10 characters joined by "; " is 10*10 + 9*2 = 118 characters; with a limit of 60 the
  // frame "L: " (3) + "." (1) and the note "; … and 10 more" (15) leave 41: items 1-3 take
  // 10 + 12 + 12 = 34, a fourth would take 46 > 41. So 3 shown, 7 more.
  const items = Array.from({ length: 10 }, (_, i) => `item-${String(i).padStart(5, "0")}`);
  const text = listWithinLimit(items, "; ", "L: ", ".", 60);
  expect(text).toBe("L: item-00000; item-00001; item-00002; … and 7 more.");
  expect(text.length).toBeLessThanOrEqual(60);
});

test("a list whose first item alone is too long still fits, cut inside that item", () => {
  const text = listWithinLimit(["x".repeat(40_000), "y"], "; ");
  expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  expect(text).toMatch(/^x+…; … and 1 more$/);
});

test("text over 32,767 characters is cut with a note of how much was cut, never a broken surrogate", () => {
  const long = "😀".repeat(20_000); // 40,000 UTF-16 units
  const fitted = fitCellText(long);
  expect(fitted.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  const m = fitted.match(/… \(([\d,]+) more characters\)$/);
  expect(m).not.toBeNull();
  const kept = fitted.slice(0, fitted.indexOf("…"));
  // What is kept plus what the note counts is the whole text.
  expect(kept.length + Number(m![1].replace(/,/g, ""))).toBe(40_000);
  expect(kept.length % 2).toBe(0); // whole emoji only
  expect(fitCellText("short")).toBe("short");
});

test("characters XML forbids become U+FFFD; tab, newline and astral characters stay", () => {
  expect(xmlLegalText("a\u0000b\u0008c\u000Bd\uFFFEe\uFFFF")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
  expect(xmlLegalText("tab\tline\ncr\r 😀")).toBe("tab\tline\ncr\r 😀");
  expect(xmlLegalText("lone \uD800 high, lone \uDC00 low")).toBe("lone \uFFFD high, lone \uFFFD low");
});

test("non-finite numbers and invalid dates become empty cells", () => {
  expect(cellWithinLimits(NaN)).toBeNull();
  expect(cellWithinLimits(Infinity)).toBeNull();
  expect(cellWithinLimits(-Infinity)).toBeNull();
  expect(cellWithinLimits(new Date(NaN))).toBeNull();
  expect(cellWithinLimits(-Number.MAX_VALUE)).toBe(-Number.MAX_VALUE);
  expect(cellWithinLimits(true)).toBe(true);
});

test("the guard fixes every sheet of a pack description in place", () => {
  const spec: WorkbookSpec = {
    sheets: [
      {
        name: "S",
        rows: [["ok", 1, NaN], [null, "z".repeat(40_000), Infinity], ["\u0001"]],
        conditionalFormats: [{ kind: "cellValue", range: "A1", operator: "greaterThan", values: [Infinity] }],
        columnWidths: [NaN, 300, 12],
      },
    ],
  };
  const out = withinExcelLimits(spec);
  const rows = out.sheets[0].rows;
  expect(rows[0]).toEqual(["ok", 1, null]);
  expect((rows[1][1] as string).length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  expect(rows[1][2]).toBeNull();
  expect(rows[2][0]).toBe("\uFFFD");
  expect(out.sheets[0].conditionalFormats![0]).toMatchObject({ values: [0] });
  expect(out.sheets[0].columnWidths).toEqual([0, 255, 12]);
});

test("a literal _xHHHH_ is written with its underscore escaped, so it reads back as typed", () => {
  expect(escapeOoxmlText("_x0041_")).toBe("_x005F_x0041_");
  expect(escapeOoxmlText("a_xFFFE_b_x12_")).toBe("a_x005F_xFFFE_b_x12_");
  expect(escapeOoxmlText("plain_text")).toBe("plain_text");
});
