/**
 * The task pane's lists (findings, results, decisions, input sheets, scenarios) are plain stacks: no
 * bullets, no indent, items one under the other with a gap. One style, so every list looks alike.
 */
import type { GriffelStyle } from "@fluentui/react-components";

export function stackedList(rowGap: string): GriffelStyle {
  return { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap };
}
