#!/usr/bin/env node
/**
 * Task pane benchmark: the gzipped size of the scripts the task pane loads at start (budget 400 KB;
 * lazily loaded chunks such as ExcelJS are reported apart) and the time to first render in headless
 * Chromium (navigation start -> the "Generate pre-S&OP pack" button on screen), with the in-memory
 * page on Microsoft's office.js as in Excel on Windows (tests/e2e/fakeOffice.ts).
 *
 *   node scripts/bench-taskpane.js [--runs 5] [--json out/bench-taskpane.json] [--no-build]
 *
 * Exit 1 when the scripts are over budget or the page does not render.
 */
const { gzipSync } = require("zlib");
const { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } = require("fs");
const { dirname, join, resolve } = require("path");

require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
const {
  DIST,
  buildFakeOffice,
  ensureTaskPaneBuilt,
  launchChromium,
  officeJsFile,
  serveFolder,
} = require("../tests/e2e/browser.ts");

const BUDGET_BYTES = 400 * 1024;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function gz(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Scripts taskpane.html loads (its <script src>, local ones only: office.js comes from Microsoft's CDN). */
function scriptSizes() {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  // Minified HTML may leave attribute values unquoted.
  const initial = [...html.matchAll(/<script[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, "").split("?")[0]);
  const allJs = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const sized = (files) => files.map((f) => ({ file: f, gzipBytes: gz(join(DIST, f)) }));
  const missing = initial.filter((f) => !existsSync(join(DIST, f)));
  if (initial.length === 0 || missing.length > 0) {
    throw new Error(`taskpane.html loads no local script, or one that is not in ${DIST}: ${missing.join(", ") || "none found"}`);
  }
  const initialSized = sized(initial);
  // Chunks no page loads at start: webpack's lazy chunks (dynamic import) and other entries' bundles.
  const others = sized(allJs.filter((f) => !initial.includes(f)));
  return { initial: initialSized, others };
}

async function timeToFirstRender(runs) {
  const fakeOffice = buildFakeOffice();
  const server = await serveFolder(DIST);
  const chromium = await launchChromium();
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await chromium.context.newPage();
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url)) return route.continue();
        const local = officeJsFile(url);
        if (local) return route.fulfill({ contentType: "text/javascript", body: readFileSync(local) });
        return route.abort("blockedbyclient");
      });
      await page.addInitScript({ content: fakeOffice });
      // Records when the primary button first appears, measured from navigation start.
      await page.addInitScript(() => {
        const seen = () => [...document.querySelectorAll("button")].some((b) => b.textContent === "Generate pre-S&OP pack");
        new MutationObserver((_, observer) => {
          if (seen()) {
            window.__firstRender = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole("button", { name: "Generate pre-S&OP pack" }).waitFor({ timeout: 30_000 });
      times.push(await page.evaluate(() => window.__firstRender));
      await page.close();
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  return times;
}

async function main() {
  const runs = Number(arg("--runs", "5"));
  if (!process.argv.includes("--no-build")) ensureTaskPaneBuilt();
  const { initial, others } = scriptSizes();
  const initialBytes = initial.reduce((s, f) => s + f.gzipBytes, 0);
  const times = await timeToFirstRender(runs);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];

  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  console.log("Task pane scripts loaded at start (gzipped):");
  for (const f of initial) console.log(`  ${f.file.padEnd(40)} ${kb(f.gzipBytes).padStart(10)}`);
  console.log(
    `  ${"total".padEnd(40)} ${kb(initialBytes).padStart(10)}   budget ${kb(BUDGET_BYTES)}: ${initialBytes <= BUDGET_BYTES ? "OK" : "OVER"}`,
  );
  if (others.length) {
    console.log("Other scripts in dist/ (lazy chunks, other entries; not loaded at start):");
    for (const f of others) console.log(`  ${f.file.padEnd(40)} ${kb(f.gzipBytes).padStart(10)}`);
  }
  console.log(
    `Time to first render, headless Chromium, ${runs} runs: median ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)})`,
  );

  const result = {
    taskpaneScriptsGzipBytes: initialBytes,
    budgetGzipBytes: BUDGET_BYTES,
    withinBudget: initialBytes <= BUDGET_BYTES,
    scripts: initial,
    lazyAndOtherScripts: others,
    firstRenderMs: { median, runs: times },
  };
  const out = arg("--json");
  if (out) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, JSON.stringify(result, null, 2));
  }
  if (!result.withinBudget) process.exitCode = 1;
  return result;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`bench-taskpane: ${e.message}`);
    process.exitCode = 1;
  });
}

module.exports = { main, scriptSizes };
