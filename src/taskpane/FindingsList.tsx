/**
 * Data-quality findings as a list the planner can act on: each one with a cell is a link that
 * selects that cell in the workbook, so fixing the data is one click away.
 */
import * as React from "react";
import { Badge, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../engine/model";
import { SEVERITY_LABEL } from "../engine/findingCounts";
import { stackedList } from "./listStyles";

/** Long lists stay readable in a 320 px pane; the Data Quality sheet holds them all. */
const SHOWN = 50;

const useStyles = makeStyles({
  list: stackedList(tokens.spacingVerticalS),
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  badge: { flexShrink: 0 },
  text: { minWidth: 0, overflowWrap: "anywhere" },
});

export interface FindingsListProps {
  findings: Finding[];
  onSelect: (finding: Finding) => void;
  /** Said after the first SHOWN findings when there are more. */
  moreNote?: string;
}

export function FindingsList({ findings, onSelect, moreNote }: FindingsListProps) {
  const styles = useStyles();
  const shown = findings.slice(0, SHOWN);
  return (
    <>
      <ul className={styles.list} aria-label="Data-quality findings">
        {shown.map((f, i) => {
          const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
          return (
            <li key={`${where}-${i}`} className={styles.item}>
              <Badge
                className={styles.badge}
                appearance="tint"
                color={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"}
                shape="rounded"
              >
                {SEVERITY_LABEL[f.severity]}
              </Badge>
              <span className={styles.text}>
                {f.cell ? (
                  <Link as="button" onClick={() => onSelect(f)} aria-label={`Go to ${where}: ${f.message}`}>
                    {where}
                  </Link>
                ) : (
                  <strong>{where}</strong>
                )}
                {": "}
                {f.message}
              </span>
            </li>
          );
        })}
      </ul>
      {findings.length > SHOWN && (
        <Caption1>
          {findings.length - SHOWN} more. {moreNote ?? ""}
        </Caption1>
      )}
    </>
  );
}
