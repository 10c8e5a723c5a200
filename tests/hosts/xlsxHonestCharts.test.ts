/**
 * Honest charts in the written .xlsx (SPEC "Output": value axes that start at zero for bars): read back
 * from the chart parts of the sample's pack. Bars, columns and waterfalls start at zero; a line of a
 * percentage shows at least 10 points and all of its data; bars and columns carry their values as data
 * labels in the number format of their data.
 */
import JSZip from "jszip";
import { resolveSettings } from "../../src/engine/settings";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import { generatePack } from "../../src/report/generate";
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
