#!/usr/bin/env node
/**
 * Task pane benchmark: the gzipped size of the scripts the task pane loads at start (budget 400 KB;
 * lazily loaded chunks such as ExcelJS are reported apart), the time to first render in headless
 * Chromium (navigation start -> the "Generate pre-S&OP pack" button on screen), with the in-memory
 * page on Microsoft's office.js as in Excel on Windows (tests/e2e/fakeOffice.ts), and one Generate on
 * each workbook of --generate: click -> "Done: … written", the longest task on the
 * pane's UI thread (the stand-in Excel's own time taken out, tests/e2e/uiTasks.ts) and how many pass
 * 200 ms.
 *
 *   node scripts/bench-taskpane.js [--runs 5] [--json out/bench-taskpane.json] [--no-build]
 *     [--generate sample,1000,2000]   (sample = samples/sop-sample.xlsx; N = the bench's synthetic
 *                                      N-family x 36-month x 40-resource workbook; "none" to skip)
 *
 * Exit 1 when the scripts are over budget, the page does not render or a Generate fails.
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
  openTaskPanePage,
  serveFolder,
} = require("../tests/e2e/browser.ts");

const { inputSheetsOf, measureGenerate, openMeasuredPane } = require("../tests/e2e/uiTasks.ts");

const BUDGET_BYTES = 400 * 1024;
const ROOT = resolve(__dirname, "..");
/** Where `node build/bench/run.js` writes its synthetic workbooks (made with --quick when missing). */
const BENCH_DIR = join(require("os").tmpdir(), "sop-prep-bench");

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
      // Records when the primary button first appears, measured from navigation start.
      const firstRender = () => {
        const seen = () => [...document.querySelectorAll("button")].some((b) => b.textContent === "Generate pre-S&OP pack");
        new MutationObserver((_, observer) => {
          if (seen()) {
            window.__firstRender = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      };
      const { page } = await openTaskPanePage(chromium.context, server.url, "excel", [fakeOffice, firstRender]);
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

/** The workbook file for a --generate name (the sample, or a synthetic size made by the bench). */
function workbookFile(name) {
  if (name === "sample") return join(ROOT, "samples", "sop-sample.xlsx");
  const file = join(BENCH_DIR, `synthetic-${name}x36x40.xlsx`);
  if (!existsSync(file)) {
    const { execFileSync } = require("child_process");
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "inherit" });
    execFileSync(process.execPath, [join(ROOT, "build", "bench", "run.js"), "--quick"], { cwd: ROOT, stdio: "inherit" });
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: the bench (node build/bench/run.js) did not make it`);
  return file;
}

/** One Generate per workbook, each in a fresh page. */
async function generateRuns(names) {
  const fakeOffice = buildFakeOffice();
  const server = await serveFolder(DIST);
  const chromium = await launchChromium();
  const results = [];
  try {
    for (const name of names) {
      const file = workbookFile(name);
      const sheets = await inputSheetsOf(file);
      const { page, errors, workers } = await openMeasuredPane(chromium.context, server.url, fakeOffice);
      try {
        await page.evaluate((s) => window.__e2e.addSheets(s), sheets);
        const report = await measureGenerate(page);
        if (errors.length) throw new Error(`script errors in the page: ${errors.join("; ")}`);
        results.push({ workbook: name, file, workers: workers.length, ...report });
      } finally {
        await page.close();
      }
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  return results;
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

  const names = arg("--generate", "sample,1000,2000");
  const generate = names === "none" ? [] : await generateRuns(names.split(","));
  if (generate.length) {
    console.log("Generate in the task pane (headless Chromium, office.js, the stand-in Excel answering in the page):");
    console.log(
      `  ${"workbook".padEnd(10)} ${"click->written".padStart(15)} ${"longest UI task".padStart(16)} ${"tasks>200ms".padStart(12)} ${"before write".padStart(13)} ${"raw longest".padStart(12)} ${"stand-in Excel".padStart(15)} ${"requests".padStart(16)}`,
    );
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    for (const g of generate) {
      console.log(
        `  ${g.workbook.padEnd(10)} ${s(g.generateMs).padStart(15)} ${`${g.longestUiTaskMs.toFixed(0)} ms`.padStart(16)} ${String(g.tasksOver200Ms).padStart(12)} ${`${g.longestBeforeWriteMs.toFixed(0)} ms`.padStart(13)} ${`${g.longestRawTaskMs.toFixed(0)} ms`.padStart(12)} ${s(g.hostMs).padStart(15)} ${`${g.requests.count} / ${(g.requests.bytes / 1e6).toFixed(1)} MB`.padStart(16)}`,
      );
    }
  }

  const result = {
    taskpaneScriptsGzipBytes: initialBytes,
    budgetGzipBytes: BUDGET_BYTES,
    withinBudget: initialBytes <= BUDGET_BYTES,
    scripts: initial,
    lazyAndOtherScripts: others,
    firstRenderMs: { median, runs: times },
    generate,
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
