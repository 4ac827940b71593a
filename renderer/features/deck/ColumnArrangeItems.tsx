import { useTranslation } from 'react-i18next';
import type { ColumnView } from '../../../shared/model/column';
import { useAppState } from '../../store';
import { columnController } from './columnRegistry';
import { useColumnArranging } from './useColumnArranging';
import { browserNotifications } from '../notifications/desktopNotifications';

interface ColumnArrangeItemsProps {
  column: ColumnView;
  index: number;
  /** Closes the menu (focus back on its button), then runs. */
  act(run: () => unknown): void;
}

/** The column menu's stacking, reload, mark-read and new-item alert items. */
export function ColumnArrangeItems({ column, index, act }: ColumnArrangeItemsProps) {
  const { t } = useTranslation();
  const reloadColumn = useAppState((s) => s.reloadColumn);
  const markColumnSeen = useAppState((s) => s.markColumnSeen);
  const arrangeColumn = useAppState((s) => s.arrangeColumn);
  const { canStack, stackUnderLeft, unstack } = useColumnArranging(column, index);
  const markRead = () => {
    markColumnSeen(column.id);
    columnController(column.id)?.scrollToTop();
  };
  const toggles = [
    { key: 'notify', label: t('decks.column.notify'), on: column.notify ?? false },
    { key: 'sound', label: t('decks.column.sound'), on: column.sound ?? false },
  ] as const;
  return (
    <>
      <div role="group" aria-label={t('decks.column.alerts')}>
        {toggles.map((toggle) => (
          <button
            key={toggle.key}
            type="button"
            role="menuitemcheckbox"
            aria-checked={toggle.on}
            tabIndex={-1}
            data-column-alert={toggle.key}
            onClick={() => {
              const Notifier = browserNotifications();
              if (toggle.key === 'notify' && !toggle.on && Notifier?.permission === 'default') void Notifier.requestPermission();
              void arrangeColumn(column.id, { [toggle.key]: !toggle.on });
            }}
          >
            <span className="menu-check" aria-hidden="true">
              {toggle.on ? '✓' : ''}
            </span>
            {toggle.label}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t('columns.menu.column')}>
        <button type="button" role="menuitem" tabIndex={-1} onClick={() => act(() => reloadColumn(column.id))}>
          <span className="menu-check" aria-hidden="true" />
          {t('decks.column.reload')}
        </button>
        <button type="button" role="menuitem" tabIndex={-1} onClick={() => act(markRead)}>
          <span className="menu-check" aria-hidden="true" />
          {t('decks.column.markRead')}
        </button>
        {column.stacked ? (
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => act(unstack)}>
            <span className="menu-check" aria-hidden="true" />
            {t('decks.stack.unstack')}
          </button>
        ) : (
          <button type="button" role="menuitem" tabIndex={-1} aria-disabled={!canStack} onClick={() => canStack && act(stackUnderLeft)}>
            <span className="menu-check" aria-hidden="true" />
            {t('decks.stack.under')}
          </button>
        )}
      </div>
    </>
  );
}
