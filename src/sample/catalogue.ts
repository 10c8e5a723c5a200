/**
 * The sample company: a small-appliance maker with 12 product families and 6 resources.
 * These are the facts every part of the project codes its sample checks against (see samples/PLANTED.md).
 */

/** Seasonal index by calendar month (Jan..Dec), each averaging 1.0 over the year. */
export const SEASONALITY = {
  /** Coffee, espresso and baking gifts: the November / December holiday peak. */
  holiday: [0.8, 0.7, 0.75, 0.8, 0.85, 0.85, 0.85, 0.9, 0.95, 1.1, 1.55, 1.9],
  /** Blenders, juicers, cold brew: smoothies and iced coffee sell in June to August. */
  summer: [0.7, 0.7, 0.8, 0.9, 0.95, 1.5, 1.65, 1.5, 0.9, 0.8, 0.7, 0.7],
  /** Everyday replacements (kettles, toasters, rice cookers): a small year-end lift only. */
  mild: [1.05, 0.95, 0.95, 0.95, 0.95, 0.9, 0.9, 0.95, 1.0, 1.05, 1.1, 1.25],
} as const;

export type SeasonProfile = keyof typeof SEASONALITY;

export interface SampleFamily {
  name: string;
  /** Average monthly units in the first history year, before seasonality. */
  baseUnits: number;
  /** Yearly demand growth as a fraction. */
  growth: number;
  season: SeasonProfile;
  unitPrice: number;
  unitCost: number;
}

export const FAMILIES: SampleFamily[] = [
  { name: "Espresso Machines", baseUnits: 1500, growth: 0.05, season: "holiday", unitPrice: 449, unitCost: 262 },
  { name: "Drip Coffee Makers", baseUnits: 4000, growth: -0.02, season: "holiday", unitPrice: 79, unitCost: 44 },
  { name: "Cold Brew Makers", baseUnits: 1800, growth: 0.08, season: "summer", unitPrice: 49, unitCost: 26 },
  { name: "Kettles", baseUnits: 5000, growth: 0.02, season: "mild", unitPrice: 39, unitCost: 21 },
  { name: "Toasters", baseUnits: 4500, growth: 0.01, season: "mild", unitPrice: 35, unitCost: 19 },
  { name: "Blenders", baseUnits: 3000, growth: 0.04, season: "summer", unitPrice: 99, unitCost: 57 },
  { name: "Juicers", baseUnits: 1600, growth: 0.03, season: "summer", unitPrice: 129, unitCost: 76 },
  { name: "Stand Mixers", baseUnits: 1200, growth: 0.03, season: "holiday", unitPrice: 399, unitCost: 231 },
  { name: "Hand Mixers", baseUnits: 2500, growth: 0.0, season: "holiday", unitPrice: 45, unitCost: 24 },
  { name: "Food Processors", baseUnits: 1400, growth: 0.02, season: "holiday", unitPrice: 149, unitCost: 88 },
  { name: "Air Fryers", baseUnits: 3500, growth: 0.12, season: "holiday", unitPrice: 119, unitCost: 68 },
  { name: "Rice Cookers", baseUnits: 2000, growth: 0.03, season: "mild", unitPrice: 59, unitCost: 33 },
];

export interface SampleResource {
  name: string;
  /** Available hours per month (the same every month of the plan). */
  availableHours: number;
  /** Fraction, written as a percentage-formatted cell. */
  utilization: number;
  /** As written in the sheet: 0.95-style, or 95 on the one resource that uses the "85" form. */
  efficiencyCell: number;
  maxOvertimeHours: number;
  /** Overtime Cost, money per overtime hour. */
  overtimeCost: number;
}

export const RESOURCES: SampleResource[] = [
  { name: "Assembly A", availableHours: 10000, utilization: 0.9, efficiencyCell: 0.95, maxOvertimeHours: 400, overtimeCost: 38 },
  { name: "Assembly B", availableHours: 14000, utilization: 0.9, efficiencyCell: 95, maxOvertimeHours: 400, overtimeCost: 38 },
  { name: "Motor Line", availableHours: 1500, utilization: 0.85, efficiencyCell: 0.9, maxOvertimeHours: 150, overtimeCost: 55 },
  { name: "Paint Shop", availableHours: 1000, utilization: 0.9, efficiencyCell: 0.9, maxOvertimeHours: 100, overtimeCost: 60 },
  { name: "Packaging", availableHours: 2400, utilization: 0.9, efficiencyCell: 0.95, maxOvertimeHours: 120, overtimeCost: 32 },
  { name: "QA Lab", availableHours: 2200, utilization: 0.8, efficiencyCell: 0.9, maxOvertimeHours: 40, overtimeCost: 70 },
];

export interface SampleRouting {
  family: string;
  resource: string;
  /** Hours per unit in hundredths of an hour, so loads add up exactly in integers. */
  centiHoursPerUnit: number;
  offset: number;
}

const r = (family: string, resource: string, centiHoursPerUnit: number, offset = 0): SampleRouting => ({
  family,
  resource,
  centiHoursPerUnit,
  offset,
});

/**
 * Bill of resources. Motor Line builds motors one month ahead (offset 1); Paint Shop paints in the month
 * of production (offset 0). Packaging touches every family, so every family has a routing.
 */
export const BILL_OF_RESOURCES: SampleRouting[] = [
  r("Espresso Machines", "Assembly A", 80),
  r("Drip Coffee Makers", "Assembly A", 25),
  r("Cold Brew Makers", "Assembly A", 20),
  r("Kettles", "Assembly A", 15),
  r("Toasters", "Assembly A", 15),
  r("Blenders", "Assembly B", 30),
  r("Juicers", "Assembly B", 35),
  r("Stand Mixers", "Assembly B", 90),
  r("Hand Mixers", "Assembly B", 20),
  r("Food Processors", "Assembly B", 50),
  r("Air Fryers", "Assembly B", 30),
  r("Rice Cookers", "Assembly B", 25),
  r("Blenders", "Motor Line", 10, 1),
  r("Juicers", "Motor Line", 12, 1),
  r("Blenders", "Paint Shop", 10),
  r("Juicers", "Paint Shop", 10),
  r("Kettles", "Paint Shop", 2),
  r("Toasters", "Paint Shop", 2),
  ...[
    ["Espresso Machines", 6],
    ["Drip Coffee Makers", 3],
    ["Cold Brew Makers", 2],
    ["Kettles", 2],
    ["Toasters", 2],
    ["Blenders", 3],
    ["Juicers", 3],
    ["Stand Mixers", 6],
    ["Hand Mixers", 2],
    ["Food Processors", 4],
    ["Air Fryers", 4],
    ["Rice Cookers", 3],
  ].map(([f, h]) => r(f as string, "Packaging", h as number)),
  r("Espresso Machines", "QA Lab", 10),
  r("Stand Mixers", "QA Lab", 10),
  r("Food Processors", "QA Lab", 5),
  r("Air Fryers", "QA Lab", 5),
];

/** The planted capacity problem: Paint Shop load above rated capacity, in hours, in the summer peak. */
export const PAINT_SHOP_OVERLOAD_HOURS: Record<string, number> = { "2027-06": 120, "2027-07": 200, "2027-08": 140 };

/** The family whose planned production in the peak months is set so the Paint Shop overload is exact. */
export const PAINT_SHOP_BALANCING_FAMILY = "Juicers";

/** The planted revenue gap: budget above demand revenue by this much in each of Jan, Feb, Mar 2027. */
export const ESPRESSO_BUDGET_EXCESS = { family: "Espresso Machines", periods: ["2027-01", "2027-02", "2027-03"], amount: 150000 };

/** The planted forecast bias: this family's Sales Forecast is 115% of actual in every history period. */
export const OVER_FORECAST = { family: "Blenders", column: "Sales Forecast", ratioNumerator: 23, ratioDenominator: 20 };

/** The planted data-quality errors. */
export const NA_ACTUAL = { family: "Kettles", period: "2025-03", text: "n/a" };
export const DUPLICATE_SUPPLY = { family: "Toasters", period: "2027-02" };
