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
