export * from "./types";
export * from "./mostLikely";
export * from "./scenarioDefinitions";
export * from "./fillRate";
export * from "./scenarioKpis";
export * from "./kpiDefinitions";
export * from "./unreportedFindings";
export * from "./runScenarios";
