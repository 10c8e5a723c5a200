import { projectedInventory, supplyGap, monthsOfCover } from "../../../src/engine/reconcile";

// Heizer & Render, Operations Management, ch. 13 (Aggregate Planning and S&OP), Examples 1-2, the
// roofing-supplies manufacturer: demand Jan-Jun 900, 700, 800, 1,200, 1,500, 1,100; Plan 1 (level,
// 50 units/day x 22, 18, 21, 21, 22, 20 production days) makes 1,100, 900, 1,050, 1,050, 1,100, 1,000.
const demand = [900, 700, 800, 1200, 1500, 1100];
const level = [1100, 900, 1050, 1050, 1100, 1000];

describe("projected inventory I(t) = I(t-1) + supply - demand", () => {
  it("reproduces the ending inventory of Heizer & Render's level plan (200, 400, 650, 500, 100, 0)", () => {
    // 0+1100-900=200; 200+900-700=400; 400+1050-800=650; 650+1050-1200=500; 500+1100-1500=100; 100+1000-1100=0
    const inventory = projectedInventory(0, level, demand);
    expect(inventory).toEqual([200, 400, 650, 500, 100, 0]);
    // The book's total inventory carried: 200+400+650+500+100+0 = 1,850 units.
    expect(inventory.reduce((s, v) => s + v, 0)).toBe(1850);
  });

  it("starts from the beginning inventory and goes negative (backlog) when supply falls behind", () => {
    // 50+80-100=30; 30+80-100=10; 10+80-100=-10; -10+80-100=-30
    expect(projectedInventory(50, [80, 80, 80, 80], [100, 100, 100, 100])).toEqual([30, 10, -10, -30]);
  });

  it("gives the gap as supply minus demand per period", () => {
    // Level plan vs demand: 1100-900=200, 900-700=200, 1050-800=250, 1050-1200=-150, 1100-1500=-400, 1000-1100=-100
    expect(supplyGap(demand, level)).toEqual([200, 200, 250, -150, -400, -100]);
  });
});

describe("months of cover", () => {
  it("counts how many following months of demand the inventory meets, the last month partly", () => {
    // End of month 1: 150 units vs next demands 100, 100 -> 1 + 50/100 = 1.5 months.
    // End of month 2: 60 vs next demand 100 -> 0.6 months.
    // End of month 3: -10 (backlog) -> 0.
    const cover = monthsOfCover([150, 60, -10, 40], [100, 100, 100, 100]);
    expect(cover[0]).toBeCloseTo(1.5, 10);
    expect(cover[1]).toBeCloseTo(0.6, 10);
    expect(cover[2]).toBe(0);
    // Last month: no month follows, so the horizon's average demand (100) is used: 40/100 = 0.4.
    expect(cover[3]).toBeCloseTo(0.4, 10);
  });

  it("has no figure when there is no demand at all to cover", () => {
    expect(monthsOfCover([10, 10], [0, 0])).toEqual([null, null]);
  });
});
