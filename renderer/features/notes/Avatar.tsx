import { safeWebUrl } from '../../lib/safeUrl';

/** A round avatar; remote URLs only if http(s). */
export function Avatar({ url, size = 40 }: { url: string | null | undefined; size?: number }) {
  const src = safeWebUrl(url);
  const style = { width: size, height: size };
  if (!src) return <span className="avatar avatar-empty" style={style} aria-hidden="true" />;
  return (
    <img
      className="avatar"
      src={src}
      alt=""
      decoding="async"
      referrerPolicy="no-referrer"
      width={size}
      height={size}
      style={style}
    />
  );
}
