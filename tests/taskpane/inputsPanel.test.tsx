/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { InputsPanel } from "../../src/taskpane/panels/InputsPanel";
import { resolveSettings, type Settings } from "../../src/engine/settings";
import type { InputSheetStatus } from "../../src/hosts/packHost";
import { FakeHost } from "./fakeHost";

const status = (s: Partial<InputSheetStatus> & Pick<InputSheetStatus, "role">): InputSheetStatus => ({
  sheet: null,
  required: s.role === "demand",
  rows: 0,
  families: 0,
  periods: 0,
  findings: 0,
  ...s,
});

function sampleHost() {
  const host = new FakeHost();
  host.sheets = ["Demand", "Supply", "Cap 2027", "Bill of Resources", "Finance", "Notes"];
  // The sample's Demand: 12 families x 42 periods (24 history + 18 plan) = 504 rows, 1 finding (Kettles "n/a",
  // an error: the row is left out); Supply's duplicate row is an error too. Finance has one warning.
  host.statuses = [
    status({ role: "demand", sheet: "Demand", rows: 504, families: 12, periods: 42, findings: 1, errors: 1 }),
    status({ role: "supply", sheet: "Supply", rows: 217, families: 12, periods: 18, findings: 1, errors: 1 }),
    status({ role: "capacity" }),
    status({ role: "billOfResources", sheet: "Bill of Resources", rows: 30, families: 12 }),
    status({ role: "finance", sheet: "Finance", rows: 216, families: 12, periods: 18, findings: 1, errors: 0 }),
    status({ role: "scenarios" }),
  ];
  return host;
}

function renderPanel(host: FakeHost, settings = resolveSettings()) {
  const changes: Settings[] = [];
  const view = render(<InputsPanel host={host} settings={settings} onSettingsChange={(s) => void changes.push(s)} />);
  return { changes, view };
}

describe("Inputs panel", () => {
  it("lists each input sheet as found or missing, with its rows, families, periods and findings", async () => {
    renderPanel(sampleHost());

    const demand = within(await screen.findByRole("listitem", { name: "Demand sheet" }));
    // A sheet with error findings is not a green "Found": its badge counts the errors.
    expect(demand.getByText("1 error")).toBeTruthy();
    expect(demand.queryByText("Found")).toBeNull();
    // Warnings only: found.
    expect(within(screen.getByRole("listitem", { name: "Finance sheet" })).getByText("Found")).toBeTruthy();
    expect(demand.getByText("Sheet “Demand”: 504 rows · 12 families · 42 periods · 1 finding")).toBeTruthy();

    // A Bill of Resources has no Period column: "0 periods" would only confuse.
    const bill = within(screen.getByRole("listitem", { name: "Bill of Resources sheet" }));
    expect(bill.getByText("Sheet “Bill of Resources”: 30 rows · 12 families · 0 findings")).toBeTruthy();

    const capacity = within(screen.getByRole("listitem", { name: "Capacity sheet" }));
    expect(capacity.getByText("Missing")).toBeTruthy();
    expect(capacity.getByText("Capacity check will be skipped.")).toBeTruthy();
  });

  it("maps a differently named sheet to a role, choosing from the workbook's sheets", async () => {
    const host = sampleHost();
    const { changes } = renderPanel(host, resolveSettings({ sheetNames: { finance: "Finance" } }));

    const capacity = within(await screen.findByRole("listitem", { name: "Capacity sheet" }));
    const select = capacity.getByLabelText("Sheet used for Capacity") as HTMLSelectElement;
    // Every sheet of the workbook is offered, after "Find by name".
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "Find by name",
      "Demand",
      "Supply",
      "Cap 2027",
      "Bill of Resources",
      "Finance",
      "Notes",
    ]);
    fireEvent.change(select, { target: { value: "Cap 2027" } });

    expect(changes).toHaveLength(1);
    expect(changes[0].sheetNames).toEqual({ finance: "Finance", capacity: "Cap 2027" });
  });

  it("going back to Find by name removes the mapping", async () => {
    const { changes } = renderPanel(sampleHost(), resolveSettings({ sheetNames: { capacity: "Cap 2027" } }));
    const select = (await screen.findByLabelText("Sheet used for Capacity")) as HTMLSelectElement;
    expect(select.value).toBe("Cap 2027");
    fireEvent.change(select, { target: { value: "" } });
    expect(changes[0].sheetNames).toEqual({});
  });

  it("inspects the inputs again with the new mapping", async () => {
    const host = sampleHost();
    const { view } = renderPanel(host);
    await waitFor(() => expect(host.inspectCalls).toHaveLength(1));
    const mapped = resolveSettings({ sheetNames: { capacity: "Cap 2027" } });
    view.rerender(<InputsPanel host={host} settings={mapped} onSettingsChange={() => undefined} />);
    await waitFor(() => expect(host.inspectCalls).toHaveLength(2));
    expect(host.inspectCalls[1].sheetNames).toEqual({ capacity: "Cap 2027" });
  });

  it("inserts the sample data, then shows the sheets it added", async () => {
    const host = new FakeHost();
    host.statuses = [status({ role: "demand" })];
    renderPanel(host);
    const demand = within(await screen.findByRole("listitem", { name: "Demand sheet" }));
    expect(demand.getByText("Missing")).toBeTruthy();
    expect(demand.getByText("Required: nothing can run without it.")).toBeTruthy();

    host.insertSampleData = async () => {
      host.insertSampleCalls++;
      host.statuses = sampleHost().statuses;
    };
    fireEvent.click(screen.getByRole("button", { name: "Insert sample data" }));

    await screen.findByText("Sample input sheets inserted.");
    expect(host.insertSampleCalls).toBe(1);
    // The sample's Demand is there now, with its planted error (the Kettles "n/a" row).
    await waitFor(() => expect(within(screen.getByRole("listitem", { name: "Demand sheet" })).getByText("1 error")).toBeTruthy());
  });

  it("creates the input template", async () => {
    const host = sampleHost();
    renderPanel(host);
    fireEvent.click(await screen.findByRole("button", { name: "Create input template" }));
    await screen.findByText("Empty input sheets created: fill them in, then generate.");
    expect(host.templateCalls).toBe(1);
  });

  it("shows a failure in a message bar instead of crashing", async () => {
    const host = sampleHost();
    host.createInputTemplate = async () => {
      throw new Error("The workbook is protected.");
    };
    renderPanel(host);
    fireEvent.click(await screen.findByRole("button", { name: "Create input template" }));
    const bar = await screen.findByRole("alert");
    expect(within(bar).getByText("The workbook is protected.")).toBeTruthy();
    expect(within(bar).getByText(/Unprotect the workbook/)).toBeTruthy();
  });
});
