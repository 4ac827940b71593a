import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserLite } from '../../../shared/model/content';
import { Menu } from '../notes/Menu';
import { useAccountMutes } from './state/mutesStore';
import { userMenuItems } from './userMenuItems';

/** The profile's "⋯" button: mute, renote-mute, block and report the user, as seen from the account. */
export function UserModerationMenu({ accountId, user }: { accountId: string; user: Pick<UserLite, 'id' | 'username' | 'host' | 'name'> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLButtonElement>(null);
  const mutes = useAccountMutes(accountId);
  return (
    <>
      <button ref={anchor} type="button" className="icon-button" aria-haspopup="menu" aria-expanded={open} aria-label={t('notes.more')} title={t('notes.more')} onClick={() => setOpen((was) => !was)}>
        ⋯
      </button>
      {open && (
        <Menu
          label={t('notes.more')}
          items={userMenuItems(t, { accountId, user }, mutes)}
          anchor={anchor}
          onClose={(refocus) => {
            setOpen(false);
            if (refocus) requestAnimationFrame(() => anchor.current?.focus());
          }}
        />
      )}
    </>
  );
}
