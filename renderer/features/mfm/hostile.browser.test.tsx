import { afterAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { Mfm } from './Mfm';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const pwn = 'window.__pwned=1';
const fragments = [
  `<script>${pwn}</script>`,
  `<img src=x onerror="${pwn}">`,
  `"><svg onload=${pwn}>`,
  `<a href="javascript:${pwn}">a</a>`,
  `[click](javascript:${pwn})`,
  `[click](JaVaScRiPt:${pwn})`,
  `[x](data:text/html,<script>${pwn}</script>)`,
  `?[x](vbscript:msgbox)`,
  `<javascript:${pwn}>`,
  `[ok](https://ok.example/"onmouseover="${pwn})`,
  `https://evil.example/"><script>${pwn}</script>`,
  `$[fg.color=red;background:url(x) styled]`,
  `$[fg.color=f00;background:url(javascript:${pwn}) styled]`,
  `$[bg.color=url(x) styled]`,
  `$[border.color=f00;position:fixed,width=1e9 styled]`,
  `$[position.x=99999,y=-99999 far]`,
  `$[scale.x=99999,y=99999 huge]`,
  `$[rotate.deg=1e309 spun]`,
  `$[x4 $[x4 $[x4 $[x4 $[x4 tall]]]]]`,
  `$[spin.speed=0.00001s,delay=-5s dizzy]`,
  `$[font.url(x) f]`,
  `$[__proto__ proto] $[constructor c] :__proto__: :constructor: :evil:`,
  `:"><img src=x onerror=${pwn}>:`,
  `@<img src=x onerror=${pwn}> #<script>${pwn}</script>`,
  '```html\n<script>window.__pwned=1</script>\n```',
  `\\(<img src=x onerror=${pwn}>\\) \\[<script>${pwn}</script>\\]`,
  `$[unixtime <script>${pwn}</script>] $[ruby <img src=x onerror=${pwn}> x]`,
  `<plain><script>${pwn}</script></plain>`,
  `${pwn} 検索`,
  `{{constructor.constructor('${pwn}')()}}`,
];
const wrappers: ((s: string) => string)[] = [
  (s) => s,
  (s) => `**${s}**`,
  (s) => `[${s}](https://ok.example/)`,
  (s) => `$[x2 ${s}]`,
  (s) => `> ${s}`,
  (s) => `<center>${s}</center>`,
  (s) => `${'$[x2 '.repeat(40)}${s}${']'.repeat(40)}`,
  (s) => `${s}\n`.repeat(60),
];
const storms = [
  '['.repeat(5000),
  '?[\\('.repeat(2000),
  '[xxxxxxxxx'.repeat(2000),
  '<center>\n'.repeat(2000),
  '<http://'.repeat(2000),
  `${'$[x2 '.repeat(3000)}x${']'.repeat(3000)}`,
  `${'<i>'.repeat(3000)}x`,
  '> '.repeat(5000),
  '**bold** @user #tag https://ex.com/a?b=1 :x: $[x2 hi] <i>it</i>\n'.repeat(1600), // ~100 KB
];
const texts = [...wrappers.flatMap((w) => fragments.map(w)), ...storms];
const emojis = { evil: `javascript:${pwn}`, x: 'https://ok.example/x.png', __proto__: 'https://ok.example/p.png' };

const allowedTags = new Set(['DIV', 'SPAN', 'B', 'I', 'DEL', 'SMALL', 'BLOCKQUOTE', 'CODE', 'PRE', 'A', 'BUTTON', 'IMG', 'INPUT', 'RUBY', 'RT', 'RP', 'TIME']);
const allowedStyle = new Set(['transform', 'color', 'background-color', 'animation-duration', 'animation-delay', 'border-radius']);

function checkTree(root: Element, text: string) {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    expect(allowedTags.has(el.tagName), `${el.tagName} from ${text.slice(0, 60)}`).toBe(true);
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), attr).toBe(false);
    if (el instanceof HTMLAnchorElement) {
      expect(el.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(el.target).toBe('_blank');
      expect(el.rel).toContain('noopener');
    }
    if (el instanceof HTMLImageElement) expect(el.getAttribute('src')).toMatch(/^https?:\/\//);
    if (el instanceof HTMLElement && el.hasAttribute('style')) {
      expect(el.classList.contains('mfm-fn')).toBe(true);
      for (let i = 0; i < el.style.length; i++) {
        const prop = el.style.item(i);
        expect(allowedStyle.has(prop) || prop.startsWith('border-'), prop).toBe(true);
        expect(el.style.getPropertyValue(prop)).not.toMatch(/url\(|expression|javascript/i);
      }
      const translate = /translate\((-?[\d.]+)em, (-?[\d.]+)em\)/.exec(el.style.transform);
      if (translate) for (const v of translate.slice(1)) expect(Math.abs(Number(v))).toBeLessThanOrEqual(5);
      const scale = /scale\(([\d.]+), ([\d.]+)\)/.exec(el.style.transform);
      if (scale) for (const v of scale.slice(1)) expect(Number(v)).toBeLessThanOrEqual(5);
      const duration = el.style.animationDuration;
      if (duration) expect(parseFloat(duration)).toBeGreaterThanOrEqual(0.2);
    }
  }
}

const timings: { text: string; ms: number }[] = [];

describe(`hostile texts (${texts.length})`, () => {
  it.each(texts.map((text, i) => [i, text] as const))('#%i renders safely', async (_i, text) => {
    const start = performance.now();
    const screen = await render(<Mfm text={text} host="remote.example" emojis={emojis} onMention={() => {}} onHashtag={() => {}} />);
    timings.push({ text, ms: performance.now() - start });
    const root = screen.container.querySelector('.mfm')!;
    checkTree(root, text);
    expect(screen.container.querySelector('script, iframe, object, embed, svg, style, link, meta, form')).toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    expect(window.__pwned).toBeUndefined();
  });

  it('none of them ran script, even after images had time to fail', async () => {
    await new Promise((r) => setTimeout(r, 300));
    expect(window.__pwned).toBeUndefined();
  });

  afterAll(() => {
    const sorted = [...timings].sort((a, b) => b.ms - a.ms);
    const total = timings.reduce((s, t) => s + t.ms, 0);
    console.log(
      `hostile batch: ${timings.length} texts, total ${total.toFixed(0)} ms, max ${sorted[0]?.ms.toFixed(1)} ms ` +
        `(${JSON.stringify(sorted[0]?.text.slice(0, 30))}), median ${sorted[Math.floor(sorted.length / 2)]?.ms.toFixed(1)} ms`,
    );
    for (const t of sorted.slice(0, 5)) console.log(`  ${t.ms.toFixed(1)} ms ${JSON.stringify(t.text.slice(0, 40))} (${t.text.length} chars)`);
    expect(sorted[0]!.ms).toBeLessThan(500);
  });
});
