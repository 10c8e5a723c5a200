/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { OutsideOffice } from "../../src/taskpane/OutsideOffice";
import { FakeHost, outcomeOf } from "./fakeHost";
import { ALL_SHEETS, plantedSummary } from "./summaryFixture";

describe("Task pane app", () => {
  it("generates the pack and shows its exceptions, then a finding selects its cell", async () => {
    const host = new FakeHost();
    host.outcome = outcomeOf(plantedSummary(), ALL_SHEETS);
    render(<App host={host} />);

    fireEvent.click(await screen.findByRole("button", { name: "Generate pre-S&OP pack" }));

    const exceptions = within(await screen.findByRole("list", { name: "Exceptions" }));
    expect(exceptions.getByRole("button", { name: /^1 biased family/ })).toBeTruthy();
    expect(exceptions.getByRole("button", { name: /^3 overloaded resource-months/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^Go to Demand!C14/ }));
    await waitFor(() => expect(host.selectCalls).toEqual([{ sheet: "Demand", cell: "C14" }]));
  });

  it("shows a failed run in a message bar, and clears it when the next run succeeds", async () => {
    const host = new FakeHost();
    host.failWith = new Error("Demand: no sheet named Demand was found.");
    render(<App host={host} />);

    fireEvent.click(await screen.findByRole("button", { name: "Generate pre-S&OP pack" }));
    const bar = await screen.findByRole("alert");
    expect(within(bar).getByText("Demand: no sheet named Demand was found.")).toBeTruthy();

    host.failWith = null;
    host.outcome = outcomeOf(plantedSummary(), ALL_SHEETS);
    fireEvent.click(screen.getByRole("button", { name: "Generate pre-S&OP pack" }));
    await screen.findByRole("list", { name: "Exceptions" });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("falls back to the default settings and says so when the saved ones cannot be read", async () => {
    const host = new FakeHost();
    host.loadSettings = async () => {
      throw new Error("Settings could not be read.");
    };
    render(<App host={host} />);
    const bar = await screen.findByRole("alert");
    expect(within(bar).getByText(/The default settings are used/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Generate pre-S&OP pack" }));
    await waitFor(() => expect(host.generateCalls).toHaveLength(1));
    expect(host.generateCalls[0].settings.trackingSignalLimit).toBe(4);
  });

  // Arrow-key movement between tabs needs a real browser (Tabster): the end-to-end test checks it.
  it("opens on the Pack tab and switches to Inputs", async () => {
    render(<App host={new FakeHost()} />);
    const pack = await screen.findByRole("tab", { name: "Pack" });
    expect(pack.getAttribute("aria-selected")).toBe("true");
    const inputs = screen.getByRole("tab", { name: "Inputs" });
    fireEvent.click(inputs);
    expect(inputs.getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("button", { name: "Insert sample data" })).toBeTruthy();
  });
});

describe("Outside Office", () => {
  it("says what the add-in is and how to load it in Excel", () => {
    render(<OutsideOffice />);
    expect(screen.getByRole("heading", { name: "S&OP Prep" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "This page runs inside Excel" })).toBeTruthy();
    expect(screen.getByText(/Upload My Add-in/)).toBeTruthy();
    expect(screen.getByText("manifest.xml")).toBeTruthy();
  });
});
