/**
 * The task pane: Inputs, Settings and Pack (generate + results) on three tabs. Everything it does
 * to the workbook goes through the PackHost it is given, so it renders and is tested without Office.
 */
import * as React from "react";
import { FluentProvider, Spinner, Tab, TabList, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { AnalysisStep } from "../engine/analyze";
import { resolveSettings, type Settings } from "../engine/settings";
import type { GenerateOutcome, PackHost } from "../hosts/packHost";
import { ErrorBar } from "./ErrorBar";
import { COMMAND_ERROR_EVENT, takePendingCommandError } from "../commands/commandEvents";
import { adviseOnError, type ErrorAdvice } from "./errorAdvice";
import { GeneratePanel } from "./panels/GeneratePanel";
import { InputsPanel } from "./panels/InputsPanel";
import { ResultsPanel } from "./panels/ResultsPanel";
import { SettingsPanel } from "./panels/SettingsPanel";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    // Headings are spaced by the panels' row gaps; the browser's default margins would double it.
    "& h1, & h2, & h3": { margin: 0 },
  },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
});

type TabName = "inputs" | "settings" | "pack";

export interface AppProps {
  host: PackHost;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = React.useState<Settings | null>(null);
  const [loadError, setLoadError] = React.useState<ErrorAdvice | null>(null);
  const [tab, setTab] = React.useState<TabName>("pack");
  const [outcome, setOutcome] = React.useState<GenerateOutcome | null>(null);
  const [runError, setRunError] = React.useState<{ error: unknown; action: string } | null>(null);

  React.useEffect(() => {
    let live = true;
    host
      .loadSettings()
      .then((saved) => live && setSettings(resolveSettings(saved)))
      .catch((e) => {
        if (!live) return;
        // Unreadable saved settings must not block the run: fall back to the defaults and say so.
        setSettings(resolveSettings());
        setLoadError({
          ...adviseOnError(e, "Loading saved settings"),
          whatToDo: "The default settings are used; save them again on the Settings tab.",
        });
      });
    return () => {
      live = false;
    };
  }, [host]);

  // The ribbon's "Generate pre-S&OP pack" runs without the task pane; when the input cannot be used it
  // opens the pane and sends its message here (same shared runtime), to be shown like any run error.
  React.useEffect(() => {
    const show = (message: string) => {
      setTab("pack");
      setRunError({ error: new Error(message), action: "Generating the pack from the ribbon" });
    };
    const onCommandError = (e?: Event) => {
      const detail = (e as CustomEvent | undefined)?.detail;
      const message = takePendingCommandError() ?? (detail === undefined ? null : String(detail));
      if (message !== null) show(message);
    };
    // A failure from before the pane mounted (the failure is what opened it) is shown now.
    onCommandError();
    window.addEventListener(COMMAND_ERROR_EVENT, onCommandError);
    return () => window.removeEventListener(COMMAND_ERROR_EVENT, onCommandError);
  }, []);

  const saveSettings = async (next: Settings) => {
    setSettings(next);
    await host.saveSettings(next);
  };

  const onOutcome = (o: GenerateOutcome, _steps: AnalysisStep[] | undefined) => {
    setOutcome(o);
    setRunError(null);
  };
  const onError = (error: unknown, action: string) => setRunError(error === null ? null : { error, action });

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">S&amp;OP Prep</Title3>
        {loadError && <ErrorBar advice={loadError} />}
        {settings === null ? (
          <Spinner label="Loading settings…" />
        ) : (
          <>
            <TabList
              selectedValue={tab}
              onTabSelect={(_, d) => setTab(d.value as TabName)}
              size="small"
              aria-label="Task pane sections"
            >
              <Tab value="inputs">Inputs</Tab>
              <Tab value="settings">Settings</Tab>
              <Tab value="pack">Pack</Tab>
            </TabList>
            <div role="tabpanel" aria-label={tab} className={styles.panel}>
              {tab === "inputs" && <InputsPanel host={host} settings={settings} onSettingsChange={saveSettings} />}
              {tab === "settings" && <SettingsPanel settings={settings} onSave={saveSettings} />}
              {tab === "pack" && (
                <>
                  <GeneratePanel host={host} settings={settings} onOutcome={onOutcome} onError={onError} />
                  <ResultsPanel host={host} outcome={outcome} error={runError} />
                </>
              )}
            </div>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
