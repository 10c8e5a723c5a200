/**
 * The task pane's entry: renders the app over the Office host inside Excel, or the page that explains
 * how to load the add-in anywhere else (a plain browser, office.js not reachable).
 */
import { createOfficeHost } from "../hosts/office";
import { startTaskPane } from "./start";

const container = document.getElementById("container");
if (container) {
  startTaskPane(container, {
    office: typeof Office === "undefined" ? undefined : Office,
    createHost: () => createOfficeHost((batch) => Excel.run(batch)),
  });
}
