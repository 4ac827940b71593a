import { useTranslation } from 'react-i18next';
import { useEffect, useId, useMemo, useState } from 'react';
import type { UserDetailed } from '../../../shared/model/content';
import { coreText } from '../../i18n/coreText';
import { getBridge } from '../../bridge';
import { ModalDialog } from '../../components/ModalDialog';
import { useAppState } from '../../store';
import { cssUrl } from '../../lib/safeUrl';
import { safeMediaUrl } from '../media/mediaUrl';
import { Mfm, MfmActionsContext, UserDisplayName, type MfmActions } from '../mfm';
import { Avatar } from '../notes/Avatar';
import { NoteItem } from '../notes/NoteItem';
import { NoteScopeContext } from '../notes/noteScope';
import { acctOf } from '../notes/noteView';
import { noteActions } from '../notes/state/noteActions';
import { notesUiActions, type ProfileTarget } from '../notes/state/notesUi';
import { profileView } from './profileView';
import { UserModerationMenu } from '../mutes/UserModerationMenu';
import { formatNumber, i18n } from '../../i18n';
import './users.css';
import { ModalHeader } from '../../components/ModalHeader';

type State = { key: string; status: 'loading' } | { key: string; status: 'ok'; user: UserDetailed } | { key: string; status: 'error'; message: string };

/** A user's profile: banner, avatar, name, bio (MFM), fields, counts, follow, pinned notes, "Open as column". */
export function UserProfilePanel({ target, onClose }: { target: ProfileTarget; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { accountId } = target;
  const key = `${accountId}:${target.userId ?? ''}:${target.username ?? ''}@${target.host ?? ''}`;
  const [state, setState] = useState<State>({ key, status: 'loading' });
  const [following, setFollowing] = useState<{ key: string; value: boolean; busy: boolean } | null>(null);
  const ownUserId = useAppState((s) => s.accounts.find((a) => a.id === accountId)?.userId);

  useEffect(() => {
    let live = true;
    const input = target.userId ? { accountId, userId: target.userId } : { accountId, username: target.username ?? '', host: target.host ?? null };
    void getBridge()
      .commands['users.show'](input)
      .then((r) => {
        if (!live) return;
        setState(r.ok && r.value ? { key, status: 'ok', user: r.value } : { key, status: 'error', message: r.ok ? i18n.t('profile.noSuchUser') : coreText(r.error) });
      });
    return () => {
      live = false;
    };
  }, [accountId, target.userId, target.username, target.host, key]);

  const current: State = state.key === key ? state : { key, status: 'loading' };
  const user = current.status === 'ok' ? current.user : null;
  const profile = useMemo(() => (user ? profileView(user) : null), [user]);
  const isFollowing = following?.key === key ? following.value : (profile?.isFollowing ?? false);
  const scope = useMemo(() => ({ accountId, columnId: null }), [accountId]);
  const actions = useMemo<MfmActions>(
    () => ({
      onHashtag: (tag) => void noteActions.openHashtagColumn(accountId, tag),
      onMention: ({ username, host }) => notesUiActions.openProfile({ accountId, username, host }),
    }),
    [accountId],
  );

  const toggleFollow = async () => {
    if (!profile) return;
    const next = !isFollowing;
    setFollowing({ key, value: next, busy: true });
    const r = await getBridge().commands['users.follow']({ accountId, userId: profile.id, follow: next });
    if (r.ok) setFollowing({ key, value: next, busy: false });
    else {
      setFollowing({ key, value: !next, busy: false });
      notesUiActions.say(i18n.t(next ? 'profile.followFailed' : 'profile.unfollowFailed', { message: coreText(r.error) }), true);
    }
  };

  const banner = safeMediaUrl(profile?.bannerUrl);
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="user-profile">
      <ModalHeader titleId={titleId} onClose={onClose}>
        {profile ? <UserDisplayName user={profile.user} /> : t('profile.title')}
      </ModalHeader>
      <div className="user-profile-body">
        {current.status === 'loading' && (
          <p className="column-note" aria-busy="true">
            {t('profile.loading')}
          </p>
        )}
        {current.status === 'error' && (
          <p className="column-note column-note-error" role="alert">
            {t('profile.loadFailed', { message: current.message })}
          </p>
        )}
        {profile && (
          <NoteScopeContext value={scope}>
            <MfmActionsContext value={actions}>
              <div className="user-banner" style={banner ? { backgroundImage: cssUrl(banner) } : undefined} />
              <div className="user-head">
                <Avatar url={profile.user.avatarUrl} size={72} />
                <div className="user-names">
                  <p className="user-name">
                    <UserDisplayName user={profile.user} />
                    {profile.user.isBot && <span className="user-badge">{t('profile.bot')}</span>}
                    {profile.isLocked && <span className="user-badge">{t('profile.locked')}</span>}
                  </p>
                  <p className="user-acct">{acctOf(profile.user)}</p>
                  {profile.followsYou && <p className="user-badge">{t('profile.followsYou')}</p>}
                </div>
                {profile.id !== ownUserId && (
                  <button type="button" className={isFollowing ? 'secondary-button small' : 'primary-button small'} aria-pressed={isFollowing} disabled={following?.key === key && following.busy} onClick={() => void toggleFollow()}>
                    {isFollowing ? t('profile.unfollow') : t('profile.follow')}
                  </button>
                )}
                {profile.id !== ownUserId && <UserModerationMenu accountId={accountId} user={profile.user} />}
              </div>
              {profile.description && (
                <div className="user-bio">
                  <Mfm text={profile.description} emojis={profile.user.emojis} host={profile.user.host} />
                </div>
              )}
              {profile.fields.length > 0 && (
                <dl className="user-fields">
                  {profile.fields.map((f, i) => (
                    <div key={i} className="user-field">
                      <dt>
                        <Mfm plain text={f.name} emojis={profile.user.emojis} host={profile.user.host} />
                      </dt>
                      <dd>
                        <Mfm text={f.value} emojis={profile.user.emojis} host={profile.user.host} />
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
              <ul className="user-counts" aria-label={t('profile.counts')}>
                <li>
                  <strong>{formatNumber(profile.notesCount)}</strong> {t('profile.notes', { count: profile.notesCount })}
                </li>
                <li>
                  <strong>{formatNumber(profile.followingCount)}</strong> {t('profile.following', { count: profile.followingCount })}
                </li>
                <li>
                  <strong>{formatNumber(profile.followersCount)}</strong> {t('profile.followers', { count: profile.followersCount })}
                </li>
              </ul>
              <div className="form-actions user-actions">
                <button type="button" className="secondary-button small" onClick={() => void noteActions.openUserColumn(accountId, profile.id, acctOf(profile.user))}>
                  {t('profile.openAsColumn')}
                </button>
              </div>
              {profile.pinnedNotes.length > 0 && (
                <section className="user-pinned" aria-label={t('profile.pinnedNotes')}>
                  <h3>{t('profile.pinned')}</h3>
                  {profile.pinnedNotes.map((n) => (
                    <NoteItem key={n.id} note={n} accountId={accountId} />
                  ))}
                </section>
              )}
            </MfmActionsContext>
          </NoteScopeContext>
        )}
      </div>
    </ModalDialog>
  );
}


