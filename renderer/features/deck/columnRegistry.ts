/** What the keyboard needs from a mounted column's list: its rows, and scrolling them into view. */
export interface ColumnController {
  rowCount(): number;
  scrollToIndex(index: number): void;
  scrollToTop(): void;
}

const controllers = new Map<string, ColumnController>();

/** A column's list registers itself while mounted. Returns the unregister function. */
export function registerColumn(columnId: string, controller: ColumnController): () => void {
  controllers.set(columnId, controller);
  return () => {
    if (controllers.get(columnId) === controller) controllers.delete(columnId);
  };
}

export const columnController = (columnId: string): ColumnController | undefined => controllers.get(columnId);

/** Columns scrolled out of the deck's view (sideways), as their sections last reported. */
const offScreen = new Set<string>();

/** A column's section reports whether it is on screen (see `Column`). */
export function setColumnOnScreen(columnId: string, onScreen: boolean): void {
  if (onScreen) offScreen.delete(columnId);
  else offScreen.add(columnId);
}

/** False only for a mounted column known to be scrolled out of view: its rows may update less often. */
export const isColumnOnScreen = (columnId: string): boolean => !offScreen.has(columnId);
