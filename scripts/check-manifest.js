#!/usr/bin/env node
/**
 * Offline manifest check (`npm run validate`). Microsoft's validator is an online service; this checks
 * what we can here: well-formed XML, every resid defined once and every defined id used, every
 * https://localhost:3000/ URL pointing at a file in dist/, the shared runtime set up (requirement,
 * Runtimes, the same page for runtime, functions page and commands), the SOP namespace with
 * functions.json, and no permission beyond ReadWriteDocument.
 *
 *   node scripts/check-manifest.js [manifest.xml] [distDir]
 */
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const BASE = "https://localhost:3000/";

/** All values of attribute `name` anywhere in the parsed tree, with the element they sit on. */
function collect(node, visit, tag = "") {
  if (Array.isArray(node)) return node.forEach((n) => collect(n, visit, tag));
  if (node === null || typeof node !== "object") return;
  visit(tag, node);
  for (const [k, v] of Object.entries(node)) if (!k.startsWith("@_")) collect(v, visit, k);
}

/**
 * @param {string} xml manifest text
 * @param {string | null} distDir built files to check URLs against (null: skip that check)
 * @returns {string[]} problems; empty when the manifest is fine
 */
function checkManifest(xml, distDir) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`manifest is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: () => false }).parse(xml);
  const app = doc.OfficeApp;
  if (!app) return ["manifest has no OfficeApp element"];

  // Resources: id -> value; duplicates are an error.
  const resources = new Map();
  const res = app.VersionOverrides?.Resources ?? {};
  for (const [group, child] of [["Images", "Image"], ["Urls", "Url"], ["ShortStrings", "String"], ["LongStrings", "String"]]) {
    const items = [].concat(res[group]?.[child] ?? []);
    for (const item of items) {
      const id = item["@_id"];
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      resources.set(id, item["@_DefaultValue"]);
    }
  }
  // Every resid used must be defined; every defined id should be used.
  const used = new Set();
  collect(app.VersionOverrides, (tag, node) => {
    const id = node["@_resid"];
    if (id !== undefined) {
      used.add(id);
      if (!resources.has(id)) problems.push(`<${tag} resid="${id}"> refers to a resource that is not defined`);
    }
  });
  for (const id of resources.keys()) if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);

  // Every URL must point at a built file.
  const urls = [];
  collect(app, (tag, node) => {
    const v = node["@_DefaultValue"];
    if (typeof v === "string" && /^https?:/.test(v)) urls.push({ tag, url: v });
  });
  for (const { tag, url } of urls) {
    if (!url.startsWith(BASE)) {
      problems.push(`${tag} URL ${url} is not served by the add-in (${BASE})`);
      continue;
    }
    if (distDir) {
      const file = path.join(distDir, url.slice(BASE.length).split(/[?#]/)[0]);
      if (!fs.existsSync(file)) problems.push(`${tag} URL ${url} points at ${path.relative(process.cwd(), file)}, which the build did not produce`);
    }
  }

  // Shared runtime.
  const sets = [].concat(app.Requirements?.Sets?.Set ?? []);
  if (!sets.some((s) => s["@_Name"] === "SharedRuntime" && s["@_MinVersion"] === "1.1")) {
    problems.push('Requirements must include <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }
  const host = app.VersionOverrides?.Hosts?.Host;
  const runtime = host?.Runtimes?.Runtime;
  if (!runtime) problems.push("VersionOverrides Host has no <Runtimes><Runtime/></Runtimes> (shared runtime)");
  else if (runtime["@_lifetime"] !== "long") problems.push('the shared <Runtime> must have lifetime="long"');
  const runtimeId = runtime?.["@_resid"];
  const extensionPoints = [].concat(host?.AllFormFactors?.ExtensionPoint ?? []);
  const cf = extensionPoints.find((e) => e["@_type"] === "CustomFunctions");
  if (!cf) problems.push("no CustomFunctions extension point");
  else {
    const ns = resources.get(cf.Namespace?.["@_resid"]);
    if (ns !== "SOP") problems.push(`custom functions namespace is "${ns}", expected "SOP"`);
    const metadata = resources.get(cf.Metadata?.SourceLocation?.["@_resid"]);
    if (!metadata || !metadata.endsWith("/functions.json")) problems.push(`custom functions metadata URL is ${metadata}, expected .../functions.json`);
    if (cf.Page?.SourceLocation?.["@_resid"] !== runtimeId) problems.push("the custom functions page must be the shared runtime page");
  }
  const functionFile = host?.DesktopFormFactor?.FunctionFile?.["@_resid"];
  if (functionFile !== runtimeId) problems.push("the ribbon commands' FunctionFile must be the shared runtime page");
  const source = app.DefaultSettings?.SourceLocation?.["@_DefaultValue"];
  if (source !== resources.get(runtimeId)) problems.push(`DefaultSettings SourceLocation (${source}) differs from the shared runtime page`);

  // Least privilege.
  if (app.Permissions !== "ReadWriteDocument") problems.push(`Permissions is "${app.Permissions}"; the add-in needs ReadWriteDocument and no more`);
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const manifest = process.argv[2] ?? path.join(__dirname, "..", "manifest.xml");
  const dist = process.argv[3] ?? path.join(__dirname, "..", "dist");
  const problems = checkManifest(fs.readFileSync(manifest, "utf8"), fs.existsSync(dist) ? dist : null);
  if (!fs.existsSync(dist)) console.warn(`(${dist} not built: URLs not checked against files; run npm run build first)`);
  if (problems.length) {
    for (const p of problems) console.error(`manifest: ${p}`);
    process.exit(1);
  }
  console.log(`${manifest}: OK`);
}
