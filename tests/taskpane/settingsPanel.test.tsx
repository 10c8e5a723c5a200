/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { SettingsPanel } from "../../src/taskpane/panels/SettingsPanel";
import { App } from "../../src/taskpane/App";
import { resolveSettings, type Settings } from "../../src/engine/settings";
import { FakeHost } from "./fakeHost";

function renderPanel(settings: Settings) {
  const saved: Settings[] = [];
  render(
    <SettingsPanel
      settings={settings}
      onSave={async (s) => {
        saved.push(s);
      }}
    />,
  );
  return saved;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

describe("Settings panel", () => {
  it("switches the inventory targets between given and recommended", async () => {
    const saved = renderPanel(resolveSettings());
    const given = screen.getByRole("radio", { name: "Given (the recommendation beside it)" }) as HTMLInputElement;
    const recommended = screen.getByRole("radio", { name: "Recommended" }) as HTMLInputElement;
    expect(given.checked).toBe(true);
    fireEvent.click(recommended);
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Saved in this workbook.");
    expect(saved[0].targets).toBe("recommended");
  });

  it("shows the settings with percentages as a planner writes them", () => {
    renderPanel(resolveSettings({ scenarios: [{ name: "Paint Shop Upgrade", capacityChange: 0.15, resource: "Paint Shop" }] }));
    expect(field("Tracking signal limit").value).toBe("4");
    expect(field("NFM limit").value).toBe("2");
    expect(field("Window (periods)").value).toBe("12");
    // 0.9 is shown as 90 (%), 0.15 as 15 (%).
    expect(field("Utilization warning (%)").value).toBe("90");
    expect(field("Paint Shop Upgrade Capacity %").value).toBe("15");
  });

  it("saves edited limits and a new scenario as fractions", async () => {
    const saved = renderPanel(resolveSettings({ sheetNames: { demand: "Forecast 2026" } }));

    type(field("Tracking signal limit"), "6");
    type(field("Utilization warning (%)"), "85%");
    fireEvent.click(screen.getByRole("button", { name: "Add scenario" }));
    const row = within(screen.getByRole("group", { name: "Scenario 1" }));
    type(row.getByLabelText("Name"), "Price cut");
    type(field("Price cut Price %"), "-5");
    type(field("Price cut Demand %"), "8");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));

    await screen.findByText("Saved in this workbook.");
    expect(saved).toHaveLength(1);
    expect(saved[0].trackingSignalLimit).toBe(6);
    // 85% -> 0.85; -5% -> -0.05; 8% -> 0.08.
    expect(saved[0].warningThreshold).toBeCloseTo(0.85, 10);
    expect(saved[0].scenarios).toHaveLength(1);
    expect(saved[0].scenarios[0].name).toBe("Price cut");
    expect(saved[0].scenarios[0].priceChange).toBeCloseTo(-0.05, 10);
    expect(saved[0].scenarios[0].demandChange).toBeCloseTo(0.08, 10);
    expect(saved[0].scenarios[0].capacityChange).toBeUndefined();
    // The sheet mapping made on the Inputs tab is kept.
    expect(saved[0].sheetNames).toEqual({ demand: "Forecast 2026" });
  });

  it("shows and saves the statistical baseline's horizon and cut-offs", async () => {
    const saved = renderPanel(resolveSettings());
    // SPEC defaults: 18 months, A below 80%, B below 95%, X up to 0.5, Y up to 1, ADI 1.32, CV² 0.49, 24 months.
    expect(field("Horizon (months)").value).toBe("18");
    expect(field("ABC: A up to (%)").value).toBe("80");
    expect(field("ABC: B up to (%)").value).toBe("95");
    expect(field("XYZ: X up to (CV)").value).toBe("0.5");
    expect(field("Intermittent from ADI").value).toBe("1.32");
    expect(field("Months for a seasonal model").value).toBe("24");
    type(field("Horizon (months)"), "12");
    type(field("ABC: A up to (%)"), "70");
    type(field("Erratic from CV²"), "0.5");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Saved in this workbook.");
    expect(saved[0].horizon).toBe(12);
    expect(saved[0].baseline).toMatchObject({ abcA: 0.7, abcB: 0.95, cv2: 0.5, seasonalMinMonths: 24 });
  });

  it("refuses a B share below A's and a seasonal minimum under two years", async () => {
    const saved = renderPanel(resolveSettings());
    type(field("ABC: B up to (%)"), "60");
    type(field("Months for a seasonal model"), "12");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Not saved: correct the fields marked in red.");
    expect(screen.getByText("B's share must be at least A's.")).toBeTruthy();
    expect(screen.getByText("Enter a whole number of months, 24 or more.")).toBeTruthy();
    expect(saved).toHaveLength(0);
  });

  it("refuses bad numbers with a message next to the field and saves nothing", async () => {
    const saved = renderPanel(resolveSettings());

    type(field("Tracking signal limit"), "four");
    type(field("Window (periods)"), "2.5");
    type(field("Utilization warning (%)"), "120");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));

    await screen.findByText("Not saved: correct the fields marked in red.");
    expect(screen.getByText("Enter a number above 0, for example 4.")).toBeTruthy();
    expect(screen.getByText("Enter a whole number of periods, 2 or more (for example 12).")).toBeTruthy();
    expect(screen.getByText("Enter a percentage above 0 and at most 100, for example 90.")).toBeTruthy();
    expect(saved).toHaveLength(0);
  });

  it("refuses a scenario without a name, a duplicate name, and a change of -100% or less", async () => {
    const saved = renderPanel(resolveSettings({ scenarios: [{ name: "Optimistic", demandChange: 0.1 }] }));

    fireEvent.click(screen.getByRole("button", { name: "Add scenario" }));
    fireEvent.click(screen.getByRole("button", { name: "Add scenario" }));
    const second = within(screen.getByRole("group", { name: "Scenario 2" }));
    type(second.getByLabelText("Name"), "optimistic");
    type(field("Optimistic Demand %"), "-100");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));

    await screen.findByText("There is already a scenario named optimistic.");
    expect(screen.getByText("Give the scenario a name.")).toBeTruthy();
    expect(screen.getByText("Enter a percentage above −100, for example 10 or −10.")).toBeTruthy();
    expect(saved).toHaveLength(0);
  });

  it("saves a materiality in money, and leaves it out when the field is blank (the default, 0.5% of plan revenue)", async () => {
    const saved = renderPanel(resolveSettings());
    expect(field("Materiality ($)").value).toBe("");
    type(field("Materiality ($)"), "$250,000");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].materiality).toBe(250000);
  });

  it("shows a saved materiality, and clearing the field goes back to the default", async () => {
    const saved = renderPanel(resolveSettings({ materiality: 120000 }));
    expect(field("Materiality ($)").value).toBe("120000");
    type(field("Materiality ($)"), " ");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect("materiality" in saved[0]).toBe(false);
  });

  it("refuses a materiality that is not an amount of 0 or more", async () => {
    const saved = renderPanel(resolveSettings());
    type(field("Materiality ($)"), "-5");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Enter an amount of 0 or more, for example 250000, or leave it blank for 0.5% of plan revenue.");
    type(field("Materiality ($)"), "1,5");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Not saved: correct the fields marked in red.");
    expect(saved).toHaveLength(0);
  });

  it("removes a scenario", async () => {
    const saved = renderPanel(resolveSettings({ scenarios: [{ name: "A" }, { name: "B" }] }));
    fireEvent.click(screen.getByRole("button", { name: "Remove A" }));
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].scenarios.map((s) => s.name)).toEqual(["B"]);
  });
});

describe("Settings in the app", () => {
  it("loads the settings saved in the workbook at start and saves changes through the host", async () => {
    const host = new FakeHost();
    host.saved = { trackingSignalLimit: 3.5, window: 6 };
    render(<App host={host} />);

    fireEvent.click(await screen.findByRole("tab", { name: "Settings" }));
    expect(field("Tracking signal limit").value).toBe("3.5");
    expect(field("Window (periods)").value).toBe("6");

    type(field("NFM limit"), "3");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));

    await screen.findByText("Saved in this workbook.");
    expect(host.savedSettings).toHaveLength(1);
    expect(host.savedSettings[0]).toMatchObject({ trackingSignalLimit: 3.5, window: 6, nfmLimit: 3 });

    // The next run uses the saved settings.
    fireEvent.click(screen.getByRole("tab", { name: "Pack" }));
    fireEvent.click(screen.getByRole("button", { name: "Generate pre-S&OP pack" }));
    await waitFor(() => expect(host.generateCalls).toHaveLength(1));
    expect(host.generateCalls[0].settings.nfmLimit).toBe(3);
  });
});
