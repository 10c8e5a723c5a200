export * from "./financeKernel";
export * from "./scenarioKernel";
