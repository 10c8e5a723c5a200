/**
 * Validates .xlsx packages as a strict consumer reads them:
 *
 * 1. the package (OPC, ISO/IEC 29500-2): every part has a content type, every override names a part,
 *    every relationship's target exists, relationship ids are unique, and every part is the target of
 *    a relationship (a part of our own, with no ISO schema, is at least declared and well-formed);
 * 2. every XML part against the ISO/IEC 29500 transitional schema its content type names
 *    (tests/schemas/ecma-376), with `xmllint --schema`, after markup compatibility (ECMA-376 Part 3) as
 *    a consumer of the ISO namespaces only applies it, and with `xml:space="preserve"` on `<t>`
 *    tolerated as Excel does (the transitional schemas leave it out; Excel writes it);
 * 3. what Excel checks beyond the schemas (./excelRules.ts).
 *
 * xmllint runs once per schema over every part of every package given, so validating twenty packs
 * compiles sml.xsd once. The catalog (tests/schemas/catalog.xml) points the schemas' imports that name
 * a web location at local stand-ins, and --nonet keeps xmllint off the network.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import JSZip from "jszip";
import { excelRuleProblems, type PackageView, type Relationship } from "./excelRules";
import { applyMarkupCompatibility, attr, childElements, MC_NS, parseXml, serialize, type XmlElement } from "./xmlTree";

const SCHEMA_DIR = join(__dirname, "ecma-376");
const CATALOG = join(__dirname, "catalog.xml");
export const XMLLINT = process.env.XMLLINT ?? "xmllint";

const CT = "application/vnd.openxmlformats-officedocument.";
const PKG = "application/vnd.openxmlformats-package.";

/** The schema (file in ecma-376/) of each XML content type; SpreadsheetML types are all sml.xsd. */
const SCHEMA_BY_TYPE: Record<string, string> = {
  [`${PKG}relationships+xml`]: "opc-relationships.xsd",
  [`${PKG}core-properties+xml`]: "opc-coreProperties.xsd",
  [`${CT}extended-properties+xml`]: "shared-documentPropertiesExtended.xsd",
  [`${CT}custom-properties+xml`]: "shared-documentPropertiesCustom.xsd",
  [`${CT}customXmlProperties+xml`]: "shared-customXmlDataProperties.xsd",
  [`${CT}theme+xml`]: "dml-main.xsd",
  [`${CT}themeOverride+xml`]: "dml-main.xsd",
  [`${CT}drawing+xml`]: "dml-spreadsheetDrawing.xsd",
  [`${CT}drawingml.chart+xml`]: "dml-chart.xsd",
  [`${CT}drawingml.chartshapes+xml`]: "dml-chartDrawing.xsd",
};

/** Content types of XML with no ISO schema (a custom XML data part): checked for well-formedness only. */
const WELL_FORMED_ONLY = new Set(["application/xml", "text/xml"]);
const CONTENT_TYPES_PART = "[Content_Types].xml";
const WELL_FORMED = "(well-formed)";

function schemaFor(contentType: string): string | null {
  if (SCHEMA_BY_TYPE[contentType]) return SCHEMA_BY_TYPE[contentType];
  if (contentType.startsWith(`${CT}spreadsheetml.`) && contentType.endsWith("+xml")) return "sml.xsd";
  if (WELL_FORMED_ONLY.has(contentType)) return WELL_FORMED;
  return null;
}

function isXmlType(contentType: string): boolean {
  return contentType.endsWith("+xml") || WELL_FORMED_ONLY.has(contentType);
}

/** The namespaces the vendored schemas define: what a consumer of ISO/IEC 29500 understands. */
const UNDERSTOOD: ReadonlySet<string> = new Set([
  "http://www.w3.org/XML/1998/namespace",
  ...readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".xsd"))
    .map((f) => /targetNamespace="([^"]+)"/.exec(readFileSync(join(SCHEMA_DIR, f), "utf8"))?.[1] ?? ""),
]);

/** `xml:space="preserve"` on a `<t>` (SpreadsheetML and DrawingML text): Excel writes and reads it. */
const SPACE_ON_T = /(<(?:[\w.-]+:)?t\b[^>]*?)\s+xml:space\s*=\s*(?:"preserve"|'preserve')/g;

export interface PackToValidate {
  /** How problems name the package ("sop-sample.xlsx pack"). */
  name: string;
  data: Uint8Array;
}

/** The rels part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels". */
function relsPathOf(source: string): string {
  if (source === "") return "_rels/.rels";
  const dir = posix.dirname(source);
  return `${dir === "." ? "" : `${dir}/`}_rels/${posix.basename(source)}.rels`;
}

/** The part a rels part describes (null for the package's own, _rels/.rels). */
function sourceOfRels(rels: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  if (!m) return null;
  return m[2] === "" && m[1] === "" ? "" : `${m[1]}${m[2]}`;
}

function resolveTarget(source: string, target: string): string {
  const decoded = (() => {
    try {
      return decodeURIComponent(target);
    } catch {
      return target;
    }
  })();
  if (decoded.startsWith("/")) return posix.normalize(decoded).slice(1);
  const base = source === "" ? "" : posix.dirname(source);
  return posix.normalize(posix.join(base === "." ? "" : base, decoded)).replace(/^\.\//, "");
}

/** A worksheet's XML with its sheetData emptied. */
function withoutSheetData(text: string): string {
  const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(text);
  if (!open || open[2] === "/") return text;
  const close = text.indexOf(`</${open[1]}sheetData>`, open.index);
  if (close < 0) return text;
  return `${text.slice(0, open.index + open[0].length)}${text.slice(close)}`;
}

class Package implements PackageView {
  readonly problems: string[] = [];
  /** Part name -> XML text after markup compatibility (XML parts only). */
  readonly xml = new Map<string, string>();
  readonly types = new Map<string, string>();
  private readonly trees = new Map<string, XmlElement | null>();
  private readonly rels = new Map<string, Relationship[]>();
  private readonly lowerNames = new Map<string, string>();

  constructor(readonly names: string[]) {
    for (const n of names) {
      if (this.lowerNames.has(n.toLowerCase())) this.problems.push(`${n}: a second part of this name (part names ignore case)`);
      this.lowerNames.set(n.toLowerCase(), n);
    }
  }

  has(path: string): boolean {
    return this.lowerNames.has(path.toLowerCase());
  }

  text(path: string): string | null {
    return this.xml.get(this.lowerNames.get(path.toLowerCase()) ?? path) ?? null;
  }

  tree(path: string): XmlElement | null {
    if (!this.trees.has(path)) {
      let text = this.text(path);
      // A worksheet's cells are scanned, not built into a tree (tens of megabytes in a big pack).
      if (text !== null && this.types.get(path) === `${CT}spreadsheetml.worksheet+xml`) {
        text = withoutSheetData(text);
      }
      this.trees.set(path, text === null ? null : parseXml(text));
    }
    return this.trees.get(path)!;
  }

  relationships(source: string): Relationship[] {
    const path = relsPathOf(source);
    if (!this.rels.has(path)) {
      const root = this.tree(path);
      const list: Relationship[] = [];
      for (const r of root ? childElements(root, "Relationship") : []) {
        const external = attr(r, "TargetMode") === "External";
        const target = attr(r, "Target") ?? "";
        list.push({
          id: attr(r, "Id") ?? "",
          type: attr(r, "Type") ?? "",
          target: external ? target : resolveTarget(source, target),
          external,
        });
      }
      this.rels.set(path, list);
    }
    return this.rels.get(path)!;
  }
}

/** Reads a package: content types, markup compatibility applied to each XML part, OPC rules checked. */
async function openPackage(data: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  const pkg = new Package(names);
  const say = (m: string) => pkg.problems.push(m);
  if (!names.includes(CONTENT_TYPES_PART)) say(`${CONTENT_TYPES_PART} is missing`);
  const ctText = names.includes(CONTENT_TYPES_PART) ? await zip.file(CONTENT_TYPES_PART)!.async("string") : "";
  pkg.xml.set(CONTENT_TYPES_PART, ctText);
  const ct = parseXml(ctText);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const d of ct ? childElements(ct, "Default") : [])
    defaults.set((attr(d, "Extension") ?? "").toLowerCase(), attr(d, "ContentType") ?? "");
  for (const o of ct ? childElements(ct, "Override") : []) {
    const name = (attr(o, "PartName") ?? "").replace(/^\//, "");
    if (!pkg.has(name)) say(`${CONTENT_TYPES_PART}: an override names /${name}, which the package does not have`);
    overrides.set(name.toLowerCase(), attr(o, "ContentType") ?? "");
  }
  for (const name of names) {
    if (name === CONTENT_TYPES_PART) continue;
    const ext = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
    const type = overrides.get(name.toLowerCase()) ?? defaults.get(ext);
    if (type === undefined) {
      say(`${name}: no content type (neither an override nor a default for ".${ext}")`);
      continue;
    }
    pkg.types.set(name, type);
    if (!isXmlType(type)) continue;
    let text = await zip.file(name)!.async("string");
    if (text.includes(MC_NS)) {
      const root = parseXml(text);
      if (root) {
        const mc = applyMarkupCompatibility(root, UNDERSTOOD);
        for (const p of mc.problems) say(`${name}: ${p}`);
        text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serialize(mc.root)}`;
      }
    }
    pkg.xml.set(name, text);
  }

  // Relationships: unique ids, targets that exist, sources that exist; every part reachable.
  const reached = new Set<string>();
  const queue = [""];
  const seenSources = new Set<string>();
  while (queue.length > 0) {
    const source = queue.shift()!;
    if (seenSources.has(source)) continue;
    seenSources.add(source);
    const ids = new Set<string>();
    for (const r of pkg.relationships(source)) {
      const where = relsPathOf(source);
      if (ids.has(r.id)) say(`${where}: relationship id ${r.id} is used twice`);
      ids.add(r.id);
      if (r.external) continue;
      if (!pkg.has(r.target)) {
        say(`${where}: relationship ${r.id} leads to ${r.target}, which the package does not have`);
        continue;
      }
      reached.add(r.target.toLowerCase());
      queue.push(r.target);
    }
  }
  for (const name of names) {
    if (name === CONTENT_TYPES_PART) continue;
    const source = sourceOfRels(name);
    if (source !== null) {
      if (source !== "" && !pkg.has(source)) say(`${name}: describes ${source}, which the package does not have`);
      continue;
    }
    if (!reached.has(name.toLowerCase())) say(`${name}: no relationship leads to this part`);
  }
  return pkg;
}

interface LintFile {
  file: string;
  label: string;
}

/** Runs xmllint; resolves with its exit code and what it printed (it prints to stderr). */
function xmllint(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      XMLLINT,
      ["--nonet", "--noout", ...args],
      { env: { ...process.env, XML_CATALOG_FILES: CATALOG }, maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === "number" ? (error as { code: number }).code : -1) : 0;
        resolve({ code, out: `${stdout}${stderr}${error && code === -1 ? String(error) : ""}` });
      },
    );
  });
}

/** xmllint over many files with one schema (or none: well-formedness); problems per file, labelled. */
async function lint(schema: string, files: LintFile[]): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < files.length; i += 400) {
    const batch = files.slice(i, i + 400);
    const args = schema === WELL_FORMED ? [] : ["--schema", join(SCHEMA_DIR, schema)];
    const { code, out } = await xmllint([...args, ...batch.map((f) => f.file)]);
    const byFile = new Map(batch.map((f) => [f.file, f.label]));
    const passed = new Set<string>();
    const failed = new Set<string>();
    const perFile = new Map<string, number>();
    for (const line of out.split("\n")) {
      if (line.trim() === "") continue;
      const ok = / validates$/.exec(line);
      if (ok && byFile.has(line.slice(0, -" validates".length))) {
        passed.add(line.slice(0, -" validates".length));
        continue;
      }
      if (line.endsWith(" fails to validate") && byFile.has(line.slice(0, -" fails to validate".length))) {
        failed.add(line.slice(0, -" fails to validate".length));
        continue;
      }
      const file = batch.find((f) => line.startsWith(`${f.file}:`));
      if (!file) {
        // The schema itself, or xmllint: one problem for the whole run, as printed.
        problems.push(`xmllint ${schema}: ${line}`);
        continue;
      }
      failed.add(file.file);
      const n = (perFile.get(file.file) ?? 0) + 1;
      perFile.set(file.file, n);
      if (n <= 10) problems.push(`${file.label}${line.slice(file.file.length)}`);
      else if (n === 11) problems.push(`${file.label}: … more problems`);
    }
    if (schema === WELL_FORMED) {
      if (code !== 0 && failed.size === 0) problems.push(`xmllint (well-formedness) exited ${code}: ${out.slice(0, 500)}`);
      continue;
    }
    for (const f of batch) {
      if (!passed.has(f.file) && !failed.has(f.file))
        problems.push(`${f.label}: xmllint did not report it as valid against ${schema} (exit ${code})`);
    }
  }
  return problems;
}

/**
 * Every problem of every package: "<pack>: <part>: what is wrong". Empty when each package is valid
 * against the ISO/IEC 29500 transitional and OPC schemas and breaks none of Excel's further rules.
 */
export async function validatePackages(packs: PackToValidate[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "sop-xsd-"));
  const problems: string[] = [];
  const groups = new Map<string, LintFile[]>();
  try {
    for (const [i, pack] of packs.entries()) {
      let pkg: Package;
      try {
        pkg = await openPackage(pack.data);
      } catch (e) {
        problems.push(`${pack.name}: not a zip package (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
      problems.push(...pkg.problems.map((p) => `${pack.name}: ${p}`));
      for (const [name, text] of pkg.xml) {
        const type = name === CONTENT_TYPES_PART ? "" : pkg.types.get(name)!;
        const schema = name === CONTENT_TYPES_PART ? "opc-contentTypes.xsd" : schemaFor(type);
        if (schema === null) {
          problems.push(`${pack.name}: ${name}: no ISO/IEC 29500 schema for content type ${type}`);
          continue;
        }
        const file = join(dir, String(i), name);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text.replace(SPACE_ON_T, "$1"));
        const list = groups.get(schema) ?? [];
        list.push({ file, label: `${pack.name}: ${name}` });
        groups.set(schema, list);
      }
      problems.push(...excelRuleProblems(pkg).map((p) => `${pack.name}: ${p}`));
    }
    // Two at a time: the machine has two cores.
    const jobs = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
    const results: string[][] = [];
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) results.push(await lint(job[0], job[1]));
    };
    await Promise.all([worker(), worker()]);
    for (const r of results) problems.push(...r);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}
