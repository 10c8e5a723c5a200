export * from "./planAdherence";
export * from "./inventoryTurns";
export * from "./accuracyTrend";
export * from "./planKpis";
