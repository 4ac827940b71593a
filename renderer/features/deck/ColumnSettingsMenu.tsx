import { useTranslation } from 'react-i18next';
import { handleMenuKeyDown } from '../../components/menuKeyboard';
import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ColumnView } from '../../../shared/model/column';
import { useAppState } from '../../store';
import { ColumnArrangeItems } from './ColumnArrangeItems';
import { columnOptions, columnWidth, columnWidths, optionLabels, optionValue } from './columnKinds';

interface ColumnSettingsMenuProps {
  column: ColumnView;
  index: number;
  count: number;
  onClose(refocus: boolean): void;
  /** The menu's accessible name. */
  label: string;
}

/**
 * The column's settings as an ARIA menu: options (checkboxes), width (radios), collapse, move, remove.
 * Arrow keys move between items, Escape closes and returns focus to the button.
 */
export function ColumnSettingsMenu({ column, index, count, onClose, label }: ColumnSettingsMenuProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const updateColumn = useAppState((s) => s.updateColumn);
  const moveColumn = useAppState((s) => s.moveColumn);
  const removeColumn = useAppState((s) => s.removeColumn);
  const width = columnWidth(column.width);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      const root = ref.current;
      if (root && !root.contains(event.target as Node) && !(event.target as Element).closest?.('[data-column-settings-button]')) onClose(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [onClose]);

  const onKeyDown = (event: ReactKeyboardEvent) => handleMenuKeyDown(event, ref.current, onClose);

  const setOption = (option: ReturnType<typeof columnOptions>[number]) =>
    void updateColumn(column.id, { params: { ...column.params, [option]: !optionValue(column.params, option) } });

  const act = (run: () => unknown) => {
    onClose(true);
    void run();
  };

  const options = columnOptions(column.kind);
  return (
    <div ref={ref} className="column-menu" role="menu" aria-label={label} onKeyDown={onKeyDown} data-column-menu={column.id}>
      {options.length > 0 && (
        <div role="group" aria-label={t('columns.menu.options')}>
          {options.map((option) => (
            <button key={option} type="button" role="menuitemcheckbox" aria-checked={optionValue(column.params, option)} tabIndex={-1} onClick={() => setOption(option)}>
              <span className="menu-check" aria-hidden="true">
                {optionValue(column.params, option) ? '✓' : ''}
              </span>
              {optionLabels[option]}
            </button>
          ))}
        </div>
      )}
      <div role="group" aria-label={t('columns.menu.width')}>
        {columnWidths.map((w) => (
          <button
            key={w.width}
            type="button"
            role="menuitemradio"
            aria-checked={width === w.width}
            tabIndex={-1}
            onClick={() => void updateColumn(column.id, { width: w.width })}
          >
            <span className="menu-check" aria-hidden="true">
              {width === w.width ? '●' : ''}
            </span>
            {t(`columns.width.${w.id}`)}
          </button>
        ))}
      </div>
      <ColumnArrangeItems column={column} index={index} act={act} />
      <div role="group" aria-label={t('columns.menu.column')}>
        <button type="button" role="menuitem" tabIndex={-1} onClick={() => act(() => updateColumn(column.id, { collapsed: !column.collapsed }))}>
          <span className="menu-check" aria-hidden="true" />
          {column.collapsed ? t('columns.menu.expand') : t('columns.menu.collapse')}
        </button>
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          aria-disabled={index === 0}
          onClick={() => index > 0 && act(() => moveColumn(column.id, index - 1))}
        >
          <span className="menu-check" aria-hidden="true" />
          {t('columns.menu.moveLeft')}
        </button>
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          aria-disabled={index >= count - 1}
          onClick={() => index < count - 1 && act(() => moveColumn(column.id, index + 1))}
        >
          <span className="menu-check" aria-hidden="true" />
          {t('columns.menu.moveRight')}
        </button>
        <button type="button" role="menuitem" tabIndex={-1} className="danger" onClick={() => act(() => removeColumn(column.id))}>
          <span className="menu-check" aria-hidden="true" />
          {t('columns.menu.remove')}
        </button>
      </div>
    </div>
  );
}
