/**
 * Honest charts in the written .xlsx (SPEC "Output": value axes that start at zero for bars): read back
 * from the chart parts of the sample's pack. Bars, columns and waterfalls start at zero; a line of a
 * percentage shows at least 10 points and all of its data; bars and columns carry their values as data
 * labels in the number format of their data. A line with fewer than two months is not drawn: the sheet
 * says why where it would be.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellGrid, CellValue } from "../../src/engine/grid";
import type { PreviousPack } from "../../src/engine/history";
import { resolveSettings } from "../../src/engine/settings";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import { generatePack, type PackResult } from "../../src/report/generate";
import type { SheetSpec } from "../../src/report/workbookSpec";
import { cycleInput } from "../history/threeCycles";
import { sampleGrids } from "../office/workbooks";

/** Every chart part of a written pack, by part name (xl/charts/chartN.xml). */
async function chartParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)
    .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
    .sort())
    out.set(name, await zip.file(name)!.async("string"));
  return out;
}

const valAx = (xml: string) => /<c:valAx>.*?<\/c:valAx>/.exec(xml)![0];
const bound = (axis: string, tag: "min" | "max") => {
  const m = new RegExp(`<c:${tag} val="([^"]+)"/>`).exec(axis);
  return m ? Number(m[1]) : undefined;
};
const title = (xml: string) => /<a:t>(.*?)<\/a:t>/.exec(xml)![1];
/** The cached values of every series of a chart part. */
const cachedValues = (xml: string) =>
  [...xml.matchAll(/<c:val><c:numRef>.*?<\/c:numRef><\/c:val>/g)].flatMap((m) =>
    [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
  );

describe("the sample pack's charts in the .xlsx", () => {
  let charts: Map<string, string>;

  beforeAll(async () => {
    const pack = generatePack(await sampleGrids(), resolveSettings(), undefined, { inputName: "sop-sample.xlsx" });
    charts = await chartParts(await writePackXlsx(pack.workbook));
  }, 120_000);

  test('every bar, column and waterfall chart\'s value axis has <c:min val="0"/>', () => {
    const bars = [...charts.values()].filter((xml) => xml.includes("<c:barChart>"));
    // The summary's scenarios and revenue bridge, the FVA columns, the Financial Gap's bridges.
    expect(bars.length).toBeGreaterThanOrEqual(3);
    for (const xml of bars) expect([title(xml), valAx(xml)]).toEqual([title(xml), expect.stringContaining('<c:min val="0"/>')]);
  });

  test("every percentage line spans at least 10 points and holds all of its data", () => {
    const lines = [...charts.values()].filter(
      (xml) => xml.includes("<c:lineChart>") && /<c:valAx>.*<c:numFmt formatCode="[^"]*%/.test(xml),
    );
    // Utilization and forecast accuracy on the summary (the sample has no history, so no lag chart).
    expect(lines.map(title)).toEqual(
      expect.arrayContaining([
        "Utilization of the most constrained resources (100% = rated capacity)",
        "Forecast accuracy by month (1 − WMAPE, Consensus Forecast)",
      ]),
    );
    for (const xml of lines) {
      const axis = valAx(xml);
      const [min, max] = [bound(axis, "min")!, bound(axis, "max")!];
      expect(max - min).toBeGreaterThanOrEqual(0.1 - 1e-12);
      const values = cachedValues(xml);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(min);
      expect(Math.max(...values)).toBeLessThanOrEqual(max);
    }
  });

  test("clustered bars and columns show their values (dLbls showVal=1) in the data's number format; waterfalls do not", () => {
    const clustered = [...charts.values()].filter((xml) => xml.includes('<c:grouping val="clustered"/>'));
    expect(clustered.length).toBeGreaterThanOrEqual(2);
    for (const xml of clustered) expect([title(xml), xml]).toEqual([title(xml), expect.stringContaining('<c:showVal val="1"/>')]);
    const labelFormat = (xml: string) => /<c:dLbls><c:numFmt formatCode="([^"]*)"/.exec(xml)?.[1];
    // The scenarios' revenue and margin are money on the sheet ("$"#,##0;[Red]-"$"#,##0, XML-escaped) ...
    const scenarios = clustered.find((xml) => title(xml) === "Revenue and margin by scenario")!;
    expect(labelFormat(scenarios)).toBe("&quot;$&quot;#,##0;[Red]-&quot;$&quot;#,##0");
    // ... the FVA steps' WMAPE a percentage with one decimal (0.0%), though the axis shows whole percents.
    const fva = clustered.find((xml) => title(xml).startsWith("WMAPE by step"))!;
    expect(labelFormat(fva)).toBe("0.0%");
    expect(fva).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    // A waterfall would label its invisible Base series too.
    const waterfalls = [...charts.values()].filter((xml) => xml.includes('<c:grouping val="stacked"/>'));
    expect(waterfalls.length).toBeGreaterThanOrEqual(1);
    for (const xml of waterfalls) expect(xml).not.toContain("<c:dLbls>");
  });

  test("the summary's forecast accuracy (about 97% every month) is drawn on 90%-100%", () => {
    // Consensus errors are about 3% of actual (samples/PLANTED.md 1): accuracy 95.5%-98.5% each month
    // (tests/report/summarySample.test.ts). 95.5 − 5 = 90.5 .. 98.5 − 5 = 93.5, down to a multiple of 5:
    // 90; 95.5 + 5 = 100.5 or more, up to 105, clamped to 100.
    const xml = [...charts.values()].find((x) => title(x).startsWith("Forecast accuracy by month"))!;
    for (const v of cachedValues(xml)) expect(Math.abs(v - 0.97)).toBeLessThan(0.015);
    const axis = valAx(xml);
    expect(bound(axis, "min")).toBe(0.9);
    expect(bound(axis, "max")).toBe(1);
  });
});

/** The pack of a cycle of tests/history/threeCycles.ts, as the next run reads it back. */
function previousOf(result: PackResult): PreviousPack {
  const grid = (name: string): CellGrid | null => {
    const sheet: SheetSpec | undefined = result.workbook.sheets.find((s) => s.name === name);
    return sheet ? { sheet: sheet.name, values: sheet.rows.map((r) => r.map((v) => v as CellValue)) } : null;
  };
  return { source: "the test's previous pack", history: grid("S&OP History"), summary: grid("S&OP Summary") };
}

const LAG_CHART = "WMAPE at lag by month (all families; lower is better)";

describe("the lag-accuracy chart over the loop's first months (tests/history/threeCycles.ts)", () => {
  let february: PackResult;
  let march: PackResult;

  beforeAll(() => {
    const settings = resolveSettings();
    const january = generatePack(cycleInput("2026-01"), settings);
    // Cycle 2026-02 has cycle 2026-01's plans: lag 0 for January only (actuals to 2026-01), no lag 1 yet.
    february = generatePack(cycleInput("2026-02"), settings, undefined, { previous: previousOf(january) });
    march = generatePack(cycleInput("2026-03"), settings, undefined, { previous: previousOf(february) });
  });

  async function written(result: PackResult): Promise<{ charts: Map<string, string>; review: ExcelJS.Worksheet }> {
    const bytes = await writePackXlsx(result.workbook);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return { charts: await chartParts(bytes), review: book.getWorksheet("Demand Review")! };
  }

  test("one month of lag-0 accuracy: no lag chart, and one line where it would be saying why", async () => {
    const { charts, review } = await written(february);
    expect([...charts.values()].map(title)).not.toContain(LAG_CHART);
    const found: string[] = [];
    review.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.startsWith("Chart not drawn"))
          found.push(`${cell.address} ${cell.value}`);
      }),
    );
    expect(found).toHaveLength(1);
    const [at] = found[0].split(" ");
    expect(found[0]).toBe(`${at} Chart not drawn: one month of lag-0 accuracy so far; it needs at least 2.`);
    // It sits where the chart would: column J of the trend table's header row (Month | Lag 0 WMAPE | ...).
    expect(at.replace(/\d+/, "")).toBe("J");
    expect(review.getRow(Number(/\d+/.exec(at)![0])).getCell(1).value).toBe("Month");
  });

  test("two months (January and February): the chart is drawn, on 0%-25%", async () => {
    const { charts } = await written(march);
    const xml = [...charts.values()].find((x) => title(x) === LAG_CHART)!;
    expect(xml).toBeDefined();
    // All families, WMAPE = Σ|e| / ΣA: lag 0 January 20/150 = 13.3%, February 15/170 = 8.8%; lag 1
    // February 30/170 = 17.6%. 8.8 − 5 = 3.8, down to 0; 17.6 + 5 = 22.6, up to 25.
    expect(cachedValues(xml).map((v) => Math.round(v * 1000) / 1000)).toEqual([0.133, 0.088, 0.176]);
    const axis = valAx(xml);
    expect([bound(axis, "min"), bound(axis, "max")]).toEqual([0, 0.25]);
    const review = march.workbook.sheets.find((s) => s.name === "Demand Review")!;
    expect(review.rows.flat()).not.toContainEqual(expect.stringMatching(/^Chart not drawn/));
  });
});
