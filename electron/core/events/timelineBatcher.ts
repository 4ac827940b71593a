import type { TimelineItem } from '../../../shared/contract/events';
import type { Note } from '../../../shared/model/note';

/**
 * Gathers what the streams deliver and hands it over every few tens of milliseconds, so the
 * renderer gets one message per interval, not one per note, however busy the servers are.
 */
export class TimelineBatcher {
  private notesByColumn = new Map<string, Note[]>();
  private others: TimelineItem[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly flush: (items: TimelineItem[]) => void,
    private readonly intervalMs = 25,
    /** Sees every item other than notes as it is queued. */
    private readonly observe: (item: TimelineItem) => void = () => undefined,
  ) {}

  addNotes(columnId: string, notes: Note[]): void {
    if (notes.length === 0) return;
    const queued = this.notesByColumn.get(columnId);
    if (queued) queued.push(...notes);
    else this.notesByColumn.set(columnId, [...notes]);
    this.schedule();
  }

  add(item: TimelineItem): void {
    this.observe(item);
    this.others.push(item);
    this.schedule();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.emit(), this.intervalMs);
  }

  private emit(): void {
    this.timer = undefined;
    const items: TimelineItem[] = [...this.others];
    for (const [columnId, notes] of this.notesByColumn) items.push({ type: 'notes', columnId, notes });
    this.others = [];
    this.notesByColumn = new Map();
    if (items.length > 0) this.flush(items);
  }
}
