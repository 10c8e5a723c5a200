export * from "./quarter";
export * from "./priceList";
export * from "./budgetRevenue";
export * from "./financeTotals";
export * from "./types";
export * from "./reconcileFinance";
export * from "./priceVolumeMix";
export * from "./revenueBridge";
