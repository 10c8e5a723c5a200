/**
 * The pack's colours, Excel's own "good / neutral / bad" cell styles, so an exception looks the same
 * on every sheet: red = needs a decision (overload, shortage, biased, below budget), amber = watch
 * (warning, below target), green = fine, blue = more than needed (excess, above budget).
 */
export const RED = { fill: "#FFC7CE", fontColor: "#9C0006" } as const;
export const AMBER = { fill: "#FFEB9C", fontColor: "#9C5700" } as const;
export const GREEN = { fill: "#C6EFCE", fontColor: "#006100" } as const;
export const BLUE = { fill: "#DDEBF7", fontColor: "#1F4E79" } as const;

/** Section headings. */
export const HEADING_TEXT = "#1F4E79";

/** Tab colours: the sheet holds exceptions that need a decision / a warning / nothing to act on. */
export const TAB = { exception: "#C00000", warning: "#FFC000", ok: "#70AD47" } as const;
/** Scenario sheets: worse than the plan / not. */
export const ORANGE_TAB = "#C55A11";
export const GREEN_TAB_LIGHT = "#A9D08E";
