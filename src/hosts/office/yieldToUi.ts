/**
 * Lets the task pane repaint (and see a Cancel click) between the long steps of a run.
 *
 * The analyses and the pack description are built synchronously in the task pane's own thread; a
 * progress message set just before them would not paint until they finish. A macrotask (setTimeout 0),
 * not a microtask, is what gives the browser a turn to render and to run click handlers.
 * requestAnimationFrame is not used: it does not fire while the pane is hidden (ribbon runs).
 */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
