import { useTranslation } from 'react-i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { ModalHeader } from '../../components/ModalHeader';
import { useAppState } from '../../store';
import { AccountSelect } from '../accounts/AccountSelect';
import { noteActions } from '../notes/state/noteActions';
import { originColumnId } from './openInColumn';

/** Searching notes: the result opens as a search column right of the column the user was last in, for that column's account. */
export function SearchDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const accounts = useAppState((s) => s.accounts);
  const fromColumn = useAppState((s) => s.columns.find((c) => c.id === originColumnId())?.accountId);
  const usable = accounts.filter((a) => !a.needsReauth);
  const [accountId, setAccountId] = useState(() => usable.find((a) => a.id === fromColumn)?.id ?? usable[0]?.id ?? '');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    if (!text) {
      setError(t('openInColumn.searchNeedsText'));
      return;
    }
    onClose();
    void noteActions.openSearchColumn(accountId, text);
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="search-dialog" initialFocus={inputRef}>
      <form onSubmit={submit} role="search">
        <ModalHeader titleId={titleId} onClose={onClose}>
          {t('openInColumn.searchTitle')}
        </ModalHeader>
        <div className="search-dialog-body">
          <label className="field">
            <span>{t('openInColumn.searchFor')}</span>
            <input ref={inputRef} type="search" value={query} onChange={(e) => {
                setQuery(e.target.value);
                setError(null);
              }} aria-invalid={error !== null} />
          </label>
          {accounts.length > 1 && (
            <label className="field">
              <span>{t('openInColumn.searchAs')}</span>
              <AccountSelect accounts={accounts} value={accountId} onChange={setAccountId} onlyUsable />
            </label>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="search-dialog-actions">
            <button type="submit" className="primary-button" disabled={accountId === ''}>
              {t('openInColumn.searchSubmit')}
            </button>
          </div>
        </div>
      </form>
    </ModalDialog>
  );
}
