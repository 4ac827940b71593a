/** What `coldStartWatch` records, on `window.__coldStart`. */
export interface ColdStartTimes {
  /** Page clock (ms after navigation start) of the first frame that showed a note. */
  firstNoteAt?: number;
  /** …and of the first that showed one in every column the window shows (at least one, and all `expected` on the deck). */
  filledAt?: number;
}

/**
 * A script for `page.addInitScript`, run in the page before its own scripts: it looks at every
 * animation frame (what the screen is about to show) for the first note, then for a note in every
 * visible column. Recorded in the page itself, so Playwright's own delay in noticing (hundreds of
 * ms on a busy machine) is not counted. A string, not a function: tsx would wrap the function's
 * inner functions in a `__name` helper the page does not have.
 */
export const coldStartWatch = (expected: number): string => `(() => {
  if (location.protocol === 'about:') return;
  const expected = ${JSON.stringify(expected)};
  const times = {};
  window.__coldStart = times;
  const filled = () => {
    const columns = [...document.querySelectorAll('[data-column-id]')];
    if (columns.length < expected) return false;
    const visible = columns.filter((column) => {
      const box = column.getBoundingClientRect();
      return box.width > 0 && box.right > 0 && box.left < window.innerWidth;
    });
    return visible.length > 0 && visible.every((column) => column.querySelector('article[data-note-id]') !== null);
  };
  const frame = (now) => {
    if (times.firstNoteAt === undefined && document.querySelector('article[data-note-id]') !== null) times.firstNoteAt = now;
    if (times.firstNoteAt !== undefined && filled()) times.filledAt = now;
    if (times.filledAt === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;
