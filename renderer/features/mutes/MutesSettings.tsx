import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userRelationKinds, type AccountMutes, type UserRelationEntry, type UserRelationKind } from '../../../shared/model/mutes';
import { getBridge } from '../../bridge';
import { coreText } from '../../i18n/coreText';
import { formatIsoDateTime } from '../../i18n';
import { accountAcct, userAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { compileWordMatcher } from './wordMatcher';
import { moderation } from './state/moderation';
import { mutesActions, useAccountMutes } from './state/mutesStore';
import { linesOf, textToWordList, wordListToText } from './wordListText';
import './mutes.css';

/** Settings: per account, the word lists (written to the server), muted servers and reactions, and the lists of mutes and blocks. */
export function MutesSettings() {
  const { t } = useTranslation();
  const accounts = useAppState((s) => s.accounts);
  const [chosen, setChosen] = useState<string | null>(null);
  const accountId = chosen ?? accounts[0]?.id ?? null;
  const selectId = useId();
  const mutes = useAccountMutes(accountId);
  if (!accountId) return <p className="field-note">{t('settings.noAccounts')}</p>;
  return (
    <div className="mutes-settings">
      <div className="settings-field">
        <label htmlFor={selectId}>{t('mutes.settings.account')}</label>
        <select id={selectId} value={accountId} onChange={(event) => setChosen(event.target.value)}>
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {accountAcct(account)}
            </option>
          ))}
        </select>
      </div>
      {mutes?.loaded ? <MuteLists key={accountId} mutes={mutes} /> : <p className="field-note" aria-busy="true">{t('mutes.settings.notLoaded')}</p>}
      {userRelationKinds.map((kind) => (
        <RelationList key={`${accountId}:${kind}:${listVersion(mutes, kind)}`} accountId={accountId} kind={kind} />
      ))}
    </div>
  );
}

/** Changes when the list changes, so it is read again (a mute from a menu shows here). */
const listVersion = (mutes: AccountMutes | undefined, kind: UserRelationKind) =>
  (kind === 'mute' ? mutes?.mutedUserIds : kind === 'renoteMute' ? mutes?.renoteMutedUserIds : mutes?.blockedUserIds)?.join(',') ?? '';

function MuteLists({ mutes }: { mutes: AccountMutes }) {
  const { t } = useTranslation();
  const ids = { soft: useId(), hard: useId(), instances: useId(), reactions: useId() };
  const [soft, setSoft] = useState(() => wordListToText(mutes.mutedWords));
  const [hard, setHard] = useState(() => wordListToText(mutes.hardMutedWords));
  const [instances, setInstances] = useState(() => mutes.mutedInstances.join('\n'));
  const [reactions, setReactions] = useState(() => mutes.mutedReactions.join('\n'));
  const [status, setStatus] = useState<{ error: false } | { error: true; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const skipped = [...compileWordMatcher(textToWordList(soft)).skipped, ...compileWordMatcher(textToWordList(hard)).skipped].map((s) => s.entry);

  const save = async () => {
    setBusy(true);
    setStatus(null);
    const { accountId } = mutes;
    const commands = getBridge().commands;
    const results = [
      await commands['mutes.setWords']({ accountId, mutedWords: textToWordList(soft), hardMutedWords: textToWordList(hard) }),
      await commands['mutes.setInstances']({ accountId, hosts: linesOf(instances) }),
      await commands['mutes.setReactions']({ accountId, reactions: linesOf(reactions) }),
    ];
    for (const result of results) if (result.ok) mutesActions.apply(result.value);
    const failed = results.find((result) => !result.ok);
    setStatus(failed && !failed.ok ? { error: true, message: coreText(failed.error) } : { error: false });
    setBusy(false);
  };

  return (
    <form
      className="mutes-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h4>{t('mutes.settings.wordsTitle')}</h4>
      <p className="field-note">{t('mutes.settings.wordsHelp')}</p>
      <label htmlFor={ids.soft}>{t('mutes.settings.soft')}</label>
      <textarea id={ids.soft} data-mutes="soft" rows={4} value={soft} onChange={(event) => setSoft(event.target.value)} spellCheck={false} />
      <label htmlFor={ids.hard}>{t('mutes.settings.hard')}</label>
      <textarea id={ids.hard} data-mutes="hard" rows={3} value={hard} onChange={(event) => setHard(event.target.value)} spellCheck={false} />
      {skipped.length > 0 && (
        <p className="form-error" role="status">
          {t('mutes.settings.skipped', { entries: skipped.join(', ') })}
        </p>
      )}
      <label htmlFor={ids.instances}>{t('mutes.settings.instances')}</label>
      <textarea id={ids.instances} data-mutes="instances" rows={2} value={instances} onChange={(event) => setInstances(event.target.value)} spellCheck={false} />
      <label htmlFor={ids.reactions}>{t('mutes.settings.reactions')}</label>
      <textarea id={ids.reactions} data-mutes="reactions" rows={2} value={reactions} onChange={(event) => setReactions(event.target.value)} spellCheck={false} />
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={busy} aria-busy={busy || undefined}>
          {t('mutes.settings.save')}
        </button>
        {status && (
          <span role={status.error ? 'alert' : 'status'} className={status.error ? 'form-error' : 'field-note'}>
            {status.error ? t('mutes.settings.saveFailed', { message: status.message }) : t('mutes.settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}

type ListState = { status: 'loading' } | { status: 'ok'; entries: UserRelationEntry[]; more: boolean } | { status: 'error'; message: string };

function RelationList({ accountId, kind }: { accountId: string; kind: UserRelationKind }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [state, setState] = useState<ListState>({ status: 'loading' });

  const load = (untilId?: string) =>
    getBridge()
      .commands['mutes.list']({ accountId, kind, ...(untilId ? { untilId } : {}) })
      .then((result): ((before: ListState) => ListState) => {
        if (!result.ok) return () => ({ status: 'error', message: coreText(result.error) });
        const page = Array.isArray(result.value) ? result.value : [];
        return (before) => ({ status: 'ok', entries: [...(untilId && before.status === 'ok' ? before.entries : []), ...page], more: page.length >= 100 });
      });
  useEffect(() => {
    let live = true;
    void load().then((next) => live && setState(next));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once per account, kind and list version (the component's key)
  }, []);

  const undo = (entry: UserRelationEntry) => {
    const target = { accountId, user: entry.user };
    if (kind === 'mute') void moderation.mute(target, false);
    else if (kind === 'renoteMute') void moderation.renoteMute(target, false);
    else void moderation.block(target, false);
  };

  return (
    <section className="mutes-list" aria-labelledby={headingId} data-relation={kind}>
      <h4 id={headingId}>{t(`mutes.settings.lists.${kind}`)}</h4>
      {state.status === 'loading' && <p className="field-note" aria-busy="true">{t('common.loading')}</p>}
      {state.status === 'error' && (
        <p className="form-error" role="alert">
          {t('mutes.settings.loadFailed', { message: state.message })}
        </p>
      )}
      {state.status === 'ok' && state.entries.length === 0 && <p className="field-note">{t('mutes.settings.empty')}</p>}
      {state.status === 'ok' && state.entries.length > 0 && (
        <ul className="settings-accounts">
          {state.entries.map((entry) => (
            <li key={entry.id} data-user-id={entry.user.id}>
              <span className="settings-account">
                {entry.user.name ? `${entry.user.name} ` : ''}
                <span className="mutes-acct">{userAcct(entry.user)}</span>
                {entry.expiresAt && <span className="field-note"> · {t('mutes.settings.until', { time: formatIsoDateTime(entry.expiresAt) })}</span>}
              </span>
              <button type="button" className="secondary-button small" onClick={() => undo(entry)}>
                {kind === 'mute' ? t('mutes.settings.unmute') : kind === 'renoteMute' ? t('mutes.settings.renoteUnmute') : t('mutes.settings.unblock')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {state.status === 'ok' && state.more && (
        <button type="button" className="secondary-button small" onClick={() => void load(state.entries.at(-1)?.id).then(setState)}>
          {t('mutes.settings.more')}
        </button>
      )}
    </section>
  );
}
