/**
 * Generate: the one-click pre-S&OP pack with a progress bar by step and Cancel, each analysis step
 * on its own, and the pack opened as a new workbook. Outcomes and errors go up to the app, which
 * shows them in the results panel.
 */
import * as React from "react";
import { Button, Caption1, Field, ProgressBar, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisStep } from "../../engine/analyze";
import type { Settings } from "../../engine/settings";
import type { GenerateOutcome, PackHost, Progress } from "../../hosts/packHost";
import { isAbort } from "../errorAdvice";
import { ANALYSIS_STEPS, progressLabel } from "../steps";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  primaryRow: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  steps: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface GeneratePanelProps {
  host: PackHost;
  settings: Settings;
  onOutcome: (outcome: GenerateOutcome, steps: AnalysisStep[] | undefined) => void;
  /** null clears the previous error when a new run starts. */
  onError: (error: unknown, action: string) => void;
}

export function GeneratePanel({ host, settings, onOutcome, onError }: GeneratePanelProps) {
  const styles = useStyles();
  const [running, setRunning] = React.useState<string | null>(null);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [status, setStatus] = React.useState<string | null>(null);
  const controller = React.useRef<AbortController | null>(null);

  const generate = async (steps: AnalysisStep[] | undefined, label: string) => {
    const abort = new AbortController();
    controller.current = abort;
    setRunning(label);
    setStatus(null);
    setProgress({ step: "read", fraction: 0, message: "Starting" });
    onError(null, label);
    try {
      const outcome = await host.generate(settings, {
        steps,
        signal: abort.signal,
        onProgress: (p) => {
          if (!abort.signal.aborted) setProgress(p);
        },
      });
      if (abort.signal.aborted) {
        // The host finished before it saw the signal; the pack is written, so show it anyway.
        setStatus("The pack was already written when Cancel was pressed.");
      } else {
        setStatus(`Done: ${outcome.sheetsWritten.length} sheet${outcome.sheetsWritten.length === 1 ? "" : "s"} written.`);
      }
      onOutcome(outcome, steps);
    } catch (e) {
      if (abort.signal.aborted || isAbort(e)) setStatus("Cancelled. Nothing was written; the workbook is as it was.");
      else onError(e, label);
    } finally {
      controller.current = null;
      setRunning(null);
      setProgress(null);
    }
  };

  const openAsWorkbook = async () => {
    setRunning("Open pack as a new workbook");
    setStatus(null);
    onError(null, "Open pack as a new workbook");
    try {
      await host.openPackAsNewWorkbook(settings);
      setStatus("The pack opened as a new workbook.");
    } catch (e) {
      onError(e, "Opening the pack as a new workbook");
    } finally {
      setRunning(null);
    }
  };

  const busy = running !== null;
  const label = progress ? progressLabel(progress) : "";
  const percent = progress ? Math.round(progress.fraction * 100) : 0;

  return (
    <section className={styles.root} aria-labelledby="generate-heading">
      <Subtitle2 as="h2" id="generate-heading">
        Pre-S&amp;OP pack
      </Subtitle2>
      <div className={styles.primaryRow}>
        <Button appearance="primary" disabled={busy} onClick={() => generate(undefined, "Generate pre-S&OP pack")}>
          Generate pre-S&amp;OP pack
        </Button>
        {busy && controller.current && <Button onClick={() => controller.current?.abort()}>Cancel</Button>}
      </div>
      {progress && (
        <Field validationMessage={`${label} (${percent}%)`} validationState="none">
          <ProgressBar
            value={progress.fraction}
            max={1}
            aria-label={`${running}: ${label}`}
            aria-valuetext={`${label}, ${percent}%`}
          />
        </Field>
      )}
      {status && <Caption1 role="status">{status}</Caption1>}
      <Subtitle2 as="h3">Run one step</Subtitle2>
      <div className={styles.steps} role="group" aria-label="Run one step">
        {ANALYSIS_STEPS.map(({ step, label: stepLabel }) => (
          <Button key={step} size="small" disabled={busy} onClick={() => generate([step], stepLabel)}>
            {stepLabel}
          </Button>
        ))}
      </div>
      <Button disabled={busy} onClick={openAsWorkbook}>
        Open pack as a new workbook
      </Button>
    </section>
  );
}
