/**
 * The bundled sample workbook holds exactly the problems samples/PLANTED.md promises, computed here from
 * the raw cells with ExcelJS (not with the project's readers or analyses, which these facts are meant to
 * check). Definitions are SPEC.md's: e = A - F, tracking signal = RSFE / MAD, NFM = sum (A-F)/(A+F),
 * rated capacity = hours x utilization x efficiency, load(t) = sum production(t + offset) x hours per unit,
 * revenue gap = consensus x unit price - budget revenue.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { writeSampleWorkbook } from "../../scripts/make-sample";
import { inputTemplate } from "../../src/sample";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "sop-sample.xlsx");

type Raw = string | number | Date | null;
interface Sheet {
  header: string[];
  /** Data rows with their 1-based sheet row number. */
  rows: { row: number; cells: Record<string, Raw> }[];
}

function plainValue(v: ExcelJS.CellValue): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || v instanceof Date) return v;
  return String(v);
}

async function load(file: string): Promise<Map<string, Sheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, Sheet>();
  wb.eachSheet((ws) => {
    const header: string[] = [];
    ws.getRow(1).eachCell((cell, col) => (header[col - 1] = String(cell.value)));
    const rows: Sheet["rows"] = [];
    ws.eachRow((row, r) => {
      if (r === 1) return;
      const cells: Record<string, Raw> = {};
      header.forEach((h, c) => (cells[h] = plainValue(row.getCell(c + 1).value)));
      rows.push({ row: r, cells });
    });
    out.set(ws.name, { header, rows });
  });
  return out;
}

/** "2027-01" from a first-of-month date (Demand) or from the text form (other sheets). */
function period(v: Raw): string {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, "0")}`;
  return String(v);
}

/** 0.95 and 95 both mean 95% (SPEC: percentages may be 0.85, 85% or 85). */
const fraction = (v: number) => (v > 1 ? v / 100 : v);

const PLAN = [
  "2026-11",
  "2026-12",
  ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2027-${m}`),
  "2028-01",
  "2028-02",
  "2028-03",
  "2028-04",
];

let book: Map<string, Sheet>;
const sheet = (name: string) => book.get(name)!;

beforeAll(async () => {
  book = await load(SAMPLE);
});

describe("the sample workbook's shape", () => {
  it("has the six input sheets with 12 families, 6 resources, 24 history and 18 plan months", () => {
    expect([...book.keys()]).toEqual([
      "Demand",
      "Supply",
      "Capacity",
      "Bill of Resources",
      "Finance",
      "Scenarios",
      "Inventory Policy",
    ]);
    const demand = sheet("Demand").rows;
    const families = [...new Set(demand.map((r) => r.cells.Family))];
    expect(families).toEqual([
      "Espresso Machines",
      "Drip Coffee Makers",
      "Cold Brew Makers",
      "Kettles",
      "Toasters",
      "Blenders",
      "Juicers",
      "Stand Mixers",
      "Hand Mixers",
      "Food Processors",
      "Air Fryers",
      "Rice Cookers",
    ]);
    const withActual = [...new Set(demand.filter((r) => r.cells.Actual !== null).map((r) => period(r.cells.Period)))];
    const withoutActual = [...new Set(demand.filter((r) => r.cells.Actual === null).map((r) => period(r.cells.Period)))];
    expect(withActual).toHaveLength(24);
    expect(withActual[0]).toBe("2024-11");
    expect(withActual[23]).toBe("2026-10");
    expect(withoutActual).toEqual(PLAN);
    // Plan months still carry every forecast.
    for (const r of demand.filter((x) => x.cells.Actual === null)) {
      expect(typeof r.cells["Consensus Forecast"]).toBe("number");
    }
    expect(new Set(sheet("Capacity").rows.map((r) => r.cells.Resource))).toEqual(
      new Set(["Assembly A", "Assembly B", "Motor Line", "Paint Shop", "Packaging", "QA Lab"]),
    );
  });

  it("writes Demand periods as first-of-month dates and the other sheets' periods as 2027-01 text", () => {
    for (const r of sheet("Demand").rows) {
      expect(r.cells.Period).toBeInstanceOf(Date);
      expect((r.cells.Period as Date).getUTCDate()).toBe(1);
    }
    for (const name of ["Supply", "Capacity", "Finance"]) {
      for (const r of sheet(name).rows) expect(r.cells.Period).toMatch(/^\d{4}-\d{2}$/);
    }
  });
});

describe("planted problem 1: Blenders' sales forecast is 15% high", () => {
  const last12 = (family: string) =>
    sheet("Demand")
      .rows.filter((r) => r.cells.Family === family && typeof r.cells.Actual === "number")
      .slice(-12);

  function metrics(family: string, column: string) {
    const rows = last12(family);
    const e = rows.map((r) => (r.cells.Actual as number) - (r.cells[column] as number));
    const rsfe = e.reduce((a, b) => a + b, 0);
    const mad = e.reduce((a, b) => a + Math.abs(b), 0) / e.length;
    const nfm = rows.reduce((s, r) => {
      const a = r.cells.Actual as number;
      const f = r.cells[column] as number;
      return s + (a - f) / (a + f);
    }, 0);
    return { n: e.length, trackingSignal: rsfe / mad, nfm };
  }

  it("has Sales Forecast = 1.15 x Actual in every one of the 24 history months", () => {
    const rows = sheet("Demand").rows.filter((r) => r.cells.Family === "Blenders" && r.cells.Actual !== null);
    expect(rows).toHaveLength(24);
    for (const r of rows) expect((r.cells["Sales Forecast"] as number) / (r.cells.Actual as number)).toBeCloseTo(1.15, 12);
  });

  it("gives Blenders' Sales Forecast a tracking signal of -12 over the last 12 months", () => {
    // Every error is negative (F > A), so RSFE = -sum|e| = -12 x MAD and TS = -12 exactly.
    // NFM = 12 x (A - 1.15A) / (A + 1.15A) = 12 x (-0.15 / 2.15) = -0.8372 (inside the limit of 2).
    const m = metrics("Blenders", "Sales Forecast");
    expect(m.n).toBe(12);
    expect(m.trackingSignal).toBeCloseTo(-12, 9);
    expect(m.nfm).toBeCloseTo(-0.8372, 4);
  });

  it("keeps every other family x forecast column unbiased: |TS| <= 2.5 and |NFM| <= 1", () => {
    const families = [...new Set(sheet("Demand").rows.map((r) => r.cells.Family as string))];
    let checked = 0;
    for (const family of families) {
      for (const column of ["Statistical Forecast", "Sales Forecast", "Consensus Forecast"]) {
        if (family === "Blenders" && column === "Sales Forecast") continue;
        const m = metrics(family, column);
        expect(m.n).toBe(12);
        expect({ family, column, ok: Math.abs(m.trackingSignal) <= 2.5 && Math.abs(m.nfm) <= 1 }).toEqual({
          family,
          column,
          ok: true,
        });
        checked++;
      }
    }
    expect(checked).toBe(35);
  });
});

describe("planted problem 2: Paint Shop overloaded in June-August 2027", () => {
  /** Load and rated capacity per resource and plan month, past-due load added to the first month. */
  function capacityCheck() {
    const supply = new Map<string, number>();
    for (const r of sheet("Supply").rows) {
      const key = `${r.cells.Family}|${r.cells.Period}`;
      if (!supply.has(key)) supply.set(key, r.cells["Planned Production"] as number); // the duplicate is ignored
    }
    const out = new Map<string, { load: number; rated: number; pastDue: number }>();
    for (const c of sheet("Capacity").rows) {
      const rated =
        (c.cells["Available Hours"] as number) * fraction(c.cells.Utilization as number) * fraction(c.cells.Efficiency as number);
      out.set(`${c.cells.Resource}|${c.cells.Period}`, { load: 0, rated, pastDue: 0 });
    }
    for (const b of sheet("Bill of Resources").rows) {
      const offset = (b.cells.Offset as number) ?? 0;
      PLAN.forEach((p, i) => {
        const qty = supply.get(`${b.cells.Family}|${p}`) ?? 0;
        const hours = qty * (b.cells["Hours per Unit"] as number);
        const target = i - offset;
        const slot = out.get(`${b.cells.Resource}|${PLAN[Math.max(0, target)]}`)!;
        slot.load += hours;
        if (target < 0) slot.pastDue += hours;
      });
    }
    return out;
  }

  it("has Paint Shop load 120, 200 and 140 hours above its 810-hour rated capacity in 2027-06, -07, -08", () => {
    // Rated capacity = 1,000 h x 90% x 90% = 810 h (samples/PLANTED.md shows each month's load by family).
    const cap = capacityCheck();
    const over = (p: string) => cap.get(`Paint Shop|${p}`)!.load - cap.get(`Paint Shop|${p}`)!.rated;
    expect(cap.get("Paint Shop|2027-06")!.rated).toBeCloseTo(810, 9);
    expect(over("2027-06")).toBeCloseTo(120, 6);
    expect(over("2027-07")).toBeCloseTo(200, 6);
    expect(over("2027-08")).toBeCloseTo(140, 6);
    const paintOvertime = sheet("Capacity").rows.find((r) => r.cells.Resource === "Paint Shop")!.cells["Max Overtime Hours"];
    expect(paintOvertime).toBe(100);
  });

  it("keeps every other resource-month, and Paint Shop outside the peak, at or below 85%", () => {
    const cap = capacityCheck();
    const peak = new Set(["Paint Shop|2027-06", "Paint Shop|2027-07", "Paint Shop|2027-08"]);
    const busy = [...cap].filter(([k, v]) => !peak.has(k) && v.load / v.rated > 0.85).map(([k]) => k);
    expect(busy).toEqual([]);
    expect(cap.size).toBe(6 * 18);
  });

  it("puts only Motor Line's November 2026 motors before the horizon (369 h past due)", () => {
    // Motor Line offset 1: production of 2026-11 loads 2026-10, before the first plan month.
    // Planned production 2026-11: Blenders 2,250 x 0.10 h + Juicers 1,200 x 0.12 h = 225 + 144 = 369 h.
    const cap = capacityCheck();
    const withPastDue = [...cap].filter(([, v]) => v.pastDue > 0).map(([k, v]) => [k, Math.round(v.pastDue * 100) / 100]);
    expect(withPastDue).toEqual([["Motor Line|2026-11", 369]]);
  });
});

describe("supply plan against the demand plan", () => {
  it("keeps projected inventory between target and twice target for every family and month", () => {
    // I(t) = I(t-1) + planned production(t) - consensus(t), I(0) = beginning inventory (SPEC.md);
    // OK means target <= I <= 2 x target (no Shortage, Below target or Excess). The duplicate row counts once.
    const consensus = new Map<string, number>();
    for (const r of sheet("Demand").rows)
      consensus.set(`${r.cells.Family}|${period(r.cells.Period)}`, r.cells["Consensus Forecast"] as number);
    const seen = new Set<string>();
    const inventory = new Map<string, number>();
    const notOk: string[] = [];
    for (const r of sheet("Supply").rows) {
      const key = `${r.cells.Family}|${r.cells.Period}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const family = r.cells.Family as string;
      const before =
        r.cells["Beginning Inventory"] !== null ? (r.cells["Beginning Inventory"] as number) : inventory.get(family)!;
      const after = before + (r.cells["Planned Production"] as number) - consensus.get(key)!;
      inventory.set(family, after);
      const target = r.cells["Target Inventory"] as number;
      if (after < target || after > 2 * target) notOk.push(`${key} ${after} vs target ${target}`);
    }
    expect(seen.size).toBe(12 * 18);
    expect(notOk).toEqual([]);
  });
});

describe("planted problem 3: Espresso Machines revenue short of budget in 2027-Q1", () => {
  function quarterlyGaps() {
    const consensus = new Map<string, number>();
    for (const r of sheet("Demand").rows)
      consensus.set(`${r.cells.Family}|${period(r.cells.Period)}`, r.cells["Consensus Forecast"] as number);
    const q = new Map<string, { gap: number; budget: number }>();
    for (const f of sheet("Finance").rows) {
      const p = f.cells.Period as string;
      const quarter = `${p.slice(0, 4)}-Q${Math.floor((Number(p.slice(5)) - 1) / 3) + 1}`;
      const key = `${f.cells.Family}|${quarter}`;
      const revenue = consensus.get(`${f.cells.Family}|${p}`)! * (f.cells["Unit Price"] as number);
      const slot = q.get(key) ?? { gap: 0, budget: 0 };
      slot.gap += revenue - (f.cells["Budget Revenue"] as number);
      slot.budget += f.cells["Budget Revenue"] as number;
      q.set(key, slot);
    }
    return q;
  }

  it("has a 2027-Q1 revenue gap of exactly -$450,000 (budget $150,000 above demand revenue each month)", () => {
    expect(quarterlyGaps().get("Espresso Machines|2027-Q1")!.gap).toBe(-450000);
  });

  it("keeps every other family-quarter within 1% of budget", () => {
    const wide = [...quarterlyGaps()]
      .filter(([k, v]) => k !== "Espresso Machines|2027-Q1" && Math.abs(v.gap) > 0.01 * v.budget)
      .map(([k]) => k);
    expect(wide).toEqual([]);
  });

  it("keeps one price per family across the horizon, between $20 and $600", () => {
    const prices = new Map<string, Set<number>>();
    for (const f of sheet("Finance").rows) {
      const set = prices.get(f.cells.Family as string) ?? new Set<number>();
      set.add(f.cells["Unit Price"] as number);
      prices.set(f.cells.Family as string, set);
    }
    expect(prices.size).toBe(12);
    for (const set of prices.values()) {
      expect(set.size).toBe(1);
      const [price] = [...set];
      expect(price).toBeGreaterThanOrEqual(20);
      expect(price).toBeLessThanOrEqual(600);
    }
  });
});

describe("planted problem 4: exactly two data-quality errors", () => {
  it("has the text 'n/a' in Demand!C132 (Kettles, 2025-03 Actual) and nowhere else in a number column", () => {
    const texts = sheet("Demand").rows.flatMap((r) =>
      ["Actual", "Statistical Forecast", "Sales Forecast", "Consensus Forecast"]
        .filter((c) => typeof r.cells[c] === "string")
        .map((c) => ({ row: r.row, family: r.cells.Family, period: period(r.cells.Period), column: c, value: r.cells[c] })),
    );
    expect(texts).toEqual([{ row: 132, family: "Kettles", period: "2025-03", column: "Actual", value: "n/a" }]);
  });

  it("has Supply rows 77 and 78 both Toasters 2027-02, and no other repeated key in any sheet", () => {
    const dupes = (name: string, keys: string[]) => {
      const seen = new Map<string, number>();
      const out: [number, number, string][] = [];
      for (const r of sheet(name).rows) {
        const k = keys.map((c) => period(r.cells[c])).join("|");
        if (seen.has(k)) out.push([seen.get(k)!, r.row, k]);
        else seen.set(k, r.row);
      }
      return out;
    };
    expect(dupes("Supply", ["Family", "Period"])).toEqual([[77, 78, "Toasters|2027-02"]]);
    expect(dupes("Demand", ["Family", "Period"])).toEqual([]);
    expect(dupes("Capacity", ["Resource", "Period"])).toEqual([]);
    expect(dupes("Finance", ["Family", "Period"])).toEqual([]);
    expect(dupes("Bill of Resources", ["Family", "Resource"])).toEqual([]);
  });

  it("has no other problem: no negatives or blanks, every routing known, capacity exactly on the plan months", () => {
    const families = new Set(sheet("Demand").rows.map((r) => r.cells.Family));
    const resources = new Set(sheet("Capacity").rows.map((r) => r.cells.Resource));
    for (const b of sheet("Bill of Resources").rows) {
      expect(families.has(b.cells.Family)).toBe(true);
      expect(resources.has(b.cells.Resource)).toBe(true);
    }
    expect(new Set(sheet("Bill of Resources").rows.map((r) => r.cells.Family))).toEqual(families);
    for (const name of ["Supply", "Finance"]) {
      expect(new Set(sheet(name).rows.map((r) => r.cells.Family))).toEqual(families);
      expect([...new Set(sheet(name).rows.map((r) => r.cells.Period))]).toEqual(PLAN);
    }
    expect([...new Set(sheet("Capacity").rows.map((r) => r.cells.Period))]).toEqual(PLAN);
    const numberColumns: Record<string, string[]> = {
      Supply: ["Planned Production", "Target Inventory"],
      Capacity: ["Available Hours", "Utilization", "Efficiency", "Max Overtime Hours"],
      "Bill of Resources": ["Hours per Unit", "Offset"],
      Finance: ["Unit Price", "Unit Cost", "Budget Revenue"],
    };
    for (const [name, cols] of Object.entries(numberColumns)) {
      for (const r of sheet(name).rows) for (const c of cols) expect(r.cells[c]).toBeGreaterThanOrEqual(0);
    }
    // Beginning inventory: once per family, on its first plan month.
    const opening = sheet("Supply").rows.filter((r) => r.cells["Beginning Inventory"] !== null);
    expect(opening.map((r) => r.cells.Period)).toEqual(Array(12).fill("2026-11"));
  });
});

describe("the input template", () => {
  it("puts a title and an explanation above the same headers the sample workbook uses", () => {
    const template = inputTemplate();
    expect(template.map((t) => t.name)).toEqual([...book.keys()]);
    for (const t of template) {
      expect(t.rows).toHaveLength(3);
      expect(t.rows[0][0]).toContain(t.name);
      expect(String(t.rows[1][0]).length).toBeGreaterThan(20);
      expect(t.rows[2]).toEqual(sheet(t.name).header);
    }
  });
});

describe("the generator", () => {
  it("writes the same cell values, and the same bytes, again (seeded, no clock)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sop-sample-"));
    const file = path.join(dir, "again.xlsx");
    try {
      await writeSampleWorkbook(file);
      const again = await load(file);
      expect([...again.keys()]).toEqual([...book.keys()]);
      for (const [name, s] of book) {
        const norm = (x: Sheet) =>
          x.rows.map((r) => Object.values(r.cells).map((v) => (v instanceof Date ? v.toISOString() : v)));
        expect(norm(again.get(name)!)).toEqual(norm(s));
      }
      // Fixed workbook and zip-entry dates: the committed sample is exactly what `npm run sample` writes.
      expect(fs.readFileSync(file).equals(fs.readFileSync(SAMPLE))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
