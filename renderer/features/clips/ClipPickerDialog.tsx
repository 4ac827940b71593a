import { useTranslation } from 'react-i18next';
import { useEffect, useId, useState } from 'react';
import type { ClipView } from '../../../shared/model/noteDrafts';
import { getBridge } from '../../bridge';
import { ModalDialog } from '../../components/ModalDialog';
import { coreText } from '../../i18n/coreText';
import { notesUiActions } from '../notes/state/notesUi';
import { clipUiActions, useClipUi } from './clipUi';
import '../scheduled/scheduled.css';
import { ModalHeader } from '../../components/ModalHeader';

/** Add the note to one of the account's clips (or a new one), or take it out of one. */
export function ClipPickerDialog() {
  const target = useClipUi((s) => s.target);
  if (!target) return null;
  return <ClipPicker key={`${target.accountId}:${target.noteId}`} accountId={target.accountId} noteId={target.noteId} />;
}

function ClipPicker({ accountId, noteId }: { accountId: string; noteId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [clips, setClips] = useState<ClipView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');

  useEffect(() => {
    let live = true;
    void getBridge()
      .commands['clips.list']({ accountId })
      .then((result) => {
        if (!live) return;
        if (result.ok) setClips(result.value);
        else {
          setClips([]);
          setError(coreText(result.error));
        }
      });
    return () => {
      live = false;
    };
  }, [accountId]);

  const change = async (clip: ClipView, add: boolean) => {
    setBusy(true);
    const input = { accountId, clipId: clip.id, noteId };
    const result = add ? await getBridge().commands['clips.addNote'](input) : await getBridge().commands['clips.removeNote'](input);
    setBusy(false);
    if (!result.ok) return setError(coreText(result.error));
    notesUiActions.say(add ? t('draftsClips.clipAdded', { name: clip.name }) : t('draftsClips.clipRemoved', { name: clip.name }));
    clipUiActions.close();
  };

  const create = async () => {
    setBusy(true);
    const created = await getBridge().commands['clips.create']({ accountId, name: name.trim() });
    setBusy(false);
    if (!created.ok) return setError(coreText(created.error));
    await change(created.value, true);
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={clipUiActions.close} className="scheduled-dialog">
      <ModalHeader titleId={titleId} onClose={clipUiActions.close}>
        {t('draftsClips.clipTitle')}
      </ModalHeader>
      <div className="scheduled-body">
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {clips === null ? (
          <p className="scheduled-empty">{t('draftsClips.loading')}</p>
        ) : clips.length === 0 ? (
          <p className="scheduled-empty">{t('draftsClips.noClips')}</p>
        ) : (
          <ul className="clip-list">
            {clips.map((clip) => (
              <li key={clip.id} className="clip-row">
                <span className="clip-row-name">{clip.name}</span>
                <span className="clip-row-count">{t('draftsClips.clipNotes', { count: clip.notesCount })}</span>
                <button type="button" className="primary-button small" disabled={busy} aria-label={`${t('draftsClips.clipAdd')}: ${clip.name}`} onClick={() => void change(clip, true)}>
                  {t('draftsClips.clipAdd')}
                </button>
                <button type="button" className="secondary-button small" disabled={busy} aria-label={`${t('draftsClips.clipRemove')}: ${clip.name}`} onClick={() => void change(clip, false)}>
                  {t('draftsClips.clipRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="clip-new"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void create();
          }}
        >
          <input type="text" value={name} maxLength={100} placeholder={t('draftsClips.newClipName')} aria-label={t('draftsClips.newClipName')} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="secondary-button small" disabled={busy || !name.trim()}>
            {t('draftsClips.createClip')}
          </button>
        </form>
      </div>
    </ModalDialog>
  );
}
