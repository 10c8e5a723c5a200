/**
 * Adds the pack's native charts to the .xlsx package ExcelJS wrote (ExcelJS writes no charts): per
 * sheet with charts, one drawing part holding a frame per chart, one chart part per chart, their
 * relationships, the content types, and the sheet's <drawing r:id> element (ECMA-376 Part 1 §18.3.1.36,
 * placed where CT_Worksheet's sequence wants it). The parts are opened and re-zipped with JSZip (which
 * ExcelJS itself uses); parts not touched keep their compressed bytes.
 */
import JSZip from "jszip";
import type { ChartSpec, SheetSpec } from "../../report/workbookSpec";
import { chartPartXml, drawingPartXml, xmlText } from "./chartXml";

/** The XML of one sheet's charts, made while the pack description is still at hand. */
export interface SheetCharts {
  sheetName: string;
  drawing: string;
  charts: string[];
}

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

export function sheetCharts(sheet: SheetSpec): SheetCharts | null {
  const charts: ChartSpec[] = sheet.charts ?? [];
  if (charts.length === 0) return null;
  return { sheetName: sheet.name, drawing: drawingPartXml(charts), charts: charts.map((c) => chartPartXml(sheet, c)) };
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the .xlsx package has no ${path}`);
  return file.async("string");
}

/** Sheet name -> its part's path (xl/worksheets/sheetN.xml), from the workbook part and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const target = attr(tag, "r:id") && targets.get(attr(tag, "r:id")!);
    if (name && target) parts.set(name, target);
  }
  return parts;
}

/** CT_Worksheet elements that come after <drawing>; it goes before the first of them present. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export function insertDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing\s/.test(sheetXml)) throw new Error("the sheet already has a drawing");
  const element = `<drawing r:id="${relId}"/>`;
  const positions = AFTER_DRAWING.map((tag) => sheetXml.search(new RegExp(`<${tag}[\\s>/]`))).filter((i) => i >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : sheetXml.lastIndexOf("</worksheet>");
  let xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  // ExcelJS declares the relationships namespace on worksheets; make sure of it.
  if (!/<worksheet[^>]*xmlns:r=/.test(xml)) {
    xml = xml.replace(/<worksheet\b/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  }
  return xml;
}

function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlText(r.target)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

/** Adds a relationship to a part's .rels (made when missing); returns its new, unused id. */
async function addRelationship(zip: JSZip, partPath: string, type: string, target: string): Promise<string> {
  const path = relsPath(partPath);
  const existing = zip.file(path) ? await text(zip, path) : null;
  const used = new Set((existing?.match(/\sId="([^"]*)"/g) ?? []).map((m) => m.slice(5, -1)));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`;
  zip.file(
    path,
    existing ? existing.replace("</Relationships>", `${rel}</Relationships>`) : relationshipsXml([{ id, type, target }]),
  );
  return id;
}

function nextFreeIndex(zip: JSZip, folder: string, stem: string): number {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`)) n++;
  return n;
}

/**
 * Adds the charts of each sheet to the package (in place). Does nothing without charts. Throws when the
 * package is not as ExcelJS writes it (a missing part), so the caller writes no half-made file.
 */
export async function addChartParts(zip: JSZip, all: SheetCharts[]): Promise<void> {
  if (all.length === 0) return;
  const parts = await sheetParts(zip);
  let types = await text(zip, "[Content_Types].xml");
  const overrides: string[] = [];
  for (const sheet of all) {
    const sheetPath = parts.get(sheet.sheetName);
    if (!sheetPath) throw new Error(`the .xlsx package has no sheet "${sheet.sheetName}"`);
    const d = nextFreeIndex(zip, "xl/drawings", "drawing");
    const drawingPath = `xl/drawings/drawing${d}.xml`;
    zip.file(drawingPath, sheet.drawing);
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`);
    const chartRels: { id: string; type: string; target: string }[] = [];
    sheet.charts.forEach((xml, i) => {
      const c = nextFreeIndex(zip, "xl/charts", "chart");
      zip.file(`xl/charts/chart${c}.xml`, xml);
      overrides.push(`<Override PartName="/xl/charts/chart${c}.xml" ContentType="${CT_CHART}"/>`);
      // drawingPartXml links chart i by rId(i+1).
      chartRels.push({ id: `rId${i + 1}`, type: REL_CHART, target: `../charts/chart${c}.xml` });
    });
    zip.file(relsPath(drawingPath), relationshipsXml(chartRels));
    const relId = await addRelationship(zip, sheetPath, REL_DRAWING, `../drawings/drawing${d}.xml`);
    zip.file(sheetPath, insertDrawingElement(await text(zip, sheetPath), relId));
  }
  types = types.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.file("[Content_Types].xml", types);
}
