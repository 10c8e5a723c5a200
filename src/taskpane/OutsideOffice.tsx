/**
 * Shown when the task pane is opened outside Excel (a plain browser, or office.js could not be
 * reached): what the add-in is and how to load it, instead of a blank page or a script error.
 */
import * as React from "react";
import {
  Body1,
  Caption1,
  FluentProvider,
  Link,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    maxWidth: "40rem",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    "& h1, & h2": { margin: 0 },
  },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface OutsideOfficeProps {
  /** Why we think we are outside Excel, for the curious ("office.js could not be loaded"). */
  reason?: string;
}

export function OutsideOffice({ reason }: OutsideOfficeProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">S&amp;OP Prep</Title3>
        <Body1>
          An Excel add-in that reads the Demand, Supply, Capacity and Finance sheets of your workbook, checks them, and writes the
          pre-S&amp;OP pack back into the workbook in one click: data quality, forecast bias, capacity check, gap table, financial
          gap, scenarios and an executive summary. It works offline; no data leaves the workbook.
        </Body1>
        <Subtitle2 as="h2">This page runs inside Excel</Subtitle2>
        <Body1>It was opened outside Excel, so there is no workbook to work on. To use it:</Body1>
        <ol className={styles.steps}>
          <li>
            <strong>Excel on the web or Windows/Mac:</strong> Home &gt; Add-ins &gt; More Add-ins &gt; My Add-ins &gt; Upload My
            Add-in, and choose the add-in&apos;s <code>manifest.xml</code>.
          </li>
          <li>
            <strong>From the source code:</strong> run <code>npm install</code>, then <code>npm start</code>, which opens Excel
            with the add-in loaded.
          </li>
          <li>
            Open the <strong>S&amp;OP Prep</strong> task pane from the Home tab, then Insert sample data and Generate pre-S&amp;OP
            pack.
          </li>
        </ol>
        <Body1>
          Without Excel, the same pack can be made from an .xlsx file on the command line:{" "}
          <code>npx sop-prep generate input.xlsx -o pack.xlsx</code>.
        </Body1>
        <Caption1>
          See{" "}
          <Link
            href="https://learn.microsoft.com/office/dev/add-ins/testing/sideload-office-add-ins-for-testing"
            target="_blank"
            rel="noreferrer"
          >
            Sideload Office Add-ins for testing
          </Link>{" "}
          for details.{reason ? ` (${reason})` : ""}
        </Caption1>
      </main>
    </FluentProvider>
  );
}
