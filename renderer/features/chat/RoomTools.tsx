import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserLite } from '../../../shared/model/content';
import { getBridge } from '../../bridge';
import { coreText } from '../../i18n/coreText';
import { userAcct } from '../../lib/acct';
import { UserDisplayName } from '../mfm';
import { findUser } from './chatActions';

/** A room's members, inviting someone (owner), and leaving (members). */
export function RoomTools({ accountId, roomId, name, isOwner, onLeft }: { accountId: string; roomId: string; name: string; isOwner: boolean; onLeft(): void }) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<UserLite[] | null>(null);
  const [acct, setAcct] = useState('');
  const [note, setNote] = useState<string | null>(null);

  const showMembers = async () => {
    if (members) return setMembers(null);
    const result = await getBridge().commands['chat.members']({ accountId, roomId });
    if (result.ok) setMembers(result.value);
    else setNote(coreText(result.error));
  };
  const invite = async () => {
    const found = await findUser(accountId, acct);
    if ('error' in found) return setNote(found.error || t('chat.userNotFound', { acct }));
    const result = await getBridge().commands['chat.invite']({ accountId, roomId, userId: found.user.id });
    setNote(result.ok ? t('chat.invited', { acct: userAcct(found.user) }) : coreText(result.error));
    if (result.ok) setAcct('');
  };
  const leave = async () => {
    if (!window.confirm(t('chat.leaveConfirm', { name }))) return;
    const result = await getBridge().commands['chat.leave']({ accountId, roomId });
    if (result.ok) onLeft();
    else setNote(coreText(result.error));
  };

  return (
    <div className="chat-room-tools" data-chat-room-tools>
      <div className="chat-toolbar">
        <button type="button" className="secondary-button small" aria-expanded={members !== null} onClick={() => void showMembers()} data-chat-members-button>
          {t('chat.members')}
        </button>
        {!isOwner && (
          <button type="button" className="secondary-button small" onClick={() => void leave()} data-chat-leave>
            {t('chat.leave')}
          </button>
        )}
      </div>
      {isOwner && (
        <form
          className="chat-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void invite();
          }}
        >
          <input value={acct} onChange={(event) => setAcct(event.currentTarget.value)} aria-label={t('chat.inviteWho')} placeholder={t('chat.inviteWho')} data-chat-invite-input />
          <button type="submit" className="secondary-button small" disabled={acct.trim() === ''}>
            {t('chat.invite')}
          </button>
        </form>
      )}
      {note && (
        <p className="column-note" role="status">
          {note}
        </p>
      )}
      {members && (
        <ul className="chat-members" aria-label={t('chat.members')} data-chat-members>
          {members.map((user) => (
            <li key={user.id} data-chat-member={user.username}>
              <UserDisplayName user={user} /> <span className="chat-acct">{userAcct(user)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
