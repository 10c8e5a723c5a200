export * from "./types";
export * from "./demandPattern";
export * from "./prepareHistory";
export * from "./baseline";
export * from "./backtest";
export { naive } from "./naive";
