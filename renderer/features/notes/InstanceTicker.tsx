import { safeHexColor } from '../mfm/safeColor';
import { safeMediaUrl } from '../media/mediaUrl';
import type { UserView } from './noteView';

/** The remote author's server: its icon and name on its theme colour. Nothing for local users. */
export function InstanceTicker({ user }: { user: UserView }) {
  if (!user.host) return null;
  const name = user.instance?.name?.trim() || user.host;
  const icon = safeMediaUrl(user.instance?.iconUrl);
  const color = colorOf(user.instance?.themeColor);
  return (
    <span className="instance-ticker" style={color ? { background: `linear-gradient(90deg, ${color}, ${color}00)` } : undefined} title={user.host}>
      {icon && <img src={icon} alt="" width={12} height={12} referrerPolicy="no-referrer" />}
      <span className="instance-ticker-name">{name}</span>
    </span>
  );
}

function colorOf(value: string | null | undefined): string | null {
  if (!value) return null;
  return value.startsWith('#') ? safeHexColor(value.slice(1)) : null;
}
