import { useLocale } from '../../i18n/LocaleProvider';
import type { NoteVisibility } from '../../../shared/model/note';
import { Icon, type IconName } from './icons';

const icons: Record<Exclude<NoteVisibility, 'public'>, IconName> = { home: 'home', followers: 'lock', specified: 'mail' };

/** Home / followers / direct mark (public shows nothing), and the local-only mark. */
export function VisibilityMark({ visibility, localOnly }: { visibility: NoteVisibility; localOnly: boolean }) {
  const { t } = useLocale();
  return (
    <>
      {visibility !== 'public' && (
        <span className="note-visibility" role="img" aria-label={t(`visibilityMark.${visibility}`)} title={t(`visibilityMark.${visibility}`)} data-visibility={visibility}>
          <Icon name={icons[visibility]} size={13} />
        </span>
      )}
      {localOnly && (
        <span className="note-visibility" role="img" aria-label={t('visibility.localOnly')} title={t('visibility.localOnly')} data-local-only>
          <Icon name="localOnly" size={13} />
        </span>
      )}
    </>
  );
}
