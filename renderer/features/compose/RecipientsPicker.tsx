import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { DraftRecipient, UserLite } from '../../../shared/model/content';
import { getBridge } from '../../bridge';
import { UserDisplayName } from '../mfm';
import { Avatar } from '../notes/Avatar';
import { acctOf, userView } from '../notes/noteView';

/** Who a direct note is for, as the picker shows them and a draft keeps them. */
export type Recipient = DraftRecipient;

export const recipientOf = (user: unknown): Recipient => {
  const u = userView(user);
  return { id: u.id, username: u.username, host: u.host, name: u.name, avatarUrl: u.avatarUrl };
};

/** Who can see a direct note (`visibleUserIds`): search users (`users.search`), add, remove. */
export function RecipientsPicker({ accountId, recipients, onChange }: { accountId: string | null; recipients: readonly Recipient[]; onChange(next: Recipient[]): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ query: string; users: UserLite[] }>({ query: '', users: [] });
  const q = query.trim().replace(/^@/, '');

  useEffect(() => {
    if (!accountId || q === '') return;
    let live = true;
    const timer = setTimeout(() => {
      void getBridge()
        .commands['users.search']({ accountId, query: q.slice(0, 128), limit: 8 })
        .then((r) => live && setResults({ query: q, users: r.ok && Array.isArray(r.value) ? r.value : [] }));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [accountId, q]);

  const shown = results.query === q && q !== '' ? results.users.filter((u) => !recipients.some((r) => r.id === u.id)) : [];
  return (
    <fieldset className="compose-recipients">
      <legend>{t('compose.recipients')}</legend>
      {recipients.length > 0 && (
        <ul className="compose-recipient-list">
          {recipients.map((r) => (
            <li key={r.id} className="compose-recipient">
              {acctOf(r)}
              <button type="button" className="icon-button" aria-label={t('compose.removeRecipient', { acct: acctOf(r) })} onClick={() => onChange(recipients.filter((x) => x.id !== r.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input type="text" aria-label={t('compose.addRecipient')} placeholder={t('compose.searchUsers')} value={query} onChange={(e) => setQuery(e.target.value)} />
      {shown.length > 0 && (
        <ul className="compose-suggestions static" aria-label={t('compose.matchingUsers')}>
          {shown.map((u) => {
            const view = userView(u);
            return (
              <li key={view.id}>
                <button
                  type="button"
                  className="compose-suggestion"
                  aria-label={t('compose.addUser', { acct: acctOf(view) })}
                  onClick={() => {
                    onChange([...recipients, recipientOf(u)]);
                    setQuery('');
                  }}
                >
                  <Avatar url={view.avatarUrl} size={20} />
                  <UserDisplayName user={view} /> <span className="note-acct">{acctOf(view)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
