/**
 * What the end-to-end test and the task pane benchmark share: the built task pane (dist/, rebuilt
 * when a source file is newer), the Office stand-in script, a static http server on a free localhost
 * port, and headless Chromium driven by playwright-core.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { extname, join, normalize, resolve, sep } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "..", "..");
/** The built add-in; TASKPANE_DIST points elsewhere (then it is used as it is, not rebuilt). */
export const DIST = process.env.TASKPANE_DIST ? resolve(process.env.TASKPANE_DIST) : join(ROOT, "dist");
/** Under test-results/ (git-ignored): the stand-in is a test artefact, never shipped. */
export const FAKE_OFFICE_DIR = join(ROOT, "test-results", "e2e");
export const FAKE_OFFICE_SCRIPT = join(FAKE_OFFICE_DIR, "fake-office.js");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Microsoft's CDN copy of office.js, which taskpane.html references; the tests answer it themselves. */
export const OFFICE_JS = /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/;
/** Anything office.js loads from its CDN folder (the host file, locale strings). */
export const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.+)$/;
/** Microsoft's library as published on npm: the same files the CDN serves. */
export const OFFICE_JS_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** The local copy of a CDN file office.js asks for (office.js itself as its debug build), or null. */
export function officeJsFile(url: string): string | null {
  const m = OFFICE_CDN.exec(url.split("?")[0]);
  if (!m) return null;
  const name = m[1] === "office.js" ? "office.debug.js" : m[1];
  const file = normalize(join(OFFICE_JS_DIST, name));
  return file.startsWith(OFFICE_JS_DIST + sep) && existsSync(file) ? file : null;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with the production webpack build unless it is newer than every source file. */
export function ensureTaskPaneBuilt(): void {
  if (process.env.TASKPANE_DIST) return;
  const html = join(DIST, "taskpane.html");
  const sources = Math.max(newestMtime(join(ROOT, "src")), statSync(join(ROOT, "webpack.config.js")).mtimeMs);
  if (existsSync(html) && statSync(html).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
  });
}

/** Bundles tests/e2e/fakeOffice.ts (Excel on Windows for office.js, the protocol-level Excel) for page.addInitScript. */
export function buildFakeOffice(): string {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--config", "webpack.e2e.config.js"],
    {
      cwd: ROOT,
      stdio: "pipe",
    },
  );
  return readFileSync(FAKE_OFFICE_SCRIPT, "utf8");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

/** Serves a folder over http on 127.0.0.1 and a free port (0 = the OS picks). */
export async function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** Headless Chromium with a fresh profile; fails with a clear message when Chromium is not installed. */
export async function launchChromium(
  viewport = { width: 320, height: 900 },
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: apt-get update && apt-get install -y chromium) ` +
        "or set CHROMIUM_PATH; the end-to-end test does not skip without it.",
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "sop-prep-chromium-"));
  // A persistent context is how Playwright takes a --user-data-dir: here a fresh, throw-away one.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    // The default task pane is 320 px wide; screenshots at device scale 2 stay sharp in the README.
    deviceScaleFactor: 2,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** How the page gets office.js: "excel" as in Excel on Windows (the stand-in script among the init
 * scripts), "no-host" the real office.js in a plain browser, "unreachable" office.js cannot be fetched. */
export type OfficeJsMode = "excel" | "unreachable" | "no-host";

/**
 * A new page on the served task pane with no network beyond the local server: office.js and the files
 * it loads come from the npm package, anything else is refused. `initScripts` run before any page
 * script (script text, or a function). Collects script errors and the URL of every Web Worker started.
 */
export async function openTaskPanePage(
  context: BrowserContext,
  serverUrl: string,
  officeJs: OfficeJsMode,
  initScripts: (string | (() => void))[],
): Promise<{ page: Page; errors: string[]; workers: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(serverUrl)) return route.continue();
    if (OFFICE_JS.test(url) && officeJs === "unreachable") return route.abort("internetdisconnected");
    const local = officeJsFile(url);
    if (local) return route.fulfill({ contentType: "text/javascript", body: readFileSync(local) });
    return route.abort("blockedbyclient");
  });
  for (const script of initScripts) await page.addInitScript(typeof script === "string" ? { content: script } : script);
  await page.goto(`${serverUrl}/taskpane.html`);
  return { page, errors, workers };
}
