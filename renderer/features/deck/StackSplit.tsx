import { useTranslation } from 'react-i18next';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { ColumnView } from '../../../shared/model/column';
import { useAppState } from '../../store';
import { resizedShares, stackShare } from './slots';

/**
 * The handle between two stacked columns: drag it (or ↑/↓ when focused) to share the slot's height
 * differently; the shares are kept when the drag ends.
 */
export function StackSplit({ above, below, belowName }: { above: ColumnView; below: ColumnView; belowName: string }) {
  const { t } = useTranslation();
  const arrangeColumn = useAppState((s) => s.arrangeColumn);
  const drag = useRef<{ startY: number; height: number; shares: [number, number] } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const shares: [number, number] = [stackShare(above), stackShare(below)];

  /** Shows the new shares at once (the sections' flex), kept when `persist`. */
  const apply = ([a, b]: [number, number], persist: boolean) => {
    const previous = ref.current?.previousElementSibling as HTMLElement | null;
    const next = ref.current?.nextElementSibling as HTMLElement | null;
    if (previous) previous.style.flexGrow = String(a);
    if (next) next.style.flexGrow = String(b);
    if (persist) {
      void arrangeColumn(above.id, { stackShare: a });
      void arrangeColumn(below.id, { stackShare: b });
    }
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const previous = ref.current?.previousElementSibling?.getBoundingClientRect();
    const next = ref.current?.nextElementSibling?.getBoundingClientRect();
    if (!previous || !next) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, height: previous.height + next.height, shares };
  };
  const sharesAt = (event: PointerEvent) => {
    const d = drag.current!;
    return resizedShares(d.shares[0], d.shares[1], (event.clientY - d.startY) / d.height);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current) apply(sharesAt(event), false);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!drag.current) return;
    apply(sharesAt(event), true);
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    event.stopPropagation();
    apply(resizedShares(shares[0], shares[1], event.key === 'ArrowUp' ? -0.05 : 0.05), true);
  };

  const percent = Math.round((shares[0] / (shares[0] + shares[1])) * 100);
  return (
    <div
      ref={ref}
      className="stack-split"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('decks.stack.resize', { name: belowName })}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      tabIndex={0}
      data-stack-split={below.id}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}
