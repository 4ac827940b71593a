import { useEffect, useRef } from 'react';
import type { CommandInput } from '../../../../shared/contract/commands';
import type { DraftView } from '../../../../shared/model/content';
import { getBridge } from '../../../bridge';

export const draftSaveDelayMs = 500;
type DraftBody = NonNullable<CommandInput<'drafts.save'>['draft']>;

/**
 * Per-account draft: `load` once when the account is chosen (only into an empty composer),
 * then every change is saved `draftSaveDelayMs` after the last one. `draft` null clears it.
 */
export function useDraft(accountId: string | null, draft: DraftBody | null, onLoad: (draft: DraftView) => void, enabled = true) {
  const loadedFor = useRef<string | null>(null);
  const lastSaved = useRef<string | null>(null);
  const onLoadRef = useRef(onLoad);
  useEffect(() => {
    onLoadRef.current = onLoad;
  });

  useEffect(() => {
    if (!enabled || !accountId || loadedFor.current === accountId) return;
    loadedFor.current = accountId;
    let live = true;
    void getBridge()
      .commands['drafts.get']({ accountId })
      .then((r) => {
        if (!live || !r.ok || !r.value) return;
        lastSaved.current = JSON.stringify(bodyOf(r.value));
        onLoadRef.current(r.value);
      });
    return () => {
      live = false;
    };
  }, [accountId, enabled]);

  const serialized = draft ? JSON.stringify(draft) : null;
  useEffect(() => {
    if (!enabled || !accountId || serialized === lastSaved.current) return;
    const timer = setTimeout(() => {
      lastSaved.current = serialized;
      void getBridge().commands['drafts.save']({ accountId, draft: serialized ? (JSON.parse(serialized) as DraftBody) : null });
    }, draftSaveDelayMs);
    return () => clearTimeout(timer);
  }, [accountId, serialized, enabled]);

  return {
    /** After a successful post: the draft is gone at once, not after the delay. */
    clearNow(forAccountId: string) {
      if (!enabled) return;
      lastSaved.current = null;
      void getBridge().commands['drafts.save']({ accountId: forAccountId, draft: null });
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
});

/** The draft worth keeping, or null when the composer is empty. */
export function draftOf(fields: { text: string; cw: string | null; visibility: DraftBody['visibility']; localOnly: boolean; pollChoices: string[] | null }): DraftBody | null {
  const empty = fields.text.trim() === '' && !fields.cw && !(fields.pollChoices && fields.pollChoices.some((c) => c.trim()));
  if (empty) return null;
  return {
    text: fields.text.slice(0, 100_000),
    cw: fields.cw == null ? null : fields.cw.slice(0, 10_000),
    visibility: fields.visibility,
    localOnly: fields.localOnly,
    replyId: null,
    renoteId: null,
    pollChoices: fields.pollChoices ? fields.pollChoices.map((c) => c.slice(0, 50)).slice(0, 10) : null,
  };
}
