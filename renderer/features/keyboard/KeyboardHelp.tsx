import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { columnMoveShortcut, shortcuts } from './shortcuts';
import { ModalHeader } from '../../components/ModalHeader';

function Keys({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <span className="shortcut-keys">
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
          <kbd>{k}</kbd>
        </span>
      ))}
    </span>
  );
}

/** Every keyboard shortcut, from the same table the deck's handler reads (the help overlay and the settings dialog show it). */
export function ShortcutList() {
  const { t } = useTranslation();
  return (
    <>
      <dl className="shortcut-list">
        {shortcuts.map((s) => (
          <div key={s.action} className="shortcut" data-shortcut={s.action}>
            <dt>
              <Keys keys={s.display} />
            </dt>
            <dd>{t(`shortcuts.action.${s.action}`)}</dd>
          </div>
        ))}
        <div className="shortcut" data-shortcut="moveColumn">
          <dt>
            <span className="shortcut-keys">
              {columnMoveShortcut.display.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' + '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </span>
          </dt>
          <dd>{t('shortcuts.action.moveColumn')}</dd>
        </div>
      </dl>
      <p className="shortcut-hint">{t('shortcuts.hint')}</p>
    </>
  );
}

/** The shortcut sheet as an overlay (`?`, or Help → Keyboard Shortcuts in the app menu). */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="keyboard-help">
      <ModalHeader titleId={titleId} onClose={onClose}>
        {t('shortcuts.title')}
      </ModalHeader>
      <ShortcutList />
    </ModalDialog>
  );
}
