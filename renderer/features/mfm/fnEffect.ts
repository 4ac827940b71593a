import { mfmLimits } from './limits';
import { safeHexColor } from './safeColor';

/** mfm-js gives `$[name.a=1,b]` as `{ a: '1', b: true }`. */
export type FnArgs = Record<string, string | true>;

/**
 * What a `$[fn …]` does to its children, as data: CSS classes from mfm.css and inline style
 * values that are always clamped numbers or validated colours, never text from the note.
 * `scale` is the factor the effect multiplies nested sizes by, for the cumulative bound.
 */
export interface FnEffect {
  className: string;
  style?: Record<string, string>;
  scale?: number;
}

export type FnResult =
  | { kind: 'effect'; effect: FnEffect }
  | { kind: 'ruby' }
  | { kind: 'unixtime' }
  /** Unknown name or invalid arguments: the children as they are. */
  | { kind: 'none' };

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** A finite number from an argument (`'2'`, `'-1.5'`, `'2s'` with `unit`), else the fallback. */
export function numberArg(value: string | true | undefined, fallback: number, unit = ''): number {
  if (typeof value !== 'string') return fallback;
  const text = unit && value.endsWith(unit) ? value.slice(0, -unit.length) : value;
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return fallback;
  const n = Number(text);
  return Number.isFinite(n) ? n : fallback;
}

/** Round for CSS so values stay short and stable in tests. */
const css = (n: number) => String(Math.round(n * 1000) / 1000);

/** `speed=2s` / `delay=1s`: seconds, clamped. */
export const animationSpeed = (args: FnArgs, fallback: number) => clamp(numberArg(args.speed, fallback, 's'), 0.2, 10);
const animationDelay = (args: FnArgs) => clamp(numberArg(args.delay, 0, 's'), 0, 10);

function animation(name: string, args: FnArgs, fallbackSpeed: number, extra = ''): FnEffect {
  const style: Record<string, string> = { animationDuration: `${css(animationSpeed(args, fallbackSpeed))}s` };
  const delay = animationDelay(args);
  if (delay > 0) style.animationDelay = `${css(delay)}s`;
  return { className: `mfm-anim mfm-${name}${extra}`, style };
}

const fontFamilies = ['serif', 'monospace', 'cursive', 'fantasy'] as const;
const borderStyles = new Set(['solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset', 'hidden', 'none']);

/** Font scale of x2/x3/x4, as Misskey draws them. */
export const fontScales: Record<string, number> = { x2: 2, x3: 4, x4: 6 };

/** The effect of one `$[name.args …]`. Pure; see fnEffect.test.ts. */
export function fnEffect(name: string, args: FnArgs): FnResult {
  const effect = (e: FnEffect): FnResult => ({ kind: 'effect', effect: e });
  switch (name) {
    case 'x2':
    case 'x3':
    case 'x4':
      return effect({ className: `mfm-${name}`, scale: fontScales[name] });
    case 'flip': {
      const h = args.h === true;
      const v = args.v === true;
      return effect({ className: h && v ? 'mfm-flip-hv' : v ? 'mfm-flip-v' : 'mfm-flip-h' });
    }
    case 'spin': {
      const axis = args.x === true ? '-x' : args.y === true ? '-y' : '';
      const direction = args.left === true ? ' mfm-reverse' : args.alternate === true ? ' mfm-alternate' : '';
      return effect(animation(`spin${axis}`, args, 1.5, direction));
    }
    case 'jump':
      return effect(animation('jump', args, 0.75));
    case 'bounce':
      return effect(animation('bounce', args, 0.75));
    case 'shake':
      return effect(animation('shake', args, 0.5));
    case 'twitch':
      return effect(animation('twitch', args, 0.5));
    case 'rainbow':
      return effect(animation('rainbow', args, 1));
    case 'tada':
      return effect({ ...animation('tada', args, 1), scale: 1.5 });
    case 'sparkle':
      return effect(animation('sparkle', args, 1.5));
    case 'blur':
      return effect({ className: 'mfm-blur' });
    case 'font': {
      const family = fontFamilies.find((f) => args[f] === true);
      return family ? effect({ className: `mfm-font-${family}` }) : { kind: 'none' };
    }
    case 'rotate': {
      const deg = clamp(numberArg(args.deg, 90), -360, 360);
      const axis = args.x === true ? 'X' : args.y === true ? 'Y' : '';
      return effect({ className: 'mfm-transform', style: { transform: `rotate${axis}(${css(deg)}deg)` } });
    }
    case 'position': {
      const x = clamp(numberArg(args.x, 0), -5, 5);
      const y = clamp(numberArg(args.y, 0), -5, 5);
      return effect({ className: 'mfm-transform', style: { transform: `translate(${css(x)}em, ${css(y)}em)` } });
    }
    case 'scale': {
      const x = clamp(numberArg(args.x, 1), 0.1, 5);
      const y = clamp(numberArg(args.y, 1), 0.1, 5);
      return effect({ className: 'mfm-transform', style: { transform: `scale(${css(x)}, ${css(y)})` }, scale: Math.max(x, y) });
    }
    case 'fg': {
      const color = safeHexColor(args.color);
      return color ? effect({ className: 'mfm-fg', style: { color } }) : { kind: 'none' };
    }
    case 'bg': {
      const color = safeHexColor(args.color);
      return color ? effect({ className: 'mfm-bg', style: { backgroundColor: color } }) : { kind: 'none' };
    }
    case 'border': {
      const width = clamp(numberArg(args.width, 1), 0, 10);
      const style = typeof args.style === 'string' && borderStyles.has(args.style) ? args.style : 'solid';
      const color = safeHexColor(args.color) ?? 'currentColor';
      const radius = clamp(numberArg(args.radius, 0), 0, 50);
      return effect({
        className: args.noclip === true ? 'mfm-border' : 'mfm-border mfm-clip',
        style: { border: `${css(width)}px ${style} ${color}`, borderRadius: `${css(radius)}px` },
      });
    }
    case 'ruby':
      return { kind: 'ruby' };
    case 'unixtime':
      return { kind: 'unixtime' };
    default:
      return { kind: 'none' };
  }
}

/** Whether a scaling effect still fits under the cumulative bound; callers drop it if not. */
export const fitsScale = (current: number, factor = 1) => current * factor <= mfmLimits.maxCumulativeScale;
