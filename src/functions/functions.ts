/**
 * The SOP.* worksheet formulas. The JSDoc on each function is the single source of Excel's metadata
 * (functions.json is generated from it at build time) and is what a planner reads in autocomplete,
 * so it is written for a planner. Each function is a thin wrapper over src/engine.
 *
 * Errors follow SPEC.md: mismatched range sizes -> #VALUE!, no usable pairs -> #N/A, a zero
 * denominator -> #DIV/0!. See ./errors and ./ranges.
 */
/* global CustomFunctions */

// ---- Demand review (issue 3) ----

// ---- Supply review (issue 4) ----

// ---- Reconciliation (issue 5) ----
