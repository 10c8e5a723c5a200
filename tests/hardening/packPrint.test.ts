/**
 * The printed pack, as LibreOffice Calc renders it headless: text at 9 points or more (word heights
 * from poppler's pdftotext -bbox, against a 9-point cell printed at 100%), the summary's first page
 * holding the key figures, the top exceptions and the agenda, no "###" anywhere, and the charts of
 * the .xlsx pack drawn (their series' colours are found on their page), including the stacked-column
 * waterfall with its floating steps.
 *
 * Needs `soffice` (libreoffice-calc-nogui) and poppler's `pdfinfo` / `pdftoppm` (poppler-utils), both
 * installed by .ci/run. Without them the test fails saying so, unless SOP_SKIP_LIBREOFFICE=1.
 */
import { spawnSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import { resolveSettings } from "../../src/engine/settings";
import { addWaterfall } from "../../src/report/charts/waterfall";
import { generatePack } from "../../src/report/generate";
import { SheetBuilder } from "../../src/report/sheets/sheetBuilder";
import type { SheetSpec, WorkbookSpec } from "../../src/report/workbookSpec";
import { libreOfficePdf } from "../../scripts/libreOfficePdf";
import { freshDir, ROOT } from "./cliRunner";

const skip = process.env.SOP_SKIP_LIBREOFFICE === "1";
const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: "utf8" }).status === 0;

/** LibreOffice's PDF of an .xlsx file, in the test's folder. */
function toPdf(dir: string, xlsx: string): string {
  return libreOfficePdf(xlsx, dir);
}

function pdfInfo(pdf: string): { pages: number; width: number; height: number } {
  const out = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(out)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), width: Number(size[1]), height: Number(size[2]) };
}

/** Each page's words with their heights in points (pdftotext -bbox: yMax - yMin). */
function wordsByPage(pdf: string): { word: string; height: number }[][] {
  const html = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        word: m[3],
        height: Number(m[2]) - Number(m[1]),
      })),
    );
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A page rendered at 100 dpi: pixels as "RRGGBB" -> count, and where each colour's pixels lie. */
function render(pdf: string, page = 1): { count: Map<string, number>; box: Map<string, { minY: number; maxY: number }> } {
  const ppm = spawnSync("pdftoppm", ["-r", "100", "-f", String(page), "-l", String(page), pdf], { maxBuffer: 1 << 28 })
    .stdout as Buffer;
  // Binary PPM: "P6\n<width> <height>\n255\n" then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  const width = Number(header[1]);
  const start = header[0].length;
  const count = new Map<string, number>();
  const box = new Map<string, { minY: number; maxY: number }>();
  for (let i = start, p = 0; i + 2 < ppm.length; i += 3, p++) {
    const hex = ((ppm[i] << 16) | (ppm[i + 1] << 8) | ppm[i + 2]).toString(16).padStart(6, "0").toUpperCase();
    count.set(hex, (count.get(hex) ?? 0) + 1);
    const y = Math.floor(p / width);
    const b = box.get(hex);
    if (!b) box.set(hex, { minY: y, maxY: y });
    else b.maxY = y;
  }
  return { count, box };
}

(skip ? describe.skip : describe)("the pack printed by LibreOffice Calc", () => {
  let dir: string;
  let summary: SheetSpec;
  let pack: WorkbookSpec;
  /** The word height (points) of 9-point text printed at 100%. */
  let nine: number;

  beforeAll(async () => {
    if (!has("soffice", "--version") || !has("pdfinfo", "-v")) {
      throw new Error(
        "Needs LibreOffice and poppler-utils: apt-get install libreoffice-calc-nogui poppler-utils, or set SOP_SKIP_LIBREOFFICE=1.",
      );
    }
    dir = freshDir("sop-print-");
    const input = join(ROOT, "samples", "sop-sample.xlsx");
    const grids = await readXlsx(readFileSync(input), "sop-sample.xlsx");
    const generated = generatePack(grids, resolveSettings(), undefined, {
      inputName: "sop-sample.xlsx",
      asOf: new Date("2026-12-01T00:00:00Z"),
    });
    pack = generated.workbook;
    summary = pack.sheets[0];
    // Calibration: a 9-point cell printed at 100% (a fixed scale: fit to width may also enlarge).
    const b = new SheetBuilder();
    b.note("Calibration nine points", { fontSize: 9 });
    writeFileSync(
      join(dir, "nine.xlsx"),
      await writePackXlsx({ sheets: [b.sheet({ name: "Nine", page: { orientation: "landscape", fit: "width", scale: 100 } })] }),
    );
    nine = median(wordsByPage(toPdf(dir, join(dir, "nine.xlsx")))[0].map((w) => w.height));
    // The summary alone: LibreOffice prints a whole workbook into one PDF, so its pages are counted alone.
    writeFileSync(join(dir, "summary.xlsx"), await writePackXlsx({ sheets: [summary] }));
  }, 120_000);

  test("the summary prints at 9 points or more; its first page holds the key figures, the top exceptions and the agenda", () => {
    const pdf = toPdf(dir, join(dir, "summary.xlsx"));
    expect(pdfInfo(pdf).width).toBeGreaterThan(pdfInfo(pdf).height);
    const pages = wordsByPage(pdf);
    const first = pages[0];
    // Every word of the first page at least as tall as the 9-point one (0.1 pt for rounding).
    expect(Math.min(...first.map((w) => w.height))).toBeGreaterThanOrEqual(nine - 0.1);
    const text = first.map((w) => w.word).join(" ");
    for (const heading of ["Key", "figures", "Exceptions", "that", "need", "Executive", "agenda:"])
      expect(text).toContain(heading);
    // The sample's largest exception, and the agenda's first issue, stand on page 1.
    expect(text).toContain("Espresso Machines 2027-Q1:");
  }, 240_000);

  test("no sheet of the sample's pack prints below 8 points, and no cell shows ###", async () => {
    writeFileSync(join(dir, "pack.xlsx"), await writePackXlsx(pack));
    const pdf = toPdf(dir, join(dir, "pack.xlsx"));
    const pages = wordsByPage(pdf);
    // 8 points: 8/9 of the calibrated 9-point word height.
    const eight = (8 / 9) * nine;
    const small = pages.map((words, i) => ({ page: i + 1, size: words.length ? median(words.map((w) => w.height)) : 99 }));
    expect(small.filter((p) => p.size < eight)).toEqual([]);
    const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
    expect(text).not.toContain("###");
  }, 240_000);

  test("the summary's charts are drawn on a page of their own: every series colour is on it", () => {
    const pages = wordsByPage(join(dir, "summary.pdf"));
    // The charts' page: the one most of the brand blue is on (revenue, scenario columns, the bridge).
    const renders = pages.map((_, i) => render(join(dir, "summary.pdf"), i + 1));
    const blue = renders.map((r) => r.count.get("4472C4") ?? 0);
    const chartPage = blue.indexOf(Math.max(...blue)) + 1;
    expect(chartPage).toBeGreaterThan(1);
    const { count } = renders[chartPage - 1];
    // Series colours (src/report/sheets/summaryCharts.ts). Revenue #4472C4 and margin #ED7D31 also
    // colour the scenario columns; Paint Shop's utilization #C00000; Assembly B #70AD47; budget
    // revenue #A5A5A5 and budget margin #F4B183 are lines of the revenue chart only.
    for (const color of ["4472C4", "ED7D31", "C00000", "70AD47", "A5A5A5", "F4B183"]) {
      expect([color, count.get(color) ?? 0]).toEqual([color, expect.any(Number)]);
      expect(count.get(color) ?? 0).toBeGreaterThan(30);
    }
  }, 60_000);

  test("a waterfall is drawn as a bridge: the steps float on an invisible base, the totals stand on the axis", async () => {
    // Budget 1,000 -> volume +500 (1,000 to 1,500) -> mix -300 (1,500 to 1,200) -> plan 1,200.
    const b = new SheetBuilder();
    b.title("Bridge");
    addWaterfall(b, {
      tableName: "Bridge",
      categoryHeader: "Step",
      bars: [
        { label: "Budget", value: 1000, total: true },
        { label: "Volume", value: 500 },
        { label: "Mix", value: -300 },
        { label: "Plan", value: 1200, total: true },
      ],
      title: "Budget to plan",
      anchor: "H2",
      width: 8,
      height: 24,
      numberFormat: "#,##0",
    });
    writeFileSync(
      join(dir, "bridge.xlsx"),
      await writePackXlsx({ sheets: [b.sheet({ name: "Bridge", page: { orientation: "landscape", fit: "page" } })] }),
    );
    const { count, box } = render(toPdf(dir, join(dir, "bridge.xlsx")));
    const green = box.get("70AD47")!; // increase
    const red = box.get("C00000")!; // decrease
    const blue = box.get("4472C4")!; // totals, from the axis up
    expect(count.get("70AD47")).toBeGreaterThan(200);
    expect(count.get("C00000")).toBeGreaterThan(200);
    // Pixel rows grow downwards. Totals reach the axis (blue's lowest pixel); the increase ends well
    // above it, at the budget's top: 1,000 of a 1,500-high chart, so at least half the blue height up.
    const axis = blue.maxY;
    const blueHeight = blue.maxY - blue.minY; // 0 to 1,200
    expect(axis - green.maxY).toBeGreaterThan(blueHeight * 0.6); // base 1,000 / 1,200 = 0.83
    // The increase rises above the plan's total (1,500 > 1,200); the decrease hangs from 1,500 to 1,200.
    expect(green.minY).toBeLessThan(blue.minY);
    expect(Math.abs(red.minY - green.minY)).toBeLessThanOrEqual(2);
    expect(Math.abs(red.maxY - blue.minY)).toBeLessThanOrEqual(2);
  }, 240_000);
});
