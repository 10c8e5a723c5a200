import { readPlanningModel } from "../../../src/engine/read";
import { reconcileFinance } from "../../../src/engine/finance";
import { reconcile } from "../../../src/engine/reconcile";
import { groupFindings } from "../../../src/engine/read/groupFindings";
import { demandLong, grid, settings } from "./grids";

// demandLong(): family Widgets, actuals 2026-01..02, plan 2026-03.

describe("one bad optional cell never costs the required data", () => {
  test("a Safety Stock column of '20%' text on 32 rows: Supply is still read, and the problem is one grouped finding", () => {
    const rows: (string | number)[][] = [["Family", "Period", "Safety Stock", "Planned Production"]];
    for (let i = 0; i < 32; i++) rows.push([`Family ${i + 1}`, "2026-03", "20%", 100 + i]);
    const { model, findings } = readPlanningModel([demandLong(), grid("Supply", rows)], settings);
    // Every row keeps its planned production; only the 32 safety stocks are lost.
    expect(model.sheets.supply).toBe("Supply");
    expect(model.supply).toHaveLength(32);
    expect(model.supply!.map((r) => r.plannedProduction).slice(0, 3)).toEqual([100, 101, 102]);
    expect(model.supply!.every((r) => r.targetInventory === null)).toBe(true);
    const grouped = findings.filter((f) => f.sheet === "Supply" && f.cell.startsWith("C"));
    expect(grouped).toEqual([
      {
        sheet: "Supply",
        cell: "C2:C33",
        severity: "warning",
        message:
          "32 cells in C2:C33 have the same problem, the first at C2: '20%' is not a number; the value is left out (the row's other values are kept)",
      },
    ]);
  });

  test("Unit Cost '55 EUR' costs the cost only: the family keeps its Unit Price", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Finance", [
          ["Family", "Unit Price", "Unit Cost"],
          ["Widgets", 89.5, "55 EUR"],
        ]),
      ],
      settings,
    );
    expect(model.finance).toEqual([expect.objectContaining({ family: "Widgets", unitPrice: 89.5, unitCost: null })]);
    expect(findings).toEqual([
      {
        sheet: "Finance",
        cell: "C2",
        severity: "warning",
        message: "'55 EUR' is not a number; the value is left out (the row's other values are kept)",
      },
    ]);
  });

  test("a sheet rejected for its required column is 'rejected' with the reason, not absent without a word", () => {
    const { model } = readPlanningModel(
      [
        demandLong(),
        grid("Supply", [
          ["Family", "Period", "Qty"],
          ["Widgets", "2026-03", 1],
        ]),
      ],
      settings,
    );
    expect(model.sheets.supply).toBeUndefined();
    expect(model.rejectedSheets?.supply).toEqual({
      sheet: "Supply",
      reason: "the header row has no 'Planned Production' column; add it (headers match ignoring case and spaces)",
    });
  });
});

describe("groupFindings", () => {
  const at = (cell: string, message: string, severity: "error" | "warning" = "warning") => ({
    sheet: "Supply",
    cell,
    severity,
    message,
  });

  test("two repeats stay two lines; different columns, severities or kinds are never merged", () => {
    const findings = [
      at("C2", "'x' is not a number; left out"),
      at("C3", "'y' is not a number; left out"),
      at("D2", "'x' is not a number; left out"),
      at("C4", "Target Inventory is negative (-3); left out"),
      at("C5", "'z' is not a number; left out", "error"),
    ];
    expect(groupFindings(findings)).toEqual(findings);
  });

  test("three of a kind in one column become one finding over their rows, at the first one's place, naming a few values", () => {
    const findings = [
      at("A1", "a sheet-level problem"),
      at("C9", "'tbd' is not a number; left out"),
      at("C2", "'n/a' is not a number; left out"),
      at("D4", "other"),
      at("C5", "'n/a' is not a number; left out"),
    ];
    expect(groupFindings(findings)).toEqual([
      at("A1", "a sheet-level problem"),
      at(
        "C2:C9",
        "3 cells in C2:C9 have the same problem (values such as 'tbd', 'n/a'), the first at C9: 'tbd' is not a number; left out",
      ),
      at("D4", "other"),
    ]);
  });
});

describe("every message names the true cause", () => {
  const demand = () =>
    grid("Demand", [
      ["Family", "Period", "Actual", "Consensus Forecast"],
      ["Hedge Trimmers", "2026-02", 40, 42],
      ["Hedge Trimmers", "2026-03", null, 45],
      ["Leaf Blowers", "2026-02", 10, 10],
      ["Leaf Blowers", "2026-03", null, 12],
      ["Mowers", "2026-02", 5, null], // history only: no demand plan in 2026-03
    ]);

  test("a family whose Finance row was left out is 'left out because Finance!B2 ...', not 'has no Unit Price'", () => {
    const { model } = readPlanningModel(
      [
        demand(),
        grid("Finance", [
          ["Family", "Unit Price"],
          ["Hedge Trimmers", "n/a"],
          ["Leaf Blowers", 20],
        ]),
      ],
      settings,
    );
    const finance = reconcileFinance(model, settings);
    const message = finance.findings.find((f) => f.message.startsWith("Hedge Trimmers"))?.message;
    expect(message).toBe(
      "Hedge Trimmers has no Unit Price in Finance (its row was left out because Finance!B2: 'n/a' is not a number): its revenue and margin are left out (its units are still reconciled).",
    );
  });

  test("a family with history only is not 'a demand plan without supply'; one whose Supply row was left out says why", () => {
    const { model } = readPlanningModel(
      [
        demand(),
        grid("Supply", [
          ["Family", "Period", "Planned Production"],
          ["Hedge Trimmers", "2026-03", 45],
          ["Leaf Blowers", "2026-03", "approx 12"],
        ]),
      ],
      settings,
    );
    const messages = reconcile(model, settings).findings.map((f) => f.message);
    expect(messages.some((m) => m.startsWith("Mowers"))).toBe(false);
    expect(messages).toContain(
      "Leaf Blowers has a demand plan but no rows in Supply (its row was left out because Supply!C3: 'approx 12' is not a number): its supply is taken as 0, so the gap shows its whole demand.",
    );
  });
});

describe("a budget without a Period is annual", () => {
  test("3,000,000 on a row without Period is 250,000 in each plan month, with a warning; mixed with monthly rows it is refused", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Finance", [
          ["Family", "Period", "Unit Price", "Budget Revenue"],
          ["Widgets", null, 100, 3_000_000], // annual: 3,000,000 / 12 = 250,000 a month
        ]),
      ],
      settings,
    );
    expect(model.finance!.map((r) => r.budgetRevenue)).toEqual([250_000]);
    expect(findings).toEqual([
      {
        sheet: "Finance",
        cell: "D2",
        severity: "warning",
        message:
          "Budget Revenue 3,000,000 of 'Widgets' has no Period: read as an annual amount, one twelfth (250,000) in each plan month",
      },
    ]);
    // The finance analysis then compares 250,000 (not 3,000,000) with the plan month's revenue.
    const finance = reconcileFinance(model, settings);
    expect(finance.lines.map((l) => l.budgetRevenue)).toEqual([250_000]);

    const mixed = readPlanningModel(
      [
        demandLong(),
        grid("Finance", [
          ["Family", "Period", "Unit Price", "Budget Revenue"],
          ["Widgets", null, 100, 3_000_000], // D2: annual and monthly for the same family
          ["Widgets", "2026-03", 100, 240_000],
        ]),
      ],
      settings,
    );
    expect(mixed.findings.map((f) => `${f.cell} ${f.severity}`)).toEqual(["D2 error"]);
    expect(mixed.model.finance!.map((r) => [r.period, r.budgetRevenue])).toEqual([
      [null, null],
      ["2026-03", 240_000],
    ]);
  });
});

describe("numbers with separators", () => {
  test("'2.000' as beginning inventory is read as 2 with a warning naming the reading and the other one", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Supply", [
          ["Family", "Period", "Planned Production", "Beginning Inventory"],
          ["Widgets", "2026-03", 130, "2.000"],
        ]),
      ],
      settings,
    );
    expect(model.supply![0].beginningInventory).toBe(2);
    expect(findings).toEqual([
      {
        sheet: "Supply",
        cell: "D2",
        severity: "warning",
        message:
          "'2.000' could mean 2 or 2000 (a decimal point or a thousands separator); read as 2: type the number without separators to be sure",
      },
    ]);
  });
});
