import { iconPaths, iconStroke, type IconName } from './iconPaths';

/**
 * The icons every note row shows are background images drawn once per theme, not inline SVG: each
 * SVG root is its own replaced element with its own paint properties, and at 100 notes/s over ten
 * columns the rows' four SVG icons cost about a fifth of the renderer's main thread
 * (`npm run bench -- flood --trace`); an image costs a draw call.
 */
export interface ImageIconRule {
  selector: string;
  icon: IconName;
  /** CSS px. */
  size: number;
  /** The theme's custom property for the colour, e.g. `--muted`. */
  color: string;
}

const footerIcons = ['reply', 'renote', 'react', 'more'] as const;
const action = (icon: IconName, state = '') => `.note-action[data-icon='${icon}']${state}`;

/** The colours follow the text colours the buttons had: muted, accent while its menu is open, text on hover. */
export const imageIconRules: readonly ImageIconRule[] = [
  ...footerIcons.flatMap((icon) => [
    { selector: action(icon), icon, size: 16, color: '--muted' },
    { selector: action(icon, "[aria-expanded='true']"), icon, size: 16, color: '--accent' },
    { selector: action(icon, ':hover:not(:disabled)'), icon, size: 16, color: '--text' },
  ]),
  { selector: '.note-renoted-icon', icon: 'renote', size: 14, color: '--ok' },
];

/** Draws one icon `pixels` square in `color`; a URL for CSS, or null when it cannot be drawn. */
export type DrawIcon = (icon: IconName, color: string, pixels: number) => string | null;

/** The style sheet giving each rule its image, in the colours `colorOf` reads now, at `scale` device px per CSS px. */
export function imageIconCss(rules: readonly ImageIconRule[], colorOf: (property: string) => string, draw: DrawIcon, scale: number): string {
  const lines: string[] = [];
  for (const rule of rules) {
    const color = colorOf(rule.color);
    if (!color) continue;
    const url = draw(rule.icon, color, Math.max(1, Math.round(rule.size * scale)));
    if (url) lines.push(`${rule.selector} { background-image: url("${url}"); }`);
  }
  return lines.join('\n');
}

const drawn = new Map<string, string | null>();

/** A PNG data URL (cached per icon, colour and size), or null without a 2D canvas. */
export const drawIconPng: DrawIcon = (icon, color, pixels) => {
  const key = `${icon} ${color} ${pixels}`;
  if (drawn.has(key)) return drawn.get(key)!;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = pixels;
  const context = typeof Path2D === 'undefined' ? null : canvas.getContext('2d');
  let url: string | null = null;
  if (context) {
    context.scale(pixels / 24, pixels / 24);
    context.strokeStyle = color;
    context.lineWidth = iconStroke;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.stroke(new Path2D(iconPaths[icon]));
    url = canvas.toDataURL('image/png');
  }
  drawn.set(key, url);
  return url;
};

/**
 * In forced-colours (high-contrast) mode the icons take the system colours that text and buttons
 * get there, as an SVG in `currentColor` would; the theme's own colours may not show on them.
 */
export const forcedColorFor: Readonly<Record<string, string>> = { '--muted': 'ButtonText', '--text': 'ButtonText', '--accent': 'Highlight', '--ok': 'CanvasText' };

/** Reads what a system colour keyword resolves to now, through a probe element. */
function systemColors(doc: Document): (property: string) => string {
  const probe = doc.createElement('span');
  probe.hidden = true;
  doc.documentElement.append(probe);
  const resolved = new Map<string, string>();
  for (const keyword of new Set(Object.values(forcedColorFor))) {
    probe.style.color = keyword;
    resolved.set(keyword, doc.defaultView!.getComputedStyle(probe).color);
  }
  probe.remove();
  return (property) => resolved.get(forcedColorFor[property] ?? '') ?? '';
}

/**
 * Adds the image icons' style sheet to the document and redraws it when the theme (`data-theme`
 * on <html>), forced colours or the device pixel ratio (zoom, another screen) changes. Returns the undo.
 */
export function installImageIcons(doc: Document = document): () => void {
  const view = doc.defaultView;
  if (!view) return () => {};
  const style = doc.createElement('style');
  style.dataset.imageIcons = '';
  doc.head.append(style);
  const root = doc.documentElement;
  const forcedQuery = view.matchMedia('(forced-colors: active)');
  const update = () => {
    const computed = view.getComputedStyle(root);
    const colorOf = forcedQuery.matches ? systemColors(doc) : (property: string) => computed.getPropertyValue(property).trim();
    const css = imageIconCss(imageIconRules, colorOf, drawIconPng, view.devicePixelRatio || 1);
    if (style.textContent !== css) style.textContent = css;
  };

  const themeWatch = new MutationObserver(update);
  themeWatch.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  forcedQuery.addEventListener('change', update);
  // A resolution query matches one ratio only: it is renewed at every change.
  let scaleQuery: MediaQueryList | null = null;
  const onScale = () => {
    watchScale();
    update();
  };
  const watchScale = () => {
    scaleQuery?.removeEventListener('change', onScale);
    scaleQuery = view.matchMedia(`(resolution: ${view.devicePixelRatio || 1}dppx)`);
    scaleQuery.addEventListener('change', onScale);
  };
  watchScale();
  update();
  return () => {
    themeWatch.disconnect();
    forcedQuery.removeEventListener('change', update);
    scaleQuery?.removeEventListener('change', onScale);
    style.remove();
  };
}
