// Hostile strings for the hostile-content suite. Every script-ish payload carries a canary: a script
// that sets `top.__pwned` to the variant's number and calls `alert` with it, so a run that ever
// executes one says which variant did. `evil` is an origin the test owns and watches (see evilServer.ts).

/** The JavaScript every script-ish payload would run: no spaces, so it also works in unquoted attributes. */
export const canaryJs = (n: number): string => `top.__pwned=${n},alert(${n})`;

export interface Payload {
  label: string;
  value: string;
}

type Template = (js: string, evil: string) => string;

const html: [string, Template][] = [
  ['script', (js) => `<script>${js}</script>`],
  ['script-src', (_js, evil) => `<script src=${evil}/evil.js></script>`],
  ['img-onerror', (js) => `<img src=x onerror=${js}>`],
  ['attr-breakout', (js) => `"><img src=x onerror="${js}">`],
  ['single-quote-breakout', (js) => `'><svg/onload='${js}'>`],
  ['svg-onload', (js) => `<svg onload=${js}>`],
  ['svg-script', (js) => `<svg><script>${js}</script></svg>`],
  ['iframe-srcdoc', (js) => `<iframe srcdoc="<script>${js}</script>"></iframe>`],
  ['iframe-js', (js) => `<iframe src="javascript:${js}"></iframe>`],
  ['iframe-remote', (_js, evil) => `<iframe src="${evil}/frame.html"></iframe>`],
  ['style-import', (_js, evil) => `<style>@import url(${evil}/evil.css);</style>`],
  ['link-stylesheet', (_js, evil) => `<link rel=stylesheet href=${evil}/evil.css>`],
  ['object-data', (js) => `<object data="javascript:${js}"></object>`],
  ['embed-data-html', (js) => `<embed src="data:text/html,<script>${js}</script>">`],
  ['a-javascript', (js) => `<a href="javascript:${js}">click</a>`],
  ['meta-refresh', (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`],
  ['base-href', (js) => `<base href="javascript:${js}//">`],
  ['form-action', (js) => `<form action="javascript:${js}"><button>go</button></form>`],
  ['details-ontoggle', (js) => `<details open ontoggle=${js}>`],
  ['input-autofocus', (js) => `<input autofocus onfocus=${js}>`],
  ['body-onload', (js) => `<body onload=${js}>`],
  ['mxss-math', (js) => `<math><mtext><table><mglyph><style><img src=x onerror=${js}>`],
  ['noscript-mxss', (js) => `<noscript><p title="</noscript><img src=x onerror=${js}>">`],
  ['textarea-breakout', (js) => `</textarea></title><script>${js}</script>`],
  ['video-source', (js) => `<video><source onerror=${js}></video>`],
  ['entity-encoded', (js) => `&lt;script&gt;${js}&lt;/script&gt;&#60;img src=x onerror=${js}&#62;`],
  ['angular-template', (js) => `{{constructor.constructor('${js}')()}}`],
  ['js-template-literal', (js) => `\${${js}}`],
  ['server-template', (js) => `<%= ${js} %>#{${js}}[[${js}]]`],
  ['js-string-breakout', (js) => `';${js};//";${js};//</script><script>${js}</script>`],
  ['mfm-wrapped-script', (js) => `$[x2 <script>${js}</script>] **<img src=x onerror=${js}>**`],
  ['javascript-url-text', (js) => `javascript:${js}`],
];

export function htmlPayloads(n: number, evil: string): Payload[] {
  const js = canaryJs(n);
  return html.map(([label, t]) => ({ label, value: t(js, evil) }));
}

export const htmlPayloadCount = html.length;

const urls: [string, Template][] = [
  ['javascript', (js) => `javascript:${js}`],
  ['javascript-mixed-case', (js) => `JaVaScRiPt:${js}`],
  ['javascript-leading-space', (js) => ` javascript:${js}`],
  ['javascript-tab', (js) => `java\tscript:${js}`],
  ['javascript-entity', (js) => `javascript&colon;${js}`],
  ['javascript-nul', (js) => `\u0000javascript:${js}`],
  ['data-html', (js) => `data:text/html,<script>${js}</script>`],
  ['data-html-base64', (js) => `data:text/html;base64,${Buffer.from(`<script>${js}</script>`).toString('base64')}`],
  ['data-svg', (js) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${js}"/>`],
  ['vbscript', () => 'vbscript:msgbox("pwned")'],
  ['file', () => 'file:///etc/passwd'],
  ['about-blank', () => 'about:blank'],
  ['chrome', () => 'chrome://settings'],
  ['blob', (_js, evil) => `blob:${evil}/00000000-0000-0000-0000-000000000000`],
  ['custom-scheme', () => 'missdeck://auth?session=00000000-0000-0000-0000-000000000000'],
  ['protocol-relative', () => '//evil.invalid/x.png'],
  ['remote-script-as-url', (_js, evil) => `${evil}/evil.js`],
  ['remote-css-as-url', (_js, evil) => `${evil}/evil.css`],
  ['http-attr-breakout', (js, evil) => `${evil}/img/x.png"><script>${js}</script>`],
  ['http-css-breakout', (_js, evil) => `${evil}/img/x.png);background:url(${evil}/img/y.png`],
];

export function urlPayloads(n: number, evil: string): Payload[] {
  const js = canaryJs(n);
  return urls.map(([label, t]) => ({ label, value: t(js, evil) }));
}

const mfm: [string, Template][] = [
  ['link-javascript', (js) => `[click me](javascript:${js})`],
  ['link-javascript-case', (js) => `[click me](JaVaScRiPt:${js})`],
  ['silent-link-data', (js) => `?[x](data:text/html,<script>${js}</script>)`],
  ['angle-javascript', (js) => `<javascript:${js}>`],
  ['link-vbscript', () => `[x](vbscript:msgbox)`],
  ['link-file', () => `[x](file:///etc/passwd)`],
  ['link-custom-scheme', () => `[**sign in**](missdeck://auth?session=evil)`],
  ['angle-attr-breakout', (js) => `<https://ok.invalid/" onmouseover="${js}>`],
  ['url-attr-breakout', (js) => `https://ok.invalid/"><script>${js}</script>`],
  ['link-label-html', (js) => `[<img src=x onerror=${js}>](https://ok.invalid/)`],
  ['fn-style-url', (_js, evil) => `$[fg.color=red;background:url(${evil}/img/fg.png) styled]`],
  ['fn-bg-javascript', (js) => `$[bg.color=url(javascript:${js}) styled]`],
  ['fn-position-huge', () => `$[position.x=99999,y=-99999 far] $[scale.x=99999,y=99999 huge] $[rotate.deg=1e309 spun]`],
  ['fn-font-url', (_js, evil) => `$[font.url(${evil}/evil.css) f] $[border.color=f00;position:fixed,width=1e9 b]`],
  ['fn-proto', () => `$[__proto__ proto] $[constructor c] :__proto__: :constructor: :toString:`],
  ['emoji-name-html', (js) => `:"><img src=x onerror=${js}>:`],
  ['mention-hashtag-html', (js) => `@<img src=x onerror=${js}> #<script>${js}</script> @a@<svg/onload=${js}>`],
  ['code-html', (js) => `\`<script>${js}</script>\`\n\`\`\`html\n<script>${js}</script>\n\`\`\``],
  ['math-html', (js) => `\\(<img src=x onerror=${js}>\\) \\[<script>${js}</script>\\]`],
  ['unixtime-ruby', (js) => `$[unixtime <script>${js}</script>] $[ruby <img src=x onerror=${js}> x]`],
  ['plain-script', (js) => `<plain><script>${js}</script></plain>`],
  ['search-js', (js) => `${js} 検索`],
];

/** Bracket storms and nesting thousands deep: parse time and recursion depth, not script. */
const storms: [string, () => string][] = [
  ['nest-x2-3000', () => `${'$[x2 '.repeat(3000)}deep${']'.repeat(3000)}`],
  ['bold-5000', () => '**'.repeat(5000)],
  ['bold-nested-2500', () => `${'**a '.repeat(2500)}x${' b**'.repeat(2500)}`],
  ['center-2000', () => '<center>'.repeat(2000)],
  ['center-nested-2000', () => `${'<center>\n'.repeat(2000)}x${'\n</center>'.repeat(2000)}`],
  ['bracket-2000', () => '['.repeat(2000)],
  ['link-open-2000', () => '[xxxxxxxxx'.repeat(2000)],
  ['silent-link-math-2000', () => '?[\\('.repeat(2000)],
  ['angle-http-2000', () => '<http://'.repeat(2000)],
  ['italic-3000', () => `${'<i>'.repeat(3000)}x`],
  ['quote-5000', () => '> '.repeat(5000)],
  ['small-nested-2000', () => `${'<small>'.repeat(2000)}x${'</small>'.repeat(2000)}`],
  ['paren-url-3000', () => `https://ok.invalid/${'('.repeat(3000)}`],
  ['emoji-colons-5000', () => ':a:'.repeat(5000)],
];

export function mfmPayloads(n: number, evil: string): Payload[] {
  const js = canaryJs(n);
  return [...mfm.map(([label, t]) => ({ label, value: t(js, evil) })), ...storms.map(([label, t]) => ({ label, value: t() }))];
}

/** Unicode abuse: bidi overrides, invisible runs, combining storms, lone surrogates, control characters. */
export const unicodePayloads: Payload[] = [
  { label: 'rtl-override', value: '\u202Egnp.exe\u202C evil \u202Dtxt.\u202E' },
  { label: 'bidi-isolates-unclosed', value: '\u2066\u2067\u2068'.repeat(500) },
  { label: 'zero-width-4000', value: '\u200B\u200C\u200D\uFEFF'.repeat(1000) },
  { label: 'combining-10000', value: `a${'\u0301'.repeat(10_000)}` },
  { label: 'zalgo', value: 'Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349'.repeat(800) },
  { label: 'lone-high-surrogate', value: 'x\uD800y\uD83Dz' },
  { label: 'lone-low-surrogate', value: '\uDC00\uDFFFend' },
  { label: 'nul-and-controls', value: 'a\u0000b\u0001c\u0007d\u001Be[0m\u007F\u0085' },
  { label: 'line-separators', value: 'a\u2028b\u2029c\r\r\n\v\f' },
  { label: 'zwj-emoji-storm', value: '👨‍👩‍👧‍👦'.repeat(2000) },
  { label: 'tag-characters', value: '\u{E0041}\u{E0042}\u{E0043}'.repeat(1000) },
  { label: 'noncharacters', value: '\uFFFE\uFFFF\u{10FFFF}\u{1FFFE}' },
];

/** Very long strings. Kilobytes: 100 KB and 1 MB (1,048,576 characters). */
export const hugeText = (kb: number, kind: 'words' | 'word' | 'lines' = 'words'): string => {
  const size = kb * 1024;
  const unit = kind === 'word' ? 'x' : kind === 'lines' ? '\n' : 'lorem ipsum <b>dolor</b> :sit: @amet #consectetur https://ok.invalid/ ';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
};
