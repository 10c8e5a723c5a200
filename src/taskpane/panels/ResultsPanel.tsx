/**
 * Results: the exceptions that need a decision, each a link to the sheet that explains it, and the
 * data-quality findings, each a link to its cell. Errors of the last run come first, with what to do.
 */
import * as React from "react";
import { Caption1, Link, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../engine/model";
import type { GenerateOutcome, PackHost } from "../../hosts/packHost";
import { SheetNames } from "../../report/sheetNames";
import type { BaselineCounts } from "../../report/sheets/baselineSummaryLines";
import { ErrorBar } from "../ErrorBar";
import { adviseOnError, type ErrorAdvice } from "../errorAdvice";
import { countExceptions } from "../exceptionCounts";
import { FindingsList } from "../FindingsList";
import { moneyAmount, plural, signedMoney } from "../format";
import { stackedList } from "../listStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: stackedList(tokens.spacingVerticalS),
  item: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke2}`,
  },
  alert: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  ok: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  detail: { overflowWrap: "anywhere" },
});

export interface ResultsPanelProps {
  host: PackHost;
  outcome: GenerateOutcome | null;
  /** The last run's error with the action that failed, or null. */
  error: { error: unknown; action: string } | null;
}

/** How many exceptions the pane lists with their decision (the summary sheet lists them all). */
const DECISIONS_SHOWN = 8;

interface ExceptionLine {
  key: string;
  /** The generated sheet that explains it (its fixed name; sheetNameMap gives the name written). */
  sheet: string;
  /** What the line is about, said when this run did not write its sheet. */
  topic: string;
  text: string;
  detail: string;
  alert: boolean;
}

/**
 * The statistical baseline's line: the families' patterns and ABC classes, and how many plan months
 * lie outside its 95% interval (or that it is the demand plan), as the summary sheet says it.
 */
function baselineLines(c: BaselineCounts | undefined): ExceptionLine[] {
  if (!c || c.families === 0) return [];
  const patterns = c.patterns.map((p) => `${p.pattern} ${p.count}`).join(", ");
  return [
    {
      key: "baseline",
      sheet: SheetNames.baselineForecast,
      topic: "Statistical baseline",
      text: c.planIsBaseline
        ? "The statistical baseline is the demand plan"
        : `${plural(c.outsideMonths, "plan month")} outside the baseline's 95% interval`,
      detail:
        `${plural(c.families, "family", "families")}: ${patterns}; ABC ${c.abc.A} / ${c.abc.B} / ${c.abc.C}` +
        (c.outsideMonths > 0 ? `; ${plural(c.outsideFamilies, "family", "families")} to explain` : "") +
        (c.fallbackFamilies > 0 ? `; the baseline fills the plan of ${plural(c.fallbackFamilies, "family", "families")}` : ""),
      alert: c.outsideMonths > 0,
    },
  ];
}

export function ResultsPanel({ host, outcome, error }: ResultsPanelProps) {
  const styles = useStyles();
  const [selectError, setSelectError] = React.useState<ErrorAdvice | null>(null);

  const select = async (sheet: string, cell?: string) => {
    setSelectError(null);
    try {
      await host.select(sheet, cell);
    } catch (e) {
      setSelectError(adviseOnError(e, cell ? `Going to ${sheet}!${cell}` : `Opening ${sheet}`));
    }
  };
  const selectFinding = (f: Finding) => select(f.sheet, f.cell || undefined);

  const advice = error ? adviseOnError(error.error, error.action) : null;

  if (!outcome && !advice) {
    return (
      <section className={styles.root} aria-labelledby="results-heading">
        <Subtitle2 as="h2" id="results-heading">
          Results
        </Subtitle2>
        <Caption1>Generate the pack to see the exceptions that need a decision.</Caption1>
      </section>
    );
  }

  const written = outcome?.sheetNameMap ?? {};
  /** The name a generated sheet was written under, or null when this run did not write it. */
  const realName = (sheet: string): string | null => written[sheet] ?? (outcome?.sheetsWritten.includes(sheet) ? sheet : null);

  const lines: ExceptionLine[] = [];
  if (outcome) {
    const c = countExceptions(outcome.summary);
    const overloads = Object.entries(c.overloadsByResource).map(([r, periods]) => `${r}: ${periods.join(", ")}`);
    lines.push(
      {
        key: "bias",
        sheet: SheetNames.demandReview,
        topic: "Forecast bias",
        text: plural(c.biasedFamilies, "biased family", "biased families"),
        detail: c.biasedForecasts
          .map(
            (b) =>
              `${b.family} (${b.forecast}, ${b.direction === "over" ? "over-forecast" : b.direction === "under" ? "under-forecast" : "biased"})`,
          )
          .join("; "),
        alert: c.biasedFamilies > 0,
      },
      ...baselineLines(outcome.baseline),
      {
        key: "capacity",
        sheet: SheetNames.capacity,
        topic: "Capacity check",
        text: plural(c.overloadedResourceMonths, "overloaded resource-month"),
        detail: overloads.join("; "),
        alert: c.overloadedResourceMonths > 0,
      },
      {
        key: "shortages",
        sheet: SheetNames.gapTable,
        topic: "Gap table",
        text: plural(c.shortages, "shortage"),
        detail: c.shortageFamilies.join(", "),
        alert: c.shortages > 0,
      },
      {
        key: "revenue",
        sheet: SheetNames.financialGap,
        topic: "Financial gap",
        text: `Revenue gap against budget: ${signedMoney(c.revenueGap)}`,
        detail: c.largestShortfall
          ? `Largest shortfall: ${c.largestShortfall.family} ${signedMoney(c.largestShortfall.revenueGap)}`
          : "",
        alert: c.revenueGap < 0,
      },
    );
  }
  const findings = outcome?.findings ?? advice?.findings ?? [];
  const dqSheet = realName(SheetNames.dataQuality);
  const decisions = (outcome?.exceptions ?? []).slice(0, DECISIONS_SHOWN);
  const moreDecisions = (outcome?.exceptions?.length ?? 0) - decisions.length;

  return (
    <section className={styles.root} aria-labelledby="results-heading">
      <Subtitle2 as="h2" id="results-heading">
        Results
      </Subtitle2>
      {advice && <ErrorBar advice={advice} />}
      {selectError && <ErrorBar advice={selectError} />}
      {outcome && (
        <ul className={styles.list} aria-label="Exceptions">
          {lines.map((line) => {
            const sheet = realName(line.sheet);
            return (
              <li key={line.key} className={mergeClasses(styles.item, sheet && line.alert ? styles.alert : styles.ok)}>
                {sheet ? (
                  <Link as="button" onClick={() => select(sheet)} aria-label={`${line.text}: open ${sheet}`}>
                    {line.text}
                  </Link>
                ) : (
                  <span>{line.topic}: not in this run</span>
                )}
                {sheet && line.detail && <Caption1 className={styles.detail}>{line.detail}</Caption1>}
              </li>
            );
          })}
        </ul>
      )}
      {decisions.length > 0 && (
        <>
          <Subtitle2 as="h3">Decisions needed (largest money at stake first)</Subtitle2>
          <ol className={styles.list} aria-label="Decisions needed">
            {decisions.map((e, i) => {
              const sheet = realName(e.sheet);
              return (
                <li key={`${e.kind}-${i}`} className={mergeClasses(styles.item, e.unresolved && e.material ? styles.alert : styles.ok)}>
                  {sheet ? (
                    <Link as="button" onClick={() => select(sheet)} aria-label={`${e.title}: open ${sheet}`}>
                      {e.title}
                    </Link>
                  ) : (
                    <span>{e.title}</span>
                  )}
                  <Caption1 className={styles.detail}>
                    {e.impact === null ? "No money at stake" : `Money at stake: ${moneyAmount(e.impact)}`} · {e.owner}
                    {e.unresolved ? (e.material ? " · on the executive agenda" : " · below materiality, not on the agenda") : ""}
                  </Caption1>
                  <Caption1 className={styles.detail}>Decision: {e.decision}</Caption1>
                </li>
              );
            })}
          </ol>
          {moreDecisions > 0 && (
            <Caption1>
              {plural(moreDecisions, "more exception")} on the {SheetNames.summary} sheet.
            </Caption1>
          )}
        </>
      )}
      {(outcome || findings.length > 0) && (
        <>
          <Subtitle2 as="h3">
            {dqSheet ? (
              <Link as="button" onClick={() => select(dqSheet)}>
                {plural(findings.length, "data-quality finding")}
              </Link>
            ) : (
              plural(findings.length, "data-quality finding")
            )}
          </Subtitle2>
          {findings.length > 0 && (
            <FindingsList findings={findings} onSelect={selectFinding} moreNote="The Data Quality sheet lists them all." />
          )}
        </>
      )}
    </section>
  );
}
