/**
 * The scenarios table, one row per scenario. At the 320 px task pane width six columns of inputs do
 * not fit side by side, so each row is laid out as a small group of fields (name, then the three
 * changes in %, then the family / resource they are limited to).
 */
import * as React from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { emptyScenario, type ScenarioForm, type SettingsErrors } from "../settingsForm";
import { stackedList } from "../listStyles";

const useStyles = makeStyles({
  list: stackedList(tokens.spacingVerticalM),
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
  },
  wide: { gridColumn: "1 / -1" },
  // Fluent's Input has a minimum width; three of them must fit in 320 px.
  input: { minWidth: 0, width: "100%" },
  remove: { gridColumn: "1 / -1", justifySelf: "end" },
});

export interface ScenariosEditorProps {
  rows: ScenarioForm[];
  errors: SettingsErrors;
  onChange: (rows: ScenarioForm[]) => void;
}

const CHANGES: { field: "demandPct" | "pricePct" | "capacityPct"; label: string }[] = [
  { field: "demandPct", label: "Demand %" },
  { field: "pricePct", label: "Price %" },
  { field: "capacityPct", label: "Capacity %" },
];

export function ScenariosEditor({ rows, errors, onChange }: ScenariosEditorProps) {
  const styles = useStyles();
  const update = (i: number, patch: Partial<ScenarioForm>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const err = (i: number, field: string) => errors[`scenarios.${i}.${field}`];

  return (
    <>
      {rows.length === 0 && (
        <Caption1>
          No scenarios of your own: Most Likely, Optimistic (+10% demand) and Pessimistic (−10% demand) are run, or those on a
          Scenarios sheet.
        </Caption1>
      )}
      <ul className={styles.list} aria-label="Scenarios">
        {rows.map((row, i) => {
          const title = row.name.trim() || `Scenario ${i + 1}`;
          return (
            <li key={i}>
              <fieldset className={styles.row} aria-label={title}>
                <Field className={styles.wide} label="Name" size="small" validationMessage={err(i, "name")}>
                  <Input
                    className={styles.input}
                    size="small"
                    value={row.name}
                    onChange={(_, d) => update(i, { name: d.value })}
                  />
                </Field>
                {CHANGES.map(({ field, label }) => (
                  <Field key={field} label={label} size="small" validationMessage={err(i, field)}>
                    <Input
                      className={styles.input}
                      size="small"
                      inputMode="decimal"
                      value={row[field]}
                      placeholder="0"
                      aria-label={`${title} ${label}`}
                      onChange={(_, d) => update(i, { [field]: d.value })}
                    />
                  </Field>
                ))}
                <Field className={styles.wide} label="Only family (optional)" size="small">
                  <Input
                    className={styles.input}
                    size="small"
                    value={row.family}
                    onChange={(_, d) => update(i, { family: d.value })}
                  />
                </Field>
                <Field className={styles.wide} label="Only resource (optional)" size="small">
                  <Input
                    className={styles.input}
                    size="small"
                    value={row.resource}
                    onChange={(_, d) => update(i, { resource: d.value })}
                  />
                </Field>
                <Button
                  className={styles.remove}
                  size="small"
                  appearance="subtle"
                  aria-label={`Remove ${title}`}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  Remove
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <Button size="small" onClick={() => onChange([...rows, emptyScenario()])}>
        Add scenario
      </Button>
    </>
  );
}
