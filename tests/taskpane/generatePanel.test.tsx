/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { GeneratePanel } from "../../src/taskpane/panels/GeneratePanel";
import { resolveSettings } from "../../src/engine/settings";
import type { GenerateOutcome } from "../../src/hosts/packHost";
import { FakeHost, emptySummary, outcomeOf } from "./fakeHost";

function setup(host = new FakeHost()) {
  const settings = resolveSettings({ trackingSignalLimit: 5 });
  const outcomes: GenerateOutcome[] = [];
  const errors: unknown[] = [];
  render(
    <GeneratePanel
      host={host}
      settings={settings}
      onOutcome={(o) => outcomes.push(o)}
      onError={(e) => {
        if (e !== null) errors.push(e);
      }}
    />,
  );
  return { host, settings, outcomes, errors };
}

describe("Generate panel", () => {
  it("generates the whole pack with the current settings when the primary button is clicked", async () => {
    const host = new FakeHost();
    host.outcome = outcomeOf(emptySummary(), ["S&OP Summary", "Data Quality", "Demand Review"]);
    const { settings, outcomes } = setup(host);

    fireEvent.click(screen.getByRole("button", { name: "Generate pre-S&OP pack" }));

    await screen.findByText("Done: 3 sheets written.");
    expect(host.generateCalls).toHaveLength(1);
    expect(host.generateCalls[0].settings).toEqual(settings);
    // The whole pack: no step restriction.
    expect(host.generateCalls[0].steps).toBeUndefined();
    expect(outcomes).toHaveLength(1);
  });

  it("shows a progress bar naming the step the host reports, and hides it when the run ends", async () => {
    const host = new FakeHost();
    host.hold = true;
    setup(host);

    fireEvent.click(screen.getByRole("button", { name: "Generate pre-S&OP pack" }));
    await waitFor(() => expect(host.held).not.toBeNull());
    act(() => host.held!.call.onProgress!({ step: "capacity", fraction: 0.5, message: "capacity" }));

    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.5");
    expect(screen.getByText("Checking capacity (50%)")).toBeTruthy();
    // While a run is going the buttons that would start another are disabled.
    expect((screen.getByRole("button", { name: "Generate pre-S&OP pack" }) as HTMLButtonElement).disabled).toBe(true);

    await act(async () => host.held!.resolve(outcomeOf(emptySummary(), ["Data Quality"])));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText("Done: 1 sheet written.")).toBeTruthy();
  });

  it("Cancel aborts the run through its AbortSignal and says the workbook is unchanged", async () => {
    const host = new FakeHost();
    host.hold = true;
    const { outcomes, errors } = setup(host);

    fireEvent.click(screen.getByRole("button", { name: "Generate pre-S&OP pack" }));
    const cancel = await screen.findByRole("button", { name: "Cancel" });
    const signal = host.held!.call.signal!;
    expect(signal.aborted).toBe(false);

    fireEvent.click(cancel);

    expect(signal.aborted).toBe(true);
    await screen.findByText("Cancelled. Nothing was written; the workbook is as it was.");
    expect(outcomes).toHaveLength(0);
    // A cancel is the planner's choice, not an error to report.
    expect(errors).toHaveLength(0);
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
  });

  it.each([
    ["Data quality", "dataQuality"],
    ["Demand review", "demandReview"],
    ["Capacity check", "capacity"],
    ["Reconciliation", "reconciliation"],
    ["Scenarios", "scenarios"],
  ])("the %s button runs that step on its own", async (label, step) => {
    const host = new FakeHost();
    setup(host);

    fireEvent.click(screen.getByRole("button", { name: label }));

    await waitFor(() => expect(host.generateCalls).toHaveLength(1));
    expect(host.generateCalls[0].steps).toEqual([step]);
  });

  it("passes a failed run up with its message", async () => {
    const host = new FakeHost();
    host.failWith = new Error("Demand sheet not found");
    const { errors } = setup(host);

    fireEvent.click(screen.getByRole("button", { name: "Generate pre-S&OP pack" }));

    await waitFor(() => expect(errors).toHaveLength(1));
    expect((errors[0] as Error).message).toBe("Demand sheet not found");
  });

  it("opens the pack as a new workbook with the current settings", async () => {
    const host = new FakeHost();
    setup(host);

    fireEvent.click(screen.getByRole("button", { name: "Open pack as a new workbook" }));

    await screen.findByText("The pack opened as a new workbook.");
    expect(host.openAsWorkbookCalls).toBe(1);
  });
});
