/** An error in a Fluent message bar: what failed, the host's message (naming sheet and cell), and what to do. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ErrorAdvice } from "./errorAdvice";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

export function ErrorBar({ advice }: { advice: ErrorAdvice }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{advice.title}</MessageBarTitle>
        <span>{advice.message}</span>
        <span>
          <strong>What to do: </strong>
          {advice.whatToDo}
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
