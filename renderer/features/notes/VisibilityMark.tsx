import type { NoteVisibility } from '../../../shared/model/note';
import { Icon, type IconName } from './icons';
import { visibilityLabels } from './noteView';

const icons: Record<Exclude<NoteVisibility, 'public'>, IconName> = { home: 'home', followers: 'lock', specified: 'mail' };

/** Home / followers / direct mark (public shows nothing), and the local-only mark. */
export function VisibilityMark({ visibility, localOnly }: { visibility: NoteVisibility; localOnly: boolean }) {
  return (
    <>
      {visibility !== 'public' && (
        <span className="note-visibility" role="img" aria-label={visibilityLabels[visibility]} title={visibilityLabels[visibility]} data-visibility={visibility}>
          <Icon name={icons[visibility]} size={13} />
        </span>
      )}
      {localOnly && (
        <span className="note-visibility" role="img" aria-label="Local only (not federated)" title="Local only (not federated)" data-local-only>
          <Icon name="localOnly" size={13} />
        </span>
      )}
    </>
  );
}
