import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { accountAcct } from '../../lib/acct';
import { AccountSelect } from '../accounts/AccountSelect';
import { useAppState } from '../../store';
import { postingAccount } from '../../store/accountSelectors';

/** Write a note as one of the accounts. Ctrl/Cmd+Enter posts. */
export function ComposeBox() {
  const accounts = useAppState((s) => s.accounts);
  const createNote = useAppState((s) => s.createNote);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [posting, setPosting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The chosen account while it can post, else the default one (else the first that can).
  const account = postingAccount(accounts, chosenId);
  const canPost = !!account && text.trim().length > 0 && !posting;

  const post = async () => {
    if (!canPost) return;
    setPosting(true);
    setError(null);
    const failure = await createNote({ accountId: account.id, text });
    setPosting(false);
    if (failure) setError(failure.message);
    else setText('');
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void post();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void post();
    }
  };

  return (
    <form className="compose" aria-label="Compose a note" onSubmit={onSubmit}>
      <h2 className="compose-title">New note</h2>
      {accounts.length > 1 && (
        <label className="compose-field">
          <span>Post as</span>
          <AccountSelect
            accounts={accounts}
            value={account?.id ?? ''}
            onChange={setChosenId}
            disabled={posting || !account}
            onlyUsable
          />
        </label>
      )}
      <label className="compose-field">
        <span className="visually-hidden">Note text</span>
        <textarea
          value={text}
          placeholder="What's happening?"
          rows={6}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          disabled={posting}
        />
      </label>
      {!account && (
        <p className="form-error" data-compose-blocked="reauth">
          {accounts.length === 1 ? 'This account needs' : 'Every account needs'} to sign in again before posting.
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="compose-actions">
        {accounts.length === 1 && accounts[0] && (
          <span className="compose-as">
            as {accountAcct(accounts[0])}
            {accounts[0].needsReauth ? ' (needs sign-in)' : ''}
          </span>
        )}
        <button type="submit" className="primary-button" disabled={!canPost} aria-busy={posting}>
          Post
        </button>
      </div>
    </form>
  );
}
