import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useId, useState } from 'react';
import type { ServerDraftView } from '../../../shared/model/noteDrafts';
import { getBridge } from '../../bridge';
import { ModalDialog } from '../../components/ModalDialog';
import { coreText } from '../../i18n/coreText';
import { useAppState } from '../../store';
import { postingAccount } from '../../store/accountSelectors';
import { AccountSelect } from '../accounts/AccountSelect';
import { useNow } from '../../lib/useNow';
import { Composer } from '../compose/Composer';
import { notesUiActions } from '../notes/state/notesUi';
import { draftsUiActions } from './draftsUi';
import { formatScheduled, fromLocalInput, toLocalInput } from './scheduleTime';
import { useNoteDraftsStatus } from './useNoteDraftsStatus';
import './scheduled.css';
import { ModalHeader } from '../../components/ModalHeader';

type Tab = 'scheduled' | 'drafts';
const tabs: readonly Tab[] = ['scheduled', 'drafts'];

/** Per account: its scheduled notes (edit, reschedule, cancel, post now) and its server drafts (open, delete). */
export function ScheduledNotesDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const accounts = useAppState((s) => s.accounts);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const account = postingAccount(accounts, chosenId);
  const accountId = account && !account.needsReauth ? account.id : null;
  const [tab, setTab] = useState<Tab>('scheduled');
  const [items, setItems] = useState<ServerDraftView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<ServerDraftView | null>(null);
  const { status, refresh: refreshStatus } = useNoteDraftsStatus(accountId);

  const [round, setRound] = useState(0);
  const load = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    if (!accountId) return;
    let live = true;
    void getBridge()
      .commands['noteDrafts.list']({ accountId, scheduled: tab === 'scheduled' })
      .then((result) => {
        if (!live) return;
        setError(result.ok ? null : coreText(result.error));
        setItems(result.ok ? result.value : []);
      });
    return () => {
      live = false;
    };
  }, [accountId, tab, round]);
  const show = (next: { tab?: Tab; accountId?: string | null }) => {
    setItems(null);
    if (next.tab) setTab(next.tab);
    if (next.accountId !== undefined) setChosenId(next.accountId);
  };

  const act = async (run: () => Promise<{ ok: boolean; error?: Parameters<typeof coreText>[0] }>, done: string) => {
    const result = await run();
    if (!result.ok) {
      notesUiActions.say(result.error ? coreText(result.error) : done, true);
    } else notesUiActions.say(done);
    refreshStatus();
    load();
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="scheduled-dialog">
      <ModalHeader titleId={titleId} onClose={onClose}>
        {t('draftsClips.listTitle')}
      </ModalHeader>
      <div className="scheduled-body">
        {accounts.length > 1 && (
          <label className="scheduled-account">
            <span>{t('draftsClips.account')}</span>
            <AccountSelect accounts={accounts} value={account?.id ?? ''} onChange={(id) => show({ accountId: id })} onlyUsable />
          </label>
        )}
        <div className="scheduled-tabs" role="tablist">
          {tabs.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} className="scheduled-tab" onClick={() => show({ tab: id })}>
              {id === 'scheduled' ? t('draftsClips.scheduledTab') : t('draftsClips.draftsTab')}
            </button>
          ))}
        </div>
        {status?.available && (
          <p className="scheduled-usage">
            {tab === 'scheduled' && status.scheduledLimit !== null
              ? t('draftsClips.scheduledUsage', { used: status.scheduled, limit: status.scheduledLimit })
              : status.draftLimit !== null
                ? t('draftsClips.draftsUsage', { used: status.drafts, limit: status.draftLimit })
                : null}
          </p>
        )}
        {status && !status.available && status.reason && <p className="form-error">{coreText(status.reason)}</p>}
        {error && status?.available !== false && <p className="form-error">{t('draftsClips.loadFailed', { message: error })}</p>}
        {items === null ? (
          <p className="scheduled-empty">{t('draftsClips.loading')}</p>
        ) : items.length === 0 ? (
          !error && <p className="scheduled-empty">{tab === 'scheduled' ? t('draftsClips.noScheduled') : t('draftsClips.noDrafts')}</p>
        ) : (
          <ul className="scheduled-list" aria-label={tab === 'scheduled' ? t('draftsClips.scheduledTab') : t('draftsClips.draftsTab')}>
            {items.map((item) => (
              <DraftRow
                key={item.id}
                item={item}
                scheduledTab={tab === 'scheduled'}
                onEdit={() => setEditing(item)}
                onReschedule={(at) => act(() => getBridge().commands['noteDrafts.reschedule']({ accountId: accountId!, draftId: item.id, scheduledAt: at }), t('draftsClips.scheduledFor', { time: formatScheduled(navigator.language, at) }))}
                onCancel={() => act(() => getBridge().commands['noteDrafts.delete']({ accountId: accountId!, draftId: item.id }), tab === 'scheduled' ? t('draftsClips.cancelled') : t('draftsClips.deleted'))}
                onPostNow={() => act(() => getBridge().commands['noteDrafts.postNow']({ accountId: accountId!, draftId: item.id }), t('draftsClips.postedNow'))}
                onOpen={async () => {
                  const result = await getBridge().commands['noteDrafts.open']({ accountId: accountId!, draftId: item.id });
                  if (!result.ok) return notesUiActions.say(coreText(result.error), true);
                  const view = result.value;
                  onClose();
                  if (view.reply) notesUiActions.openCompose({ accountId: accountId!, note: view.reply, mode: 'reply' });
                  else if (view.renote) notesUiActions.openCompose({ accountId: accountId!, note: view.renote, mode: 'quote' });
                  else draftsUiActions.openedInComposer(accountId!);
                }}
              />
            ))}
          </ul>
        )}
      </div>
      {editing && accountId && (
        <EditScheduledDialog
          accountId={accountId}
          item={editing}
          onClose={() => {
            setEditing(null);
            load();
          }}
        />
      )}
    </ModalDialog>
  );
}

interface DraftRowProps {
  item: ServerDraftView;
  scheduledTab: boolean;
  onEdit(): void;
  onReschedule(at: number): Promise<void>;
  onCancel(): Promise<void>;
  onPostNow(): Promise<void>;
  onOpen(): Promise<void>;
}

function DraftRow({ item, scheduledTab, onEdit, onReschedule, onCancel, onPostNow, onOpen }: DraftRowProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [moving, setMoving] = useState<string | null>(null);
  const now = useNow();
  const run = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    await fn();
    setBusy(false);
  };
  const due = item.scheduledAt;
  const overdue = due !== null && due < now;
  const movingMs = moving === null ? null : fromLocalInput(moving);
  return (
    <li className="scheduled-item" data-overdue={overdue || undefined}>
      <div className="scheduled-meta">
        {scheduledTab && due !== null ? (
          <strong>{overdue ? t('draftsClips.overdue', { time: formatScheduled(i18n.language, due) }) : t('draftsClips.postsAt', { time: formatScheduled(i18n.language, due) })}</strong>
        ) : (
          <span>{t('draftsClips.savedAt', { time: formatScheduled(i18n.language, Date.parse(item.createdAt)) })}</span>
        )}
        {item.replyId && <span className="scheduled-mark">{t('draftsClips.replyMark')}</span>}
        {item.renoteId && <span className="scheduled-mark">{t('draftsClips.quoteMark')}</span>}
        <span className="scheduled-mark">{t(`visibility.${item.visibility}`)}</span>
      </div>
      {item.cw && <p className="scheduled-cw">{t('draftsClips.cw', { cw: item.cw })}</p>}
      <p className="scheduled-text">{item.text?.trim() ? item.text : t('draftsClips.noText')}</p>
      {moving !== null && (
        <div className="scheduled-move">
          <input type="datetime-local" aria-label={t('draftsClips.postAt')} value={moving} min={toLocalInput(now)} onChange={(e) => setMoving(e.target.value)} />
          <button type="button" className="primary-button small" disabled={busy || movingMs === null || movingMs <= now} onClick={run(async () => {
            await onReschedule(movingMs!);
            setMoving(null);
          })}>
            {t('draftsClips.saveTime')}
          </button>
        </div>
      )}
      <div className="scheduled-actions">
        {scheduledTab ? (
          <>
            <button type="button" className="secondary-button small" disabled={busy} onClick={onEdit}>
              {t('draftsClips.edit')}
            </button>
            <button type="button" className="secondary-button small" disabled={busy} onClick={() => setMoving(toLocalInput(Math.max(due ?? 0, now + 3_600_000)))}>
              {t('draftsClips.reschedule')}
            </button>
            <button type="button" className="secondary-button small" disabled={busy} onClick={run(onPostNow)}>
              {t('draftsClips.postNow')}
            </button>
            <button type="button" className="secondary-button small danger" disabled={busy} onClick={run(onCancel)}>
              {t('draftsClips.cancelNote')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="secondary-button small" disabled={busy} onClick={run(onOpen)}>
              {t('draftsClips.openDraft')}
            </button>
            <button type="button" className="secondary-button small danger" disabled={busy} onClick={run(onCancel)}>
              {t('draftsClips.deleteDraft')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}

function EditScheduledDialog({ accountId, item, onClose }: { accountId: string; item: ServerDraftView; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const mode = item.reply ? 'reply' : item.renote ? 'quote' : 'new';
  const target = item.reply ?? item.renote ?? undefined;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="compose-dialog">
      <ModalHeader titleId={titleId} onClose={onClose}>
        {t('draftsClips.editTitle')}
      </ModalHeader>
      <div className="compose-dialog-body">
        <Composer mode={mode} target={target} accountId={accountId} scheduled={item} onPosted={onClose} />
      </div>
    </ModalDialog>
  );
}
