/**
 * Command-line arguments of `sop-prep`, parsed with Node's own util.parseArgs.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";

export class UsageError extends Error {}

export const USAGE = `Usage:
  sop-prep generate <input.xlsx> -o <pack.xlsx> [--json <summary.json>] [--config <settings.json>]
                    [--previous <last month's pack.xlsx>] [--lp <model.lp>] [--strict]
                    [--horizon <months>] [--targets given|recommended]
  sop-prep check <input.xlsx> [--config <settings.json>]
  sop-prep --version | --help

  generate  writes the pre-S&OP pack (and the JSON summary with --json); --previous carries last
            month's history and agenda decisions forward into the new pack; --lp writes the balancing
            model in CPLEX LP format, to re-solve with another solver; --horizon sets the plan
            months where neither Demand nor Supply has months after the last actual (default 18);
            --targets recommended holds the recommended safety stock as every family's Target
            Inventory (default given: the targets as given, the recommendation beside them)
  check     prints the data-quality findings as a table

Exit codes: 0 done, 1 the input cannot be used (the message says what to fix), 2 usage error.`;

export type Command =
  | {
      kind: "generate";
      input: string;
      output: string;
      json?: string;
      lp?: string;
      config?: string;
      previous?: string;
      horizon?: number;
      targets?: "given" | "recommended";
      strict: boolean;
    }
  | { kind: "check"; input: string; config?: string; strict: boolean }
  | { kind: "help" }
  | { kind: "version" };

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        json: { type: "string" },
        lp: { type: "string" },
        config: { type: "string" },
        previous: { type: "string" },
        horizon: { type: "string" },
        targets: { type: "string" },
        strict: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.version) return { kind: "version" };
  if (values.help || positionals.length === 0 || positionals[0] === "help") return { kind: "help" };
  const [command, ...rest] = positionals;
  if (rest.length !== 1) {
    throw new UsageError(
      rest.length === 0
        ? `${command}: give the input workbook (.xlsx).`
        : `${command}: give one input workbook, not ${rest.length}.`,
    );
  }
  const input = rest[0];
  if (command === "generate") {
    if (!values.output) throw new UsageError("generate: give the pack to write with -o <pack.xlsx>.");
    if (values.json && resolve(values.json) === resolve(values.output)) {
      throw new UsageError("-o and --json name the same file: give the pack and the JSON summary different names.");
    }
    if (values.lp && [values.output, values.json].some((f) => f && resolve(f) === resolve(values.lp as string))) {
      throw new UsageError("--lp names the same file as -o or --json: give the LP model its own file.");
    }
    let horizon: number | undefined;
    if (values.horizon !== undefined) {
      horizon = Number(values.horizon);
      if (!Number.isInteger(horizon) || horizon < 1 || horizon > 120)
        throw new UsageError(`--horizon must be a whole number of months from 1 to 120, not "${values.horizon}".`);
    }
    const targets = values.targets;
    if (targets !== undefined && targets !== "given" && targets !== "recommended")
      throw new UsageError(`--targets must be "given" or "recommended", not "${targets}".`);
    return {
      kind: "generate",
      horizon,
      ...(targets ? { targets } : {}),
      input,
      output: values.output,
      json: values.json,
      lp: values.lp,
      config: values.config,
      previous: values.previous,
      strict: values.strict ?? false,
    };
  }
  if (command === "check") {
    if (values.output || values.json || values.previous || values.lp || values.horizon || values.targets) {
      throw new UsageError(
        "check prints the findings; -o, --json, --previous, --lp, --horizon and --targets belong to generate.",
      );
    }
    return { kind: "check", input, config: values.config, strict: values.strict ?? false };
  }
  throw new UsageError(`Unknown command "${command}": use generate or check.`);
}
