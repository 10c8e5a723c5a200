export * from "./familyFactors";
export * from "./demandPlanByFamily";
export * from "./capacityKernel";
export * from "./gapKernel";
export * from "./financeKernel";
export * from "./scenarioKernel";
