/**
 * Inputs: which input sheets the add-in found and what is in them, a way to point a role at a
 * differently named sheet, and a start for a new user (sample data, empty template).
 */
import * as React from "react";
import { Badge, Button, Caption1, Field, Select, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetRole } from "../../engine/model";
import type { Settings } from "../../engine/settings";
import type { InputSheetStatus, PackHost } from "../../hosts/packHost";
import { ErrorBar } from "../ErrorBar";
import { adviseOnError, type ErrorAdvice } from "../errorAdvice";
import { plural } from "../format";
import { stackedList } from "../listStyles";

/** Role -> the sheet name a planner knows it by, and what is skipped without it (SPEC.md "Input workbook"). */
export const ROLES: { role: SheetRole; label: string; withoutIt: string }[] = [
  { role: "demand", label: "Demand", withoutIt: "Required: nothing can run without it." },
  { role: "supply", label: "Supply", withoutIt: "Capacity check and gap table will be skipped." },
  { role: "capacity", label: "Capacity", withoutIt: "Capacity check will be skipped." },
  { role: "billOfResources", label: "Bill of Resources", withoutIt: "Capacity check will be skipped." },
  { role: "finance", label: "Finance", withoutIt: "Financial gap will be skipped." },
  { role: "scenarios", label: "Scenarios", withoutIt: "Default scenarios (+10% / −10% demand) will be used." },
  {
    role: "inventoryPolicy",
    label: "Inventory Policy",
    withoutIt: "Lead time 1 month and the ABC class service levels will be used for safety stock.",
  },
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: stackedList(tokens.spacingVerticalM),
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** "Sheet “Demand”: 503 rows · 12 families · 42 periods · 1 finding", leaving out counts a sheet has no column for. */
function describeSheet(s: InputSheetStatus): string {
  const parts = [plural(s.rows, "row")];
  if (s.families > 0) {
    parts.push(s.role === "capacity" ? plural(s.families, "resource") : plural(s.families, "family", "families"));
  }
  if (s.periods > 0) parts.push(plural(s.periods, "period"));
  parts.push(plural(s.findings, "finding"));
  return `Sheet “${s.sheet}”: ${parts.join(" · ")}`;
}

/** Found (green), Missing, or the sheet's error findings (rows left out) in red: a sheet with errors is
 * not simply "found". */
function SheetBadge({ found, required, errors }: { found: boolean; required: boolean; errors: number }) {
  if (!found)
    return (
      <Badge appearance="tint" color={required ? "danger" : "informative"}>
        Missing
      </Badge>
    );
  if (errors > 0)
    return (
      <Badge appearance="tint" color="danger">
        {plural(errors, "error")}
      </Badge>
    );
  return (
    <Badge appearance="tint" color="success">
      Found
    </Badge>
  );
}

export interface InputsPanelProps {
  host: PackHost;
  settings: Settings;
  /** Called when the planner maps a sheet; the app saves the settings. */
  onSettingsChange: (settings: Settings) => void | Promise<void>;
}

export function InputsPanel({ host, settings, onSettingsChange }: InputsPanelProps) {
  const styles = useStyles();
  const [statuses, setStatuses] = React.useState<InputSheetStatus[] | null>(null);
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<ErrorAdvice | null>(null);
  const [note, setNote] = React.useState<string | null>(null);

  const refresh = React.useCallback(async () => {
    try {
      const [found, names] = await Promise.all([host.inspectInputs(settings), host.listSheets()]);
      setStatuses(found);
      setSheets(names);
    } catch (e) {
      setStatuses([]);
      setError(adviseOnError(e, "Reading the input sheets"));
    }
  }, [host, settings]);

  React.useEffect(() => {
    void refresh();
  }, [refresh]);

  const run = async (label: string, action: () => Promise<void>, done: string) => {
    setBusy(label);
    setError(null);
    setNote(null);
    try {
      await action();
      setNote(done);
      await refresh();
    } catch (e) {
      setError(adviseOnError(e, label));
    } finally {
      setBusy(null);
    }
  };

  const mapSheet = (role: SheetRole, sheet: string) => {
    const sheetNames = { ...settings.sheetNames };
    if (sheet) sheetNames[role] = sheet;
    else delete sheetNames[role];
    Promise.resolve(onSettingsChange({ ...settings, sheetNames })).catch((e) =>
      setError(adviseOnError(e, "Saving the sheet mapping")),
    );
  };

  const statusOf = (role: SheetRole) => statuses?.find((s) => s.role === role);
  const actions = (
    <div className={styles.actions}>
      <Button
        disabled={busy !== null}
        onClick={() => run("Insert sample data", () => host.insertSampleData(), "Sample input sheets inserted.")}
      >
        Insert sample data
      </Button>
      <Button
        disabled={busy !== null}
        onClick={() =>
          run(
            "Create input template",
            () => host.createInputTemplate(),
            "Empty input sheets created: fill them in, then generate.",
          )
        }
      >
        Create input template
      </Button>
    </div>
  );

  return (
    <section className={styles.root} aria-labelledby="inputs-heading">
      <Subtitle2 as="h2" id="inputs-heading">
        Input sheets
      </Subtitle2>
      {error && <ErrorBar advice={error} />}
      {note && <Caption1 role="status">{note}</Caption1>}
      {/* First, so "Insert sample data" is in view without scrolling even at 320 px wide. */}
      {actions}
      {statuses === null ? (
        <Spinner size="tiny" label="Looking for input sheets…" />
      ) : (
        <ul className={styles.list}>
          {ROLES.map(({ role, label, withoutIt }) => {
            const s = statusOf(role);
            const found = !!s?.sheet;
            return (
              <li key={role} className={styles.card} aria-label={`${label} sheet`}>
                <div className={styles.head}>
                  <strong>{label}</strong>
                  <SheetBadge found={found} required={role === "demand"} errors={s?.errors ?? 0} />
                </div>
                {found && s ? <Caption1>{describeSheet(s)}</Caption1> : <Caption1>{withoutIt}</Caption1>}
                <Field label={`Sheet used for ${label}`} size="small">
                  <Select
                    size="small"
                    value={settings.sheetNames[role] ?? ""}
                    onChange={(_, d) => mapSheet(role, d.value)}
                    disabled={busy !== null}
                  >
                    <option value="">Find by name</option>
                    {sheets.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </Select>
                </Field>
              </li>
            );
          })}
        </ul>
      )}
      {busy && <Spinner size="tiny" label={`${busy}…`} />}
    </section>
  );
}
