import { Fragment } from 'react';
import { Column } from './Column';
import { columnTitles, columnWidth } from './columnKinds';
import { stackShare, type DeckSlot } from './slots';
import { StackSplit } from './StackSplit';

/** Columns stacked in one slot, as wide as the first, sharing its height; a handle between each two. */
export function StackedSlot({ slot, count }: { slot: DeckSlot; count: number }) {
  const head = slot.columns[0]!;
  return (
    <div className="column-slot" data-column-slot={head.id} style={{ width: columnWidth(head.width) }}>
      {slot.columns.map((column, offset) => (
        <Fragment key={column.id}>
          {offset > 0 && <StackSplit above={slot.columns[offset - 1]!} below={column} belowName={columnTitles[column.kind]} />}
          <Column column={column} index={slot.firstIndex + offset} count={count} stackedShare={stackShare(column)} />
        </Fragment>
      ))}
    </div>
  );
}
