/**
 * Review of what the add-in may do beyond the workbook (SPEC: "It works offline: no server, no data
 * leaves the workbook"): no network call in the code that runs in Excel, no code built from text, no
 * HTML injected from text, and a manifest that asks for no more than ReadWriteDocument.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
/** Everything bundled into the task pane / shared runtime (webpack's three entries and their imports). */
const IN_EXCEL = ["src/hosts", "src/commands", "src/taskpane", "src/functions", "src/engine", "src/report", "src/sample"];

function sourceFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  try {
    statSync(full);
  } catch {
    return [];
  }
  return readdirSync(full).flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sourceFiles(join(dir, name));
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The code without comments, so a comment that names fetch() does not count. */
function code(path: string): string {
  return readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const files = IN_EXCEL.flatMap(sourceFiles);

describe("code that runs inside Excel", () => {
  test("is found (the check is not vacuous)", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test.each([
    ["fetch()", /\bfetch\s*\(/],
    ["XMLHttpRequest", /XMLHttpRequest/],
    ["WebSocket", /\bWebSocket\b/],
    ["EventSource", /\bEventSource\b/],
    ["navigator.sendBeacon", /sendBeacon/],
    ["import() of a URL", /import\s*\(\s*["'`]https?:/],
    ["eval", /\beval\s*\(/],
    ["new Function", /new\s+Function\s*\(/],
    ["innerHTML / outerHTML / insertAdjacentHTML", /\b(innerHTML|outerHTML|insertAdjacentHTML)\b/],
    ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
    ["document.write", /document\.write/],
    ["setTimeout with a string", /setTimeout\s*\(\s*["'`]/],
  ])("makes no use of %s", (_what, pattern) => {
    const offenders = files.filter((f) => pattern.test(code(f))).map((f) => f.slice(ROOT.length + 1));
    expect(offenders).toEqual([]);
  });

  test("dynamic imports load only the add-in's own modules (same origin chunks)", () => {
    const imports = files.flatMap((f) =>
      [...code(f).matchAll(/import\s*\(\s*(?:\/\*[^*]*\*\/\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1]),
    );
    for (const spec of imports) expect(spec).toMatch(/^\.\.?\//);
  });
});

describe("the manifest", () => {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

  test("asks for ReadWriteDocument and nothing more", () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
  });

  test("lists no AppDomains: the add-in navigates nowhere outside its own pages", () => {
    expect(manifest).not.toMatch(/<AppDomains?>/);
  });

  test("loads only office.js from outside the add-in's own address", () => {
    const html = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });
});
