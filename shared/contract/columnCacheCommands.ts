import { z } from 'zod';
import type { CachedColumnView } from '../model/columnCache';

const returns = <T>(): T => undefined as T;
const id = z.string().min(1).max(64);

/** The column cache: what a column showed last time, and where its reader was. */
export const columnCacheCommands = {
  /**
   * What the column showed when the app last ran (and what has arrived since), for the first paint
   * after a start; null otherwise (a column new this run, a page reloaded): then load it.
   */
  'timeline.cached': {
    input: z.object({ columnId: id }).strict(),
    output: returns<CachedColumnView | null>(),
  },
  /**
   * `timeline.cached` of every column on the shown deck whose account can be used, in one answer,
   * for the first paint after a start; columns with nothing cached are left out (load them then).
   */
  'timeline.startViews': {
    input: z.object({}).strict(),
    output: returns<Record<string, CachedColumnView>>(),
  },
  'deck.setReadingPosition': {
    input: z
      .object({
        columnId: id,
        position: z.object({ heldKey: id, anchorKey: id, above: z.number().finite().min(-100_000).max(10_000_000) }).strict().nullable(),
      })
      .strict(),
    output: returns<null>(),
  },
} as const;
