import { useId } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { columnMoveShortcut, shortcuts } from './shortcuts';

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="shortcut-keys">
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && <span className="shortcut-or"> or </span>}
          <kbd>{k}</kbd>
        </span>
      ))}
    </span>
  );
}

/** Every keyboard shortcut, from the same table the deck's handler reads. */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="keyboard-help">
      <header className="modal-header">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" title="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <dl className="shortcut-list">
        {shortcuts.map((s) => (
          <div key={s.action} className="shortcut" data-shortcut={s.action}>
            <dt>
              <Keys keys={s.display} />
            </dt>
            <dd>{s.description}</dd>
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
          <dd>{columnMoveShortcut.description}</dd>
        </div>
      </dl>
      <p className="shortcut-hint">Shortcuts are off while you type in a field.</p>
    </ModalDialog>
  );
}
