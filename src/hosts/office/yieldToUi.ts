/**
 * Lets the task pane repaint (and see a Cancel click) between the steps of a run: reading, sending the
 * grids to the pack worker in row blocks, writing sheet by sheet.
 *
 * A macrotask, not a microtask, is what gives the browser a turn to render and to run click handlers.
 * A MessageChannel message rather than setTimeout(0): browsers clamp nested timeouts to 4 ms and hold
 * the timers of a hidden page to one a second, and a run from the ribbon goes on with the pane hidden
 * (a run yields dozens of times at 2,000 families). requestAnimationFrame does not fire while hidden.
 */
export function yieldToUi(): Promise<void> {
  if (typeof MessageChannel !== "function") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
