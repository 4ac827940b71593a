import { useTranslation } from 'react-i18next';
import { useId, useRef, useState, type ClipboardEvent, type RefObject, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { DraftView } from '../../../shared/model/content';
import type { Note, NoteVisibility } from '../../../shared/model/note';
import { coreText } from '../../i18n/coreText';
import { getBridge } from '../../bridge';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { postingAccount } from '../../store/accountSelectors';
import { AccountSelect } from '../accounts/AccountSelect';
import { Icon } from '../notes/icons';
import { noteView } from '../notes/noteView';
import { useServerInfo } from '../notes/state/serverData';
import { AttachmentList } from './AttachmentList';
import { applyCompletion, completionAt } from './autocomplete';
import { AutocompleteList } from './AutocompleteList';
import { createInput, newPoll, postBlocker, remainingChars, type PollDraft } from './composeLogic';
import { PollEditor } from './PollEditor';
import { RecipientsPicker, recipientOf, type Recipient } from './RecipientsPicker';
import { useAttachments } from './state/attachments';
import { blankStart, draftOf, isUntouched, useDraft, type DraftStart } from './state/draft';
import { useSuggestions, type Suggestion } from './useAutocomplete';
import { formatNumber } from '../../i18n';
import { useNow } from '../../lib/useNow';
import type { ServerDraftView } from '../../../shared/model/noteDrafts';
import { ScheduleRow } from '../scheduled/ScheduleRow';
import { defaultScheduleTime, formatScheduled, fromLocalInput, toLocalInput } from '../scheduled/scheduleTime';
import { scheduleBlockerOf, useNoteDraftsStatus } from '../scheduled/useNoteDraftsStatus';
import { notesUiActions } from '../notes/state/notesUi';
import './compose.css';

export type ComposeMode = 'new' | 'reply' | 'quote';

interface ComposerProps {
  mode: ComposeMode;
  /** The note replied to or quoted, as `accountId` sees it. */
  target?: Note;
  /** Reply and quote: the account that sees `target` (ids are per server). */
  accountId?: string;
  /** After a successful post. */
  onPosted?(): void;
  autoFocus?: boolean;
  /** The text box, for a dialog to focus it when it opens. */
  textRef?: RefObject<HTMLTextAreaElement | null>;
  /** The account to write as at first (a server draft just opened for it). */
  initialAccountId?: string;
  /** Edit this scheduled note (kept by the server) instead of writing a new one. */
  scheduled?: ServerDraftView;
}

const visibilityOptions: readonly NoteVisibility[] = ['public', 'home', 'followers', 'specified'];

/**
 * Write a note: text (MFM) with a counter, CW, visibility (Direct: recipients), local only, poll,
 * files (pick, paste, drop; uploaded at once), autocomplete for @, # and :. Ctrl/Cmd+Enter posts,
 * never while an IME is composing. A draft is kept per account: one for the new note, one per note
 * replied to or quoted.
 * A failed post keeps everything and says why.
 */
export function Composer({ mode, target, accountId: fixedAccountId, onPosted, autoFocus, textRef: givenTextRef, initialAccountId, scheduled }: ComposerProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const accounts = useAppState((s) => s.accounts);
  const [chosenId, setChosenId] = useState<string | null>(initialAccountId ?? null);
  const account = fixedAccountId ? accounts.find((a) => a.id === fixedAccountId) : postingAccount(accounts, chosenId);
  const accountId = account && !account.needsReauth ? account.id : null;
  const info = useServerInfo(accountId);
  const parent = target ? noteView(target) : null;

  const [start] = useState((): DraftStart => {
    if (scheduled) return { text: scheduled.text ?? '', cw: scheduled.cw };
    if (mode === 'new' || !parent?.id) return blankStart;
    const slot = { kind: mode, noteId: parent.id };
    return mode === 'reply' ? { text: replyMentions(parent, account?.userId, account?.host), cw: parent.cw || null, slot } : { text: '', cw: null, slot };
  });
  const [text, setText] = useState(start.text);
  const [cw, setCw] = useState<string | null>(start.cw);
  const [visibility, setVisibility] = useState<NoteVisibility>(() => scheduled?.visibility ?? (mode === 'reply' && parent ? parent.visibility : 'public'));
  const [recipients, setRecipients] = useState<Recipient[]>(() =>
    mode === 'reply' && parent?.visibility === 'specified' && parent.user.id && parent.user.id !== account?.userId ? [recipientOf(parent.raw.user)] : [],
  );
  const [localOnly, setLocalOnly] = useState(() => scheduled?.localOnly ?? (mode === 'reply' && parent ? parent.localOnly : false));
  const [poll, setPoll] = useState<PollDraft | null>(() => (scheduled?.pollChoices ? { ...newPoll(), choices: padChoices(scheduled.pollChoices), multiple: scheduled.pollMultiple } : null));
  const [scheduleAt, setScheduleAt] = useState<string | null>(() => (scheduled?.scheduledAt ? toLocalInput(scheduled.scheduledAt) : null));
  const [posting, setPosting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [caret, setCaret] = useState({ start: 0, end: 0, dismissed: -1 });
  const [active, setActive] = useState(0);
  const ownTextRef = useRef<HTMLTextAreaElement>(null);
  const textRef = givenTextRef ?? ownTextRef;
  const fileRef = useRef<HTMLInputElement>(null);
  const attachments = useAttachments(accountId, info.maxFilesPerNote);

  // A reply or quote whose target has no id keeps no draft (it would land in the new note's).
  const draftOwner = !accountId || scheduled ? null : start.slot ? { accountId, slot: start.slot } : mode === 'new' ? { accountId } : null;
  const draftFields = { text, cw, visibility, localOnly, pollChoices: poll ? poll.choices : null, recipients };
  const draft = useDraft(draftOwner, draftOf(draftFields, start), (saved: DraftView) => {
    // Only into an untouched composer: never over what is being written.
    if (!isUntouched(draftFields, start)) return;
    setText(saved.text ?? '');
    setCw(saved.cw);
    setVisibility(saved.visibility);
    if (saved.visibility === 'specified') setRecipients(saved.recipients);
    setLocalOnly(saved.localOnly);
    if (saved.pollChoices && saved.pollChoices.length > 0) setPoll({ ...newPoll(), choices: padChoices(saved.pollChoices) });
  });

  const completion = caret.dismissed === caret.start ? null : completionAt(text, caret.start, caret.end);
  const suggestions = useSuggestions(accountId, completion);
  const listOpen = suggestions.length > 0 && !!completion;
  const activeIndex = Math.min(active, Math.max(0, suggestions.length - 1));

  const fileIds = attachments.items.filter((a) => a.status === 'done' && a.file).map((a) => a.file!.id);
  const uploading = attachments.items.some((a) => a.status === 'reading' || a.status === 'uploading');
  const failedUpload = attachments.items.some((a) => a.status === 'error');
  const fields = {
    text,
    cw,
    visibility,
    recipients,
    localOnly,
    poll,
    fileIds,
    replyId: mode === 'reply' ? parent?.id : undefined,
    renoteId: mode === 'quote' ? parent?.id : undefined,
  };
  const remaining = remainingChars(text, info.maxNoteTextLength);
  const blocker = !accountId ? t('compose.noAccount') : uploading ? t('compose.waitUploads') : failedUpload ? t('compose.removeFailed') : postBlocker(fields, info.maxNoteTextLength);
  const canPost = !blocker && !posting;
  const drafts = useNoteDraftsStatus(accountId);
  const now = useNow();
  const scheduleBlocker = scheduleBlockerOf(drafts.status, !!scheduled, t, coreText);
  const scheduleMs = scheduleAt === null ? null : fromLocalInput(scheduleAt);
  const timeBlocker = scheduleAt === null ? null : scheduleMs === null ? t('draftsClips.chooseTime') : scheduleMs <= now ? t('draftsClips.chooseFutureTime') : null;
  const submitBlocker = blocker ?? (scheduleAt !== null ? (scheduleBlocker ?? timeBlocker) : null);

  const schedulePost = async () => {
    if (submitBlocker || posting || !accountId || scheduleMs === null) return;
    setPosting(true);
    setError(null);
    const { accountId: _account, ...note } = createInput(accountId, fields);
    const result = await getBridge().commands['noteDrafts.schedule']({
      accountId,
      scheduledAt: scheduleMs,
      note,
      ...(scheduled ? { draftId: scheduled.id } : start.slot ? { slot: start.slot } : {}),
    });
    setPosting(false);
    if (!result.ok) {
      setError(coreText(result.error) || t('draftsClips.scheduleFailed'));
      drafts.refresh();
      return;
    }
    notesUiActions.say(t('draftsClips.scheduledFor', { time: formatScheduled(i18n.language, scheduleMs) }));
    if (!scheduled) {
      setText('');
      setCw(null);
      setPoll(null);
      setRecipients([]);
      setScheduleAt(null);
      attachments.clear();
      draft.clearNow();
    }
    drafts.refresh();
    onPosted?.();
  };

  const post = async () => {
    if (scheduleAt !== null) return schedulePost();
    if (!canPost || !accountId) return;
    setPosting(true);
    setError(null);
    const result = await getBridge().commands['notes.create'](createInput(accountId, fields));
    setPosting(false);
    if (!result.ok) {
      setError(coreText(result.error) || t('compose.postFailed'));
      return;
    }
    setText('');
    setCw(null);
    setPoll(null);
    setRecipients([]);
    setNotice(null);
    attachments.clear();
    draft.clearNow();
    onPosted?.();
  };

  const addFiles = (files: readonly File[]) => {
    if (files.length === 0) return;
    setNotice(attachments.add(files));
  };

  const pick = (s: Suggestion) => {
    if (!completion) return;
    const next = applyCompletion(text, completion, s.insert);
    setText(next.text);
    setCaret({ start: next.caret, end: next.caret, dismissed: -1 });
    setActive(0);
    requestAnimationFrame(() => {
      textRef.current?.focus();
      textRef.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // An IME is composing (Japanese, Chinese…): Enter confirms the conversion, never posts or picks.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (listOpen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const by = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + by + suggestions.length) % suggestions.length);
        return;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        const s = suggestions[activeIndex];
        if (s) pick(s);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setCaret((c) => ({ ...c, dismissed: c.start }));
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void post();
    }
  };
  const trackCaret = () => {
    const el = textRef.current;
    if (el) setCaret((c) => (c.start === el.selectionStart && c.end === el.selectionEnd ? c : { start: el.selectionStart, end: el.selectionEnd, dismissed: c.dismissed }));
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...event.clipboardData.files].filter((f) => f.size > 0);
    if (files.length === 0) return;
    if (!event.clipboardData.getData('text/plain')) event.preventDefault();
    addFiles(files);
  };
  const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!dragging) setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    addFiles([...event.dataTransfer.files]);
  };

  const listId = `${ids}-suggestions`;
  const formLabel = mode === 'reply' ? t('compose.reply') : mode === 'quote' ? t('compose.quote') : t('compose.formLabel');
  return (
    <form
      className="compose"
      aria-label={formLabel}
      data-compose-mode={mode}
      data-dragging={dragging || undefined}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void post();
      }}
      onDragOver={onDragOver}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={onDrop}
    >
      {mode === 'new' && <h2 className="compose-title">{t('compose.newNote')}</h2>}
      {mode === 'new' && accounts.length > 1 && (
        <label className="compose-field">
          <span>{t('compose.postAs')}</span>
          <AccountSelect accounts={accounts} value={account?.id ?? ''} onChange={setChosenId} disabled={posting || !account || attachments.items.length > 0} onlyUsable />
        </label>
      )}
      {cw !== null && (
        <input type="text" className="compose-cw" value={cw} placeholder={t('compose.cwPlaceholder')} maxLength={10_000} onChange={(e) => setCw(e.target.value)} aria-label={t('compose.cw')} />
      )}
      <div className="compose-text-wrap">
        <textarea
            ref={textRef}
            value={text}
            placeholder={mode === 'reply' ? t('compose.replyPlaceholder') : mode === 'quote' ? t('compose.quotePlaceholder') : t('compose.placeholder')}
            rows={mode === 'new' ? 6 : 5}
            autoFocus={autoFocus}
            readOnly={posting}
            aria-busy={posting}
            aria-label={t('compose.noteText')}
            aria-autocomplete="list"
            aria-controls={listOpen ? listId : undefined}
            aria-activedescendant={listOpen ? `${listId}-${activeIndex}` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setCaret({ start: e.target.selectionStart, end: e.target.selectionEnd, dismissed: -1 });
              setActive(0);
            }}
            onSelect={trackCaret}
            onClick={trackCaret}
            onKeyUp={(e) => (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') && !listOpen && trackCaret()}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onBlur={() => setCaret((c) => ({ ...c, dismissed: c.start }))}
          />
        {listOpen && <AutocompleteList id={listId} suggestions={suggestions} active={activeIndex} onPick={pick} />}
      </div>
      <AttachmentList items={attachments.items} onRemove={attachments.remove} onUpdate={(id, change) => void attachments.update(id, change)} />
      {poll && <PollEditor poll={poll} onChange={setPoll} />}
      {visibility === 'specified' && <RecipientsPicker accountId={accountId} recipients={recipients} onChange={setRecipients} />}
      <div className="compose-toolbar">
        <button type="button" className="icon-button compose-tool" aria-label={t('compose.attachFiles')} title={t('compose.attachFiles')} disabled={!accountId || attachments.items.length >= info.maxFilesPerNote} onClick={() => fileRef.current?.click()}>
          <Icon name="clip" size={18} />
        </button>
        <input
          ref={fileRef}
          type="file"
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('compose.chooseFiles')}
          onChange={(e) => {
            addFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <button type="button" className="icon-button compose-tool" aria-label={poll ? t('compose.removePoll') : t('compose.addPoll')} aria-pressed={!!poll} title={t('poll.title')} onClick={() => setPoll((p) => (p ? null : newPoll()))}>
          <Icon name="poll" size={18} />
        </button>
        <button type="button" className="icon-button compose-tool compose-cw-toggle" aria-label={cw === null ? t('compose.addCw') : t('compose.removeCw')} aria-pressed={cw !== null} title={t('compose.cwTitle')} onClick={() => setCw((c) => (c === null ? '' : null))}>
          {t('compose.cwShort')}
        </button>
        <select className="compose-visibility" aria-label={t('compose.visibility')} value={visibility} onChange={(e) => setVisibility(e.target.value as NoteVisibility)}>
          {visibilityOptions.map((v) => (
            <option key={v} value={v}>
              {t(`visibility.${v}`)}
            </option>
          ))}
        </select>
        {!scheduled && drafts.status?.reason?.messageKey !== 'serverHasNoDrafts' && (
          <button
            type="button"
            className="icon-button compose-tool compose-schedule-toggle"
            aria-pressed={scheduleAt !== null}
            aria-label={scheduleAt === null ? t('draftsClips.schedule') : t('draftsClips.unschedule')}
            title={scheduleBlocker ?? t('draftsClips.scheduleTitle')}
            disabled={!accountId || (scheduleAt === null && !!scheduleBlocker && drafts.status?.available === true)}
            onClick={() => {
              // An older sign-in lacks the permission: say so rather than fail later.
              if (drafts.status && !drafts.status.available && drafts.status.reason) return setNotice(coreText(drafts.status.reason));
              setScheduleAt((v) => (v === null ? toLocalInput(defaultScheduleTime(Date.now())) : null));
            }}
          >
            {t('draftsClips.schedule')}
          </button>
        )}
        <label className="compose-check" title={t('compose.localOnlyTitle')}>
          <input type="checkbox" checked={localOnly} onChange={(e) => setLocalOnly(e.target.checked)} />
          {t('compose.localOnly')}
        </label>
      </div>
      {scheduleAt !== null && <ScheduleRow value={scheduleAt} onChange={setScheduleAt} status={drafts.status} disabled={posting} />}
      {scheduleAt === null && !scheduled && scheduleBlocker && drafts.status?.available && (
        <p className="compose-notice" data-schedule-blocked>
          {scheduleBlocker}
        </p>
      )}
      {!account && mode === 'new' && (
        <p className="form-error" data-compose-blocked="reauth">
          {t('compose.reauthBeforePosting', { count: accounts.length })}
        </p>
      )}
      {notice && <p className="compose-notice">{notice}</p>}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="compose-actions">
        {(mode !== 'new' || accounts.length === 1) && account && (
          <span className="compose-as">
            {t('compose.as', { acct: accountAcct(account) })}
            {account.needsReauth ? t('accounts.needsSignInSuffix') : ''}
          </span>
        )}
        <output className="compose-counter" aria-label={t('compose.charsLeftLabel')} data-over={remaining < 0 || undefined} title={t('compose.charsLeft', { count: remaining })}>
          {formatNumber(remaining)}
        </output>
        <button type="submit" className="primary-button" disabled={!!submitBlocker || posting} aria-busy={posting} title={submitBlocker ?? undefined}>
          {scheduled ? t('draftsClips.saveScheduled') : scheduleAt !== null ? t('draftsClips.scheduleSubmit') : t('compose.post')}
        </button>
      </div>
    </form>
  );
}

const padChoices = (choices: string[]): string[] => (choices.length >= 2 ? choices.slice(0, 10) : [...choices, '', ''].slice(0, 2));

/** `@author ` (and the others mentioned) for a reply, as Misskey's own client starts one. */
function replyMentions(parent: ReturnType<typeof noteView>, ownUserId: string | undefined, ownHost: string | undefined): string {
  if (!parent.user.id || parent.user.id === ownUserId) return '';
  const host = parent.user.host && parent.user.host !== ownHost ? `@${parent.user.host}` : '';
  return `@${parent.user.username}${host} `;
}
