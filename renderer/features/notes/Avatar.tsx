import { safeWebUrl } from '../../lib/safeUrl';

interface AvatarProps {
  url: string | null | undefined;
  size?: number;
  /** Opens the user's profile; the avatar stays out of the tab order and unnamed, as the name beside it does both. */
  onClick?(): void;
}

/** A round avatar; remote URLs only if http(s). */
export function Avatar({ url, size = 40, onClick }: AvatarProps) {
  const src = safeWebUrl(url);
  const style = { width: size, height: size };
  const className = onClick ? 'avatar avatar-clickable' : 'avatar';
  if (!src) return <span className={`${className} avatar-empty`} style={style} aria-hidden="true" onClick={onClick} />;
  return (
    <img
      className={className}
      src={src}
      alt=""
      decoding="async"
      referrerPolicy="no-referrer"
      width={size}
      height={size}
      style={style}
      onClick={onClick}
    />
  );
}
