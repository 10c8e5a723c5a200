/**
 * Starts the task pane: inside Excel it renders the app over the Office host; anywhere else (a plain
 * browser, office.js not reachable, Office.onReady reporting another or no host) it renders the page
 * that explains how to load the add-in. Globals are passed in so the choice is tested without Office.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { PackHost } from "../hosts/packHost";
import { App } from "./App";
import { OutsideOffice } from "./OutsideOffice";

/** The parts of the Office.js globals this decision needs. */
export interface OfficeGlobals {
  office: { onReady: (callback?: (info: { host: unknown }) => void) => unknown } | undefined;
  /** Creates the PackHost once we know we are in Excel (the Office host over Excel.run). */
  createHost: () => PackHost;
}

/** office.js normally answers within a second; a page it never answers should still say something. */
const READY_TIMEOUT_MS = 10_000;

export function startTaskPane(container: HTMLElement, globals: OfficeGlobals): void {
  const root = createRoot(container);
  const { office } = globals;
  if (!office || typeof office.onReady !== "function") {
    root.render(<OutsideOffice reason="office.js could not be loaded" />);
    return;
  }
  let decided = false;
  const decide = (node: React.ReactNode) => {
    if (decided) return;
    decided = true;
    root.render(node);
  };
  const timer = setTimeout(() => decide(<OutsideOffice reason="Office did not answer" />), READY_TIMEOUT_MS);
  try {
    office.onReady((info) => {
      clearTimeout(timer);
      if (info?.host === "Excel") {
        try {
          decide(<App host={globals.createHost()} />);
        } catch (e) {
          decide(<OutsideOffice reason={`the Excel host could not start: ${e instanceof Error ? e.message : String(e)}`} />);
        }
      } else {
        decide(
          <OutsideOffice
            reason={info?.host ? `opened in ${String(info.host)}, not Excel` : "not opened in an Office application"}
          />,
        );
      }
    });
  } catch {
    clearTimeout(timer);
    decide(<OutsideOffice reason="office.js could not start" />);
  }
}
