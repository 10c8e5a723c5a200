/**
 * The command line never says "unexpected error" for a user's mistake: a config validated
 * key by key (exit 2, one line per wrong key), a byte-order mark accepted, -o and --json on one path
 * refused, output paths that cannot be written said in plain words without temp-file names,
 * --version, and `help` as a synonym of --help.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { USAGE } from "../../src/cli/args";

const SAMPLE = join(__dirname, "..", "..", "samples", "sop-sample.xlsx");
const VERSION = require("../../package.json").version as string;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sop-hostile-cli-"));
});

function config(content: string): string {
  const path = join(dir, "settings.json");
  writeFileSync(path, content);
  return path;
}

/** What a user must never see: internals, JavaScript errors, temp files. */
function expectPlain(text: string): void {
  expect(text).not.toMatch(/unexpected error|is not a function|Cannot read properties|\.tmp\b|^\s+at /m);
}

describe("--config is checked against its schema", () => {
  test("each wrong key gets its own line, and the run exits 2 before reading the input", async () => {
    const path = config(
      JSON.stringify({
        trackingSignalLimit: "4",
        window: 2.5,
        fvaBaseline: 7,
        sheetNames: ["Demand"],
        scenarios: [null, { name: "Promo", demandChange: "15%" }],
        warningThreshold: 90,
        colour: "red",
      }),
    );
    const { code, err } = await run(["check", SAMPLE, "--config", path]);
    expect(code).toBe(2);
    expectPlain(err);
    expect(err).toMatch(/has 8 problems/);
    expect(err).toMatch(/"trackingSignalLimit" must be a positive number, not "4"/);
    expect(err).toMatch(/"window" must be a whole number of periods \(1 or more\), not 2\.5/);
    expect(err).toMatch(/"fvaBaseline" must be text, not 7/);
    expect(err).toMatch(/"sheetNames" must be an object such as \{"demand": "Forecast 2026"\}, not a list/);
    expect(err).toMatch(/"scenarios" item 1: must be an object .*not null/);
    expect(err).toMatch(/"scenarios" item 2: "demandChange" must be a fraction of change \(0\.1 for \+10%\), not "15%"/);
    expect(err).toMatch(/"warningThreshold" must be a fraction above 0 and at most 1 \(0\.9 for 90%\), not 90/);
    expect(err).toMatch(/unknown setting "colour"/);
  });

  test("null and nested wrong types are messages, not crashes", async () => {
    for (const bad of [
      { scenarios: [{ name: null }] },
      { sheetNames: { demand: null, sales: "x" } },
      { cycle: "Nov 2026" },
      { strict: "yes" },
    ]) {
      const { code, err } = await run(["check", SAMPLE, "--config", config(JSON.stringify(bad))]);
      expect(code).toBe(2);
      expectPlain(err);
      expect(err).toMatch(new RegExp(`"${Object.keys(bad)[0]}"`));
    }
  });

  test("a config saved with a UTF-8 byte-order mark (as Notepad does) is read", async () => {
    const path = config("\uFEFF" + JSON.stringify({ trackingSignalLimit: 15 }));
    const json = join(dir, "s.json");
    const { code, err } = await run(["generate", SAMPLE, "-o", join(dir, "p.xlsx"), "--json", json, "--config", path]);
    expect(err).toBe("");
    expect(code).toBe(0);
  });

  test("a good config with every key passes", async () => {
    const path = config(
      JSON.stringify({
        trackingSignalLimit: 5,
        nfmLimit: 2,
        window: 6,
        warningThreshold: 0.85,
        fvaBaseline: "Statistical Forecast",
        scenarios: [{ name: "Promo", demandChange: 0.15, family: "Blenders" }],
        sheetNames: { demand: "Demand" },
        strict: false,
      }),
    );
    const { code, err } = await run(["check", SAMPLE, "--config", path]);
    expect(err).toBe("");
    expect(code).toBe(0);
  });
});

test("-o and --json on the same path are refused (exit 2) and nothing is written", async () => {
  const same = join(dir, "out.xlsx");
  const { code, err } = await run(["generate", SAMPLE, "-o", same, "--json", same]);
  expect(code).toBe(2);
  expect(err).toMatch(/-o and --json name the same file/);
  expect(readdirSync(dir)).toEqual([]);
});

describe("output paths that cannot be written, in plain words", () => {
  test("the output is a folder", async () => {
    mkdirSync(join(dir, "packs"));
    const { code, err } = await run(["generate", SAMPLE, "-o", join(dir, "packs")]);
    expect(code).toBe(2);
    expectPlain(err);
    expect(err).toMatch(/cannot write .*packs: it is a folder/);
  });

  test("a file stands where the output's folder should be", async () => {
    writeFileSync(join(dir, "reports"), "a file");
    const { code, err } = await run(["generate", SAMPLE, "-o", join(dir, "reports", "pack.xlsx")]);
    expect(code).toBe(2);
    expectPlain(err);
    expect(err).toMatch(/reports is a file, not a folder/);
  });

  test("a read-only folder", async () => {
    // As root every folder is writable; /sys is a read-only file system there.
    const root = process.getuid?.() === 0;
    const target = root ? "/sys/sop-pack.xlsx" : join(dir, "ro", "pack.xlsx");
    if (!root) {
      mkdirSync(join(dir, "ro"));
      chmodSync(join(dir, "ro"), 0o555);
    }
    const { code, err } = await run(["generate", SAMPLE, "-o", target]);
    expect(code).toBe(2);
    expectPlain(err);
    expect(err).toMatch(/cannot write .*sop-pack\.xlsx|cannot write .*pack\.xlsx/);
    expect(err).toMatch(/read-only|permission denied/);
    expect(existsSync(target)).toBe(false);
  });
});

test("--version prints the version; `help` is --help", async () => {
  expect(await run(["--version"])).toEqual({ code: 0, out: `sop-prep ${VERSION}`, err: "" });
  const help = await run(["help"]);
  expect(help).toEqual({ code: 0, out: USAGE, err: "" });
  expect((await run(["--help"])).out).toBe(USAGE);
});
