import { useId, useRef, useState, type ReactNode } from 'react';
import './mutes.css';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/ModalDialog';
import { userAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { moderation } from './state/moderation';
import { mutesActions, useModerationDialog, type ModerationDialog } from './state/mutesStore';

const durations = [
  ['forever', null],
  ['tenMinutes', 10 * 60_000],
  ['oneHour', 60 * 60_000],
  ['oneDay', 24 * 60 * 60_000],
  ['oneWeek', 7 * 24 * 60 * 60_000],
] as const;

/** The mute (with a duration), block and report dialogs the menus open; mounted once with the note overlays. */
export function ModerationDialogs() {
  const dialog = useModerationDialog();
  if (!dialog) return null;
  const key = `${dialog.kind}:${dialog.accountId}:${dialog.user.id}`;
  if (dialog.kind === 'mute') return <MuteDialog key={key} dialog={dialog} />;
  if (dialog.kind === 'block') return <BlockDialog key={key} dialog={dialog} />;
  return <ReportDialog key={key} dialog={dialog} />;
}

function DialogFrame({ title, intro, busy, confirm, onConfirm, children, error }: { title: string; intro: string; busy: boolean; confirm: string; onConfirm(): void; children?: ReactNode; error?: string | null }) {
  const { t } = useTranslation();
  const titleId = useId();
  const introId = useId();
  return (
    <ModalDialog labelledBy={titleId} describedBy={introId} onClose={mutesActions.closeDialog} className="moderation-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onConfirm();
        }}
      >
        <header className="modal-header">
          <h2 id={titleId}>{title}</h2>
        </header>
        <p id={introId} className="moderation-intro">
          {intro}
        </p>
        {children}
        {error && (
          <p className="column-note column-note-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="secondary-button" onClick={mutesActions.closeDialog}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary-button" disabled={busy} aria-busy={busy || undefined}>
            {confirm}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function MuteDialog({ dialog }: { dialog: ModerationDialog }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<(typeof durations)[number][0]>('forever');
  const [busy, setBusy] = useState(false);
  const acct = userAcct(dialog.user);
  const mute = async () => {
    setBusy(true);
    const ms = durations.find(([name]) => name === choice)?.[1] ?? null;
    if (await moderation.mute(dialog, true, ms === null ? null : Date.now() + ms)) mutesActions.closeDialog();
    else setBusy(false);
  };
  return (
    <DialogFrame title={t('mutes.muteDialog.title', { acct })} intro={t('mutes.muteDialog.intro')} busy={busy} confirm={t('mutes.muteDialog.confirm')} onConfirm={() => void mute()}>
      <fieldset className="moderation-durations">
        <legend>{t('mutes.muteDialog.duration')}</legend>
        {durations.map(([name]) => (
          <label key={name}>
            <input type="radio" name="mute-duration" value={name} checked={choice === name} onChange={() => setChoice(name)} /> {t(`mutes.muteDialog.durations.${name}`)}
          </label>
        ))}
      </fieldset>
    </DialogFrame>
  );
}

function BlockDialog({ dialog }: { dialog: ModerationDialog }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const block = async () => {
    setBusy(true);
    if (await moderation.block(dialog, true)) mutesActions.closeDialog();
    else setBusy(false);
  };
  return <DialogFrame title={t('mutes.blockDialog.title', { acct: userAcct(dialog.user) })} intro={t('mutes.blockDialog.intro')} busy={busy} confirm={t('mutes.blockDialog.confirm')} onConfirm={() => void block()} />;
}

function ReportDialog({ dialog }: { dialog: ModerationDialog }) {
  const { t } = useTranslation();
  const host = useAppState((s) => s.accounts.find((a) => a.id === dialog.accountId)?.host ?? '');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const send = async () => {
    if (comment.trim() === '') return field.current?.focus();
    setBusy(true);
    setError(null);
    const failure = await moderation.report(dialog, comment.trim());
    if (failure === null) mutesActions.closeDialog();
    else {
      setError(failure);
      setBusy(false);
    }
  };
  return (
    <DialogFrame title={t('mutes.reportDialog.title', { acct: userAcct(dialog.user) })} intro={t('mutes.reportDialog.intro', { host })} busy={busy} confirm={t('mutes.reportDialog.confirm')} onConfirm={() => void send()} error={error}>
      <label className="moderation-comment">
        {t('mutes.reportDialog.comment')}
        <textarea ref={field} required maxLength={2048} rows={4} value={comment} onChange={(event) => setComment(event.target.value)} />
      </label>
    </DialogFrame>
  );
}
