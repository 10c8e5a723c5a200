/**
 * Settings: the bias limits and window, the statistical baseline's horizon and cut-offs, the
 * utilization warning threshold, the inventory targets, the agenda's materiality and the scenarios. They are
 * saved in the workbook (host.saveSettings), so next month's run in the same file reuses them.
 */
import * as React from "react";
import { Button, Caption1, Field, Input, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Settings } from "../../engine/settings";
import { ErrorBar } from "../ErrorBar";
import { adviseOnError, type ErrorAdvice } from "../errorAdvice";
import { fromForm, toForm, type SettingsErrors, type SettingsForm } from "../settingsForm";
import { ScenariosEditor } from "./ScenariosEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // Fluent's Input has a minimum width; at 320 px it must shrink with its column instead.
  input: { minWidth: 0, width: "100%" },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  save: { flexShrink: 0 },
});

export interface SettingsPanelProps {
  settings: Settings;
  /** Saves the settings in the workbook; rejects when that fails. */
  onSave: (settings: Settings) => Promise<void>;
}

export function SettingsPanel({ settings, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [form, setForm] = React.useState<SettingsForm>(() => toForm(settings));
  const [errors, setErrors] = React.useState<SettingsErrors>({});
  const [saving, setSaving] = React.useState(false);
  const [status, setStatus] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<ErrorAdvice | null>(null);

  // Settings loaded from the workbook after the panel first rendered replace the form.
  React.useEffect(() => setForm(toForm(settings)), [settings]);

  const edit = (patch: Partial<SettingsForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setStatus(null);
  };

  const save = async () => {
    const { settings: next, errors: found } = fromForm(form, settings);
    setErrors(found);
    setFailure(null);
    if (!next) {
      setStatus("Not saved: correct the fields marked in red.");
      return;
    }
    setSaving(true);
    try {
      await onSave(next);
      setStatus("Saved in this workbook.");
    } catch (e) {
      setFailure(adviseOnError(e, "Saving the settings"));
      setStatus(null);
    } finally {
      setSaving(false);
    }
  };

  const numberField = (key: keyof Omit<SettingsForm, "scenarios" | "targets">, label: string, hint: string) => (
    <Field label={label} hint={hint} validationMessage={errors[key]} validationState={errors[key] ? "error" : "none"}>
      <Input
        className={styles.input}
        inputMode="decimal"
        value={form[key]}
        onChange={(_, d) => edit({ [key]: d.value } as Partial<SettingsForm>)}
      />
    </Field>
  );

  return (
    <form
      className={styles.root}
      aria-labelledby="settings-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Subtitle2 as="h2" id="settings-heading">
        Forecast bias
      </Subtitle2>
      {numberField("trackingSignalLimit", "Tracking signal limit", "Flag when |RSFE / MAD| is above this")}
      {numberField("nfmLimit", "NFM limit", "Flag when |Σ(A−F)/(A+F)| is above this")}
      {numberField("window", "Window (periods)", "The most recent periods with actuals")}
      <Subtitle2 as="h2">Statistical baseline</Subtitle2>
      {numberField("horizon", "Horizon (months)", "Plan months when Demand and Supply have none after the last actual")}
      {numberField("seasonalMinMonths", "Months for a seasonal model", "Seasonal models need at least this much history")}
      {numberField("abcAPct", "ABC: A up to (%)", "A while the families ranked above hold less than this share of revenue")}
      {numberField("abcBPct", "ABC: B up to (%)", "B below this share; C the rest")}
      {numberField("xyzX", "XYZ: X up to (CV)", "Coefficient of variation of the last 12 months")}
      {numberField("xyzY", "XYZ: Y up to (CV)", "Z above this")}
      {numberField("adi", "Intermittent from ADI", "Average months between demands")}
      {numberField("cv2", "Erratic from CV²", "Squared coefficient of variation of the demand sizes")}
      <Subtitle2 as="h2">Capacity</Subtitle2>
      {numberField("warningThresholdPct", "Utilization warning (%)", "Warning above this; overload above 100%")}
      <Subtitle2 as="h2">Inventory targets</Subtitle2>
      <Field
        label="Target Inventory the plan holds"
        hint="Recommended: the safety stock each family's service level needs, in the gap table, scenarios and balancing"
      >
        <RadioGroup
          value={form.targets}
          onChange={(_, d) => edit({ targets: d.value === "recommended" ? "recommended" : "given" })}
        >
          <Radio value="given" label="Given (the recommendation beside it)" />
          <Radio value="recommended" label="Recommended" />
        </RadioGroup>
      </Field>
      <Subtitle2 as="h2">Executive agenda</Subtitle2>
      {numberField(
        "materiality",
        "Materiality ($)",
        "Exceptions with less money at stake stay on their sheets, off the agenda; blank = 0.5% of plan revenue",
      )}
      <Subtitle2 as="h2">Scenarios</Subtitle2>
      <Caption1>Changes in %, e.g. 10 for +10% demand. Most Likely (the plan as given) always runs.</Caption1>
      <ScenariosEditor rows={form.scenarios} errors={errors} onChange={(scenarios) => edit({ scenarios })} />
      {failure && <ErrorBar advice={failure} />}
      <div className={styles.actions}>
        <Button className={styles.save} appearance="primary" type="submit" disabled={saving}>
          Save settings
        </Button>
        {status && <Caption1 role="status">{status}</Caption1>}
      </div>
    </form>
  );
}
