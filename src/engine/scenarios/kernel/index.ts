export * from "./scenarioKernel";
