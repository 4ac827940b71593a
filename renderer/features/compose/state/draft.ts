import { useEffect, useRef } from 'react';
import type { CommandInput } from '../../../../shared/contract/commands';
import type { DraftRecipient, DraftSlot, DraftView } from '../../../../shared/model/content';
import { getBridge } from '../../../bridge';

export const draftSaveDelayMs = 500;
type DraftBody = NonNullable<CommandInput<'drafts.save'>['draft']>;

/** Whose draft: the account's new note, or (with `slot`) its reply to or quote of one note. */
export interface DraftOwner {
  accountId: string;
  slot?: DraftSlot;
}

/** What a composer starts with; a draft is only worth keeping once something differs from it. */
export interface DraftStart {
  text: string;
  cw: string | null;
  slot?: DraftSlot;
}

export const blankStart: DraftStart = { text: '', cw: null };

/**
 * The owner's draft: `load` once when the owner is known, then every change is saved
 * `draftSaveDelayMs` after the last one (at once if the composer closes first). `draft` null clears it.
 */
export function useDraft(owner: DraftOwner | null, draft: DraftBody | null, onLoad: (draft: DraftView) => void) {
  const ownerKey = owner ? JSON.stringify([owner.accountId, owner.slot?.kind, owner.slot?.noteId]) : null;
  const ownerRef = useRef(owner);
  const lastSaved = useRef<string | null>(null);
  const pending = useRef<(() => void) | null>(null);
  const onLoadRef = useRef(onLoad);
  useEffect(() => {
    onLoadRef.current = onLoad;
    ownerRef.current = owner;
  });

  useEffect(() => {
    const current = ownerRef.current;
    if (!current) return;
    let live = true;
    void getBridge()
      .commands['drafts.get'](current)
      .then((r) => {
        if (!live || !r.ok || !r.value) return;
        lastSaved.current = JSON.stringify(bodyOf(r.value));
        onLoadRef.current(r.value);
      });
    return () => {
      live = false;
    };
  }, [ownerKey]);

  const serialized = draft ? JSON.stringify(draft) : null;
  useEffect(() => {
    pending.current = null;
    const current = ownerRef.current;
    if (!current || serialized === lastSaved.current) return;
    const save = () => {
      pending.current = null;
      lastSaved.current = serialized;
      void getBridge().commands['drafts.save']({ ...current, draft: serialized ? (JSON.parse(serialized) as DraftBody) : null });
    };
    pending.current = save;
    const timer = setTimeout(save, draftSaveDelayMs);
    return () => clearTimeout(timer);
  }, [ownerKey, serialized]);

  // A dialog closed within the delay still keeps what was written.
  useEffect(() => () => pending.current?.(), []);

  return {
    /** After a successful post: the draft is gone at once, not after the delay. */
    clearNow() {
      const current = ownerRef.current;
      pending.current = null;
      if (!current) return;
      lastSaved.current = null;
      void getBridge().commands['drafts.save']({ ...current, draft: null });
    },
  };
}

const bodyOf = (d: DraftView): DraftBody => ({
  text: d.text,
  cw: d.cw,
  visibility: d.visibility,
  localOnly: d.localOnly,
  replyId: d.replyId,
  renoteId: d.renoteId,
  pollChoices: d.pollChoices,
  recipients: d.recipients,
});

interface DraftFields {
  text: string;
  cw: string | null;
  visibility: DraftBody['visibility'];
  localOnly: boolean;
  pollChoices: string[] | null;
  recipients: readonly DraftRecipient[];
}

/** Nothing written yet beyond what the composer started with (a reply's mentions, its CW). */
export function isUntouched(fields: Pick<DraftFields, 'text' | 'cw' | 'pollChoices'>, start: DraftStart = blankStart): boolean {
  return fields.text.trim() === start.text.trim() && (fields.cw || null) === (start.cw || null) && !fields.pollChoices?.some((c) => c.trim());
}

/** The draft worth keeping, or null while the composer is untouched. */
export function draftOf(fields: DraftFields, start: DraftStart = blankStart): DraftBody | null {
  if (isUntouched(fields, start)) return null;
  return {
    text: fields.text.slice(0, 100_000),
    cw: fields.cw == null ? null : fields.cw.slice(0, 10_000),
    visibility: fields.visibility,
    localOnly: fields.localOnly,
    replyId: start.slot?.kind === 'reply' ? start.slot.noteId : null,
    renoteId: start.slot?.kind === 'quote' ? start.slot.noteId : null,
    pollChoices: fields.pollChoices ? fields.pollChoices.map((c) => c.slice(0, 50)).slice(0, 10) : null,
    recipients: fields.visibility === 'specified' ? fields.recipients.slice(0, 100) : [],
  };
}
