import './icons.css';
import { iconPaths, iconStroke, type IconName } from './iconPaths';
import { scalePath } from './scalePath';

export type { IconName } from './iconPaths';

const drawn = new Map<string, { d: string; stroke: number }>();
/** The icon's 24-unit path redrawn at `size` px, once per name and size. */
function drawnAt(name: IconName, size: number) {
  const key = `${name} ${size}`;
  let path = drawn.get(key);
  if (!path) drawn.set(key, (path = { d: scalePath(iconPaths[name], size / 24), stroke: Math.round(iconStroke * (size / 24) * 100) / 100 }));
  return path;
}

/**
 * An inline SVG icon in the text colour. Rows of a column use image icons instead (imageIcons.ts).
 * Drawn at 1:1 (viewBox = size) and unclipped (icons.css): a scaling viewBox or the default SVG clip
 * gives every icon its own paint properties, and a note row has four, hundreds of times a second in
 * a flood (a quarter of the frame's layerization cost in a trace).
 */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  const { d, stroke } = drawnAt(name, size);
  return (
    <svg className="icon" viewBox={`0 0 ${size} ${size}`} style={size === 16 ? undefined : { width: size, height: size }} aria-hidden="true">
      <path d={d} strokeWidth={stroke} />
    </svg>
  );
}
