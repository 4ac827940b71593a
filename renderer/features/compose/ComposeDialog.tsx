import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { CompactNote } from '../notes/CompactNote';
import { noteView } from '../notes/noteView';
import type { ComposeRequest } from '../notes/state/notesUi';
import { Composer } from './Composer';
import { ModalHeader } from '../../components/ModalHeader';

/** Reply to or quote a note: the note (compact) above a composer. Escape closes. */
export function ComposeDialog({ request, onClose }: { request: ComposeRequest; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const note = noteView(request.note);
  const title = request.mode === 'reply' ? t('compose.reply') : t('compose.quote');
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The caret after the prefilled mention.
  useEffect(() => {
    const box = textRef.current;
    if (box) box.setSelectionRange(box.value.length, box.value.length);
  }, []);
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="compose-dialog" initialFocus={textRef}>
      <ModalHeader titleId={titleId} onClose={onClose}>
        {title}
      </ModalHeader>
      <div className="compose-dialog-body">
        <CompactNote note={note} label={request.mode === 'reply' ? t('compose.replyingTo') : t('compose.quoting')} className="compose-target" />
        <Composer mode={request.mode} target={request.note} accountId={request.accountId} onPosted={onClose} textRef={textRef} />
      </div>
    </ModalDialog>
  );
}
