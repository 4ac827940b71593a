import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { everyAccount, type ColumnKind, type ColumnParams, type ColumnSource, type SourceColumnKind } from '../../../shared/model/column';
import { coreText } from '../../i18n/coreText';
import { ModalDialog } from '../../components/ModalDialog';
import { t } from '../../i18n';
import { useSetting } from '../settings/settingsStore';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { defaultPostingAccount } from '../../store/accountSelectors';
import { EmojiText } from '../emoji';
import { ModalHeader } from '../../components/ModalHeader';
import {
  addableKinds,
  columnIcons,
  columnOptions,
  columnTitles,
  isSourceKind,
  kindDescriptions,
  optionDefaults,
  optionLabels,
  parseAcct,
  sourceParam,
  type ColumnOption,
} from './columnKinds';

type Sources = { state: 'loading' } | { state: 'error'; message: string } | { state: 'loaded'; items: ColumnSource[] };

const sourceLabel = (kind: SourceColumnKind): string => t(`addColumn.source.${kind}`);

/** The account's lists/antennas/channels/roles, fetched when a source kind is chosen. */
function useSources(accountId: string, kind: ColumnKind, attempt: number): Sources | null {
  const loadSources = useAppState((s) => s.loadSources);
  const [sources, setSources] = useState<{ key: string; value: Sources } | null>(null);
  const key = `${accountId} ${kind} ${attempt}`;
  const wanted = isSourceKind(kind) && accountId !== everyAccount;
  useEffect(() => {
    if (!wanted || !isSourceKind(kind)) return;
    let live = true;
    void loadSources(accountId, kind).then((result) => {
      if (!live) return;
      setSources({ key, value: result.ok ? { state: 'loaded', items: result.value } : { state: 'error', message: coreText(result.error) } });
    });
    return () => {
      live = false;
    };
  }, [wanted, accountId, kind, key, loadSources]);
  if (!wanted) return null;
  return sources?.key === key ? sources.value : { state: 'loading' };
}

/** Choose an account and one of every column kind, with its source and options; add it at the right end. */
export function AddColumnDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const accounts = useAppState((s) => s.accounts);
  const addColumn = useAppState((s) => s.addColumn);
  const findUser = useAppState((s) => s.findUser);
  const firstAccount = (defaultPostingAccount(accounts) ?? accounts[0])?.id ?? '';
  const [accountId, setAccountId] = useState(firstAccount);
  const [kind, setKind] = useState<ColumnKind>('home');
  const [sourceId, setSourceId] = useState('');
  const [text, setText] = useState('');
  const timelineDefaults = useSetting('timelineDefaults');
  const [options, setOptions] = useState<Record<ColumnOption, boolean>>(() => ({ ...optionDefaults, ...timelineDefaults }));
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kindRef = useRef<HTMLInputElement>(null);

  const allAccounts = kind === 'allNotifications';
  const effectiveAccount = allAccounts ? everyAccount : accountId;
  const sources = useSources(effectiveAccount, kind, attempt);
  const sourceItems = sources?.state === 'loaded' ? sources.items : [];
  const chosenSource = sourceItems.find((s) => s.id === sourceId) ?? sourceItems[0];

  const chooseKind = (next: ColumnKind) => {
    setKind(next);
    setSourceId('');
    setText('');
    setError(null);
    if (next !== 'allNotifications' && accountId === everyAccount) setAccountId(firstAccount);
  };
  const chooseAccount = (next: string) => {
    setError(null);
    setSourceId('');
    if (next === everyAccount) setKind('allNotifications');
    else {
      setAccountId(next);
      if (kind === 'allNotifications') setKind('notifications');
    }
  };

  const textField =
    kind === 'user'
      ? { label: t('addColumn.user'), placeholder: t('addColumn.userPlaceholder') }
      : kind === 'hashtag'
        ? { label: t('addColumn.hashtag'), placeholder: t('addColumn.hashtagPlaceholder') }
        : kind === 'search'
          ? { label: t('addColumn.searchFor'), placeholder: t('addColumn.searchPlaceholder') }
          : null;

  const buildParams = async (): Promise<ColumnParams | string> => {
    const params: ColumnParams = {};
    for (const option of columnOptions(kind)) if (options[option] !== optionDefaults[option]) params[option] = options[option];
    if (isSourceKind(kind)) {
      if (!chosenSource) return t(`addColumn.chooseSource.${kind}`);
      params[sourceParam[kind]] = chosenSource.id;
      params.sourceName = chosenSource.name;
    } else if (kind === 'hashtag') {
      const tag = text.trim().replace(/^#/, '');
      if (!tag) return t('addColumn.enterHashtag');
      params.tag = tag;
      params.sourceName = `#${tag}`;
    } else if (kind === 'search') {
      const query = text.trim();
      if (!query) return t('addColumn.enterSearch');
      params.query = query;
      params.sourceName = query;
    } else if (kind === 'user') {
      const acct = parseAcct(text);
      if (!acct) return t('addColumn.enterUser');
      const result = await findUser(accountId, acct.username, acct.host);
      if (!result.ok) return coreText(result.error);
      const user = result.value;
      params.userId = user.id;
      params.sourceName = user.host ? `@${user.username}@${user.host}` : `@${user.username}`;
    }
    return params;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const params = await buildParams();
    if (typeof params === 'string') {
      setBusy(false);
      setError(params);
      return;
    }
    const failure = await addColumn({ accountId: effectiveAccount, kind, ...(Object.keys(params).length > 0 ? { params } : {}) });
    setBusy(false);
    if (failure) setError(coreText(failure));
    else onClose();
  };

  const options_ = columnOptions(kind);
  const needsSource = isSourceKind(kind) && !chosenSource;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="add-column-dialog" initialFocus={kindRef}>
      <form onSubmit={(e) => void submit(e)}>
        <ModalHeader titleId={titleId} onClose={onClose}>
          {t('addColumn.title')}
        </ModalHeader>
        <div className="add-column-body">
          <fieldset className="add-column-kinds">
            <legend>{t('addColumn.kind')}</legend>
            <div className="kind-grid">
              {addableKinds.map((k) => (
                <label key={k} className="kind-choice" data-kind={k}>
                  <input
                    ref={k === kind ? kindRef : undefined}
                    type="radio"
                    name="column-kind"
                    value={k}
                    checked={kind === k}
                    onChange={() => chooseKind(k)}
                  />
                  <span className="kind-icon" aria-hidden="true">
                    <EmojiText text={columnIcons[k]} />
                  </span>
                  <span className="kind-text">
                    <span className="kind-title">{columnTitles[k]}</span>
                    <span className="kind-description">{kindDescriptions[k]}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="add-column-details">
            <label className="field">
              <span>{t('addColumn.account')}</span>
              <select value={effectiveAccount} onChange={(e) => chooseAccount(e.target.value)}>
                {accounts.map((a) => (
                  <option key={a.id} value={a.id} disabled={a.needsReauth}>
                    {accountAcct(a)}
                    {a.needsReauth ? t('accounts.needsSignInSuffix') : ''}
                  </option>
                ))}
                <option value={everyAccount}>{t('addColumn.allAccounts')}</option>
              </select>
            </label>

            {isSourceKind(kind) && sources && (
              <div className="field" data-sources-state={sources.state}>
                {sources.state === 'loading' && (
                  <>
                    <span>{sourceLabel(kind)}</span>
                    <p className="field-note" role="status">
                      {t(`addColumn.loadingSources.${kind}`)}
                    </p>
                  </>
                )}
                {sources.state === 'error' && (
                  <>
                    <span>{sourceLabel(kind)}</span>
                    <p className="form-error" role="alert">
                      {t(`addColumn.sourcesFailed.${kind}`, { message: sources.message })}
                    </p>
                    <button type="button" className="secondary-button small" onClick={() => setAttempt((n) => n + 1)}>
                      {t('addColumn.tryAgain')}
                    </button>
                  </>
                )}
                {sources.state === 'loaded' && sources.items.length === 0 && (
                  <>
                    <span>{sourceLabel(kind)}</span>
                    <p className="field-note" data-sources-empty>
                      {t(`addColumn.noSources.${kind}`)}
                    </p>
                    <button type="button" className="secondary-button small" onClick={() => setAttempt((n) => n + 1)}>
                      {t('addColumn.reload')}
                    </button>
                  </>
                )}
                {sources.state === 'loaded' && sources.items.length > 0 && (
                  <label className="field">
                    <span>{sourceLabel(kind)}</span>
                    <select value={chosenSource?.id ?? ''} onChange={(e) => setSourceId(e.target.value)}>
                      {sources.items.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </div>
            )}

            {textField && (
              <label className="field">
                <span>{textField.label}</span>
                <input type="text" value={text} placeholder={textField.placeholder} onChange={(e) => setText(e.target.value)} spellCheck={false} />
              </label>
            )}

            {options_.length > 0 && (
              <fieldset className="add-column-options">
                <legend>{t('addColumn.options')}</legend>
                {options_.map((option) => (
                  <label key={option} className="check">
                    <input
                      type="checkbox"
                      checked={options[option]}
                      onChange={(e) => setOptions((o) => ({ ...o, [option]: e.target.checked }))}
                    />
                    {optionLabels[option]}
                  </label>
                ))}
              </fieldset>
            )}
            {error && (
              <p role="alert" className="form-error">
                {error}
              </p>
            )}
          </div>
        </div>
        <footer className="modal-footer">
          <span className="field-note">
            {columnTitles[kind]}
            {allAccounts ? t('addColumn.allAccountsSuffix') : ''}
          </span>
          <div className="form-actions">
            <button type="button" className="secondary-button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary-button" disabled={busy || !effectiveAccount || needsSource}>
              {busy ? t('addColumn.adding') : t('addColumn.submit')}
            </button>
          </div>
        </footer>
      </form>
    </ModalDialog>
  );
}
