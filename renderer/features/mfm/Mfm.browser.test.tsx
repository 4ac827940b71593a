import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { Mfm, type MfmProps } from './Mfm';
import { MfmPlain, UserDisplayName } from './MfmPlain';
import { ReactionEmoji } from './MfmEmoji';
import { MfmServerEmojisContext } from './MfmContext';
import { imagesSettled, shownText } from '../emoji/testing/shownText';

const mount = async (text: string, props: Partial<MfmProps> = {}) => {
  const screen = await render(<Mfm text={text} host={null} {...props} />);
  return screen.container.querySelector<HTMLElement>('.mfm')!;
};
const fnSpan = (root: HTMLElement) => root.querySelector<HTMLElement>('.mfm-fn')!;

describe('node kinds', () => {
  it('text keeps line breaks as text', async () => {
    const root = await mount('one\ntwo <b>');
    expect(root.textContent).toBe('one\ntwo <b>');
    expect(root.children).toHaveLength(0);
  });
  it('bold, italic, strike, small', async () => {
    const root = await mount('**b** <i>i</i> ~~s~~ <small>m</small>');
    expect(root.querySelector('b')?.textContent).toBe('b');
    expect(root.querySelector('i')?.textContent).toBe('i');
    expect(root.querySelector('del')?.textContent).toBe('s');
    expect(root.querySelector('small.mfm-small')?.textContent).toBe('m');
  });
  it('center and quote', async () => {
    const root = await mount('<center>mid</center>\n> quoted');
    expect(root.querySelector('div.mfm-center')?.textContent).toBe('mid');
    expect(getComputedStyle(root.querySelector('.mfm-center')!).textAlign).toBe('center');
    expect(root.querySelector('blockquote.mfm-quote')?.textContent).toBe('quoted');
  });
  it('inline code and code block with its language', async () => {
    const root = await mount('`a<b>` and\n```ts\nconst x = "<script>";\n```');
    expect(root.querySelector('code.mfm-inline-code')?.textContent).toBe('a<b>');
    expect(root.querySelector('.mfm-code-block .mfm-code-lang')?.textContent).toBe('ts');
    expect(root.querySelector('.mfm-code-block pre code')?.textContent).toBe('const x = "<script>";');
    expect(root.querySelector('script')).toBeNull();
  });
  it('inline and block math show their TeX', async () => {
    const root = await mount('\\(x^2\\)\n\\[\\frac{a}{b}\\]');
    expect(root.querySelector('code.mfm-math-inline')?.textContent).toBe('x^2');
    expect(root.querySelector('pre.mfm-math-block')?.textContent).toBe('\\frac{a}{b}');
  });
  it('mentions call onMention with the resolved host', async () => {
    const onMention = vi.fn();
    const screen = await render(<Mfm text="@bob and @carol@other.example" host="remote.example" onMention={onMention} />);
    const buttons = screen.container.querySelectorAll<HTMLButtonElement>('button.mfm-mention');
    expect([...buttons].map((b) => b.textContent)).toEqual(['@bob', '@carol@other.example']);
    await screen.getByText('@bob').click();
    await screen.getByText('@carol@other.example').click();
    expect(onMention.mock.calls).toEqual([[{ username: 'bob', host: 'remote.example' }], [{ username: 'carol', host: 'other.example' }]]);
  });
  it('mentions without a handler are text', async () => {
    const root = await mount('@bob');
    expect(root.querySelector('span.mfm-mention')?.textContent).toBe('@bob');
    expect(root.querySelector('button')).toBeNull();
  });
  it('hashtags call onHashtag', async () => {
    const onHashtag = vi.fn();
    const screen = await render(<Mfm text="#missdeck" host={null} onHashtag={onHashtag} />);
    await screen.getByRole('button', { name: '#missdeck' }).click();
    expect(onHashtag).toHaveBeenCalledWith('missdeck');
  });
  it('urls show host+path, full URL in title, open in a new window', async () => {
    const root = await mount('see https://misskey-hub.net/docs/for-users/features/mfm/?with=a&long=query#and-hash');
    const a = root.querySelector<HTMLAnchorElement>('a.mfm-url')!;
    expect(a.href).toBe('https://misskey-hub.net/docs/for-users/features/mfm/?with=a&long=query#and-hash');
    expect(a.title).toBe(a.href);
    expect(a.textContent).toBe('misskey-hub.net/docs/for-users/features/mfm/?wi…');
    expect(a.target).toBe('_blank');
    expect(a.rel).toBe('noopener noreferrer nofollow');
  });
  it('links render their label as MFM; onOpenLink takes the click', async () => {
    const onOpenLink = vi.fn();
    const screen = await render(<Mfm text="[**bold** label](https://example.com/path?q=1) ?[quiet](https://example.com/q)" host={null} onOpenLink={onOpenLink} />);
    const links = screen.container.querySelectorAll<HTMLAnchorElement>('a');
    expect(links[0]!.className).toBe('mfm-link');
    expect(links[0]!.querySelector('b')?.textContent).toBe('bold');
    expect(links[1]!.className).toBe('mfm-link mfm-link-silent');
    await screen.getByText('quiet').click();
    expect(onOpenLink).toHaveBeenCalledWith('https://example.com/q');
  });
  it('links to anything but http(s) stay text', async () => {
    const root = await mount('[x](javascript:alert(1)) [y](data:text/html,hi) [z](file:///etc/passwd) <javascript:alert(1)>');
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('[x](javascript:alert(1))');
  });
  it('links inside link labels do not nest anchors', async () => {
    const root = await mount('[@bob #tag](https://example.com)', { onMention: () => {}, onHashtag: () => {} });
    expect(root.querySelectorAll('a')).toHaveLength(1);
    expect(root.querySelector('a button')).toBeNull();
  });
  it('search shows the query and opens a web search', async () => {
    const onOpenLink = vi.fn();
    const screen = await render(<Mfm text={'misskey mfm 検索'} host={null} onOpenLink={onOpenLink} />);
    const input = screen.container.querySelector<HTMLInputElement>('.mfm-search input')!;
    expect(input.value).toBe('misskey mfm');
    await screen.getByRole('button', { name: 'Search' }).click();
    expect(onOpenLink).toHaveBeenCalledWith('https://www.google.com/search?q=misskey%20mfm');
    expect(screen.container.querySelectorAll('.mfm-search button')).toHaveLength(1);
  });
  it("search offers the account's own server when the note has one, with the query as edited", async () => {
    const run = vi.fn();
    const screen = await render(<Mfm text={'misskey mfm 検索'} host={null} onSearch={{ host: 'misskey.example', run }} />);
    const input = screen.container.querySelector<HTMLInputElement>('.mfm-search input')!;
    await screen.getByRole('searchbox').fill('  deck columns ');
    expect(input.value).toBe('  deck columns ');
    await screen.getByRole('button', { name: 'Search on misskey.example' }).click();
    expect(run).toHaveBeenCalledWith('deck columns');
  });
  it('unicode emoji are bundled Twemoji images with the emoji as alt text', async () => {
    const root = await mount('hi 👍🏽 $[x2 🎉] 👨‍👩‍👧');
    const images = await imagesSettled(root);
    expect(images.map((i) => [i.getAttribute('src'), i.alt])).toEqual([
      ['/twemoji/1f44d-1f3fd.svg', '👍🏽'],
      ['/twemoji/1f389.svg', '🎉'],
      ['/twemoji/1f468-200d-1f469-200d-1f467.svg', '👨‍👩‍👧'],
    ]);
    for (const img of images) expect(img.naturalWidth).toBeGreaterThan(0);
    expect(shownText(root)).toBe('hi 👍🏽 🎉 👨‍👩‍👧');
    // Scaled with the text around it ($[x2] doubles the font size).
    expect(images[1]!.getBoundingClientRect().height).toBeCloseTo(2 * images[0]!.getBoundingClientRect().height, 0);
  });
  it('custom emoji: note map, then server list, else literal', async () => {
    const screen = await render(
      <MfmServerEmojisContext value={{ missdeck_ok: 'http://127.0.0.1:61812/files/ok' }}>
        <Mfm text=":note_one: :missdeck_ok: :unknown: :evil:" host={null} emojis={{ note_one: 'https://example.com/one.png', evil: 'javascript:alert(1)' }} />
      </MfmServerEmojisContext>,
    );
    const imgs = screen.container.querySelectorAll<HTMLImageElement>('img.mfm-emoji');
    expect([...imgs].map((i) => [i.alt, i.title, i.getAttribute('src')])).toEqual([
      [':note_one:', ':note_one:', 'https://example.com/one.png'],
      [':missdeck_ok:', ':missdeck_ok:', 'http://127.0.0.1:61812/files/ok'],
    ]);
    expect(screen.container.textContent).toContain(':unknown:');
    expect(screen.container.textContent).toContain(':evil:');
  });
  it('reactions in every form', async () => {
    const screen = await render(
      <MfmServerEmojisContext value={{ missdeck_ok: 'http://127.0.0.1:61812/files/ok' }}>
        <ReactionEmoji reaction="❤" />
        <ReactionEmoji reaction=":missdeck_ok@.:" />
        <ReactionEmoji reaction=":blob@remote.example:" reactionEmojis={{ 'blob@remote.example': 'https://remote.example/blob.png' }} />
        <ReactionEmoji reaction=":gone@remote.example:" />
      </MfmServerEmojisContext>,
    );
    const imgs = screen.container.querySelectorAll<HTMLImageElement>('img');
    expect([...imgs].map((i) => i.getAttribute('src'))).toEqual(['/twemoji/2764.svg', 'http://127.0.0.1:61812/files/ok', 'https://remote.example/blob.png']);
    expect(imgs[0]!.alt).toBe('❤');
    expect(screen.container.textContent).toContain(':gone@remote.example:');
  });
  it('a unicode reaction is shown with its runs of combining marks cut to 30', async () => {
    const screen = await render(<ReactionEmoji reaction={`❤${'\u0301'.repeat(5_000)}`} />);
    expect(shownText(screen.container)).toBe(`❤${'\u0301'.repeat(30)}`);
  });
  it('any MFM text (a profile, a bio) is shown with runs of combining marks cut to 30', async () => {
    const root = await mount(`**Z${'\u0351'.repeat(3_000)}**`);
    expect(root.querySelector('b')?.textContent).toBe(`Z${'\u0351'.repeat(30)}`);
  });
  it('plain keeps MFM syntax as text', async () => {
    const root = await mount('<plain>**not bold** $[x2 no]</plain>');
    expect(root.querySelector('span.mfm-plain')?.textContent).toBe('**not bold** $[x2 no]');
    expect(root.querySelector('b')).toBeNull();
  });
  it('plain mode (names) renders emoji only', async () => {
    const screen = await render(<MfmPlain text="Alice :cat: 🐈 **no** @bob" emojis={{ cat: 'https://example.com/cat.png' }} host="remote.example" />);
    const root = screen.container.querySelector('.mfm-inline')!;
    expect(root.querySelector('img.mfm-emoji')?.getAttribute('alt')).toBe(':cat:');
    expect(shownText(root)).toBe('Alice :cat: 🐈 **no** @bob');
    expect(root.querySelector('img.twemoji')?.getAttribute('alt')).toBe('🐈');
    expect(root.querySelector('b, button, a')).toBeNull();
  });
  it('a name cannot turn the text around it: bidi overrides and an RTL script stay inside the name', async () => {
    // U+202E (right-to-left override) left open would reverse everything after it on the line.
    for (const name of ['evil\u202E', 'مرحبا']) {
      const screen = await render(
        <p style={{ fontSize: '20px' }}>
          <MfmPlain text={name} host={null} />
          <span className="after"> renoted it</span>
        </p>,
      );
      const after = screen.container.querySelector('.after')!.firstChild!;
      const xOf = (offset: number) => {
        const range = document.createRange();
        range.setStart(after, offset);
        range.setEnd(after, offset + 1);
        return range.getBoundingClientRect().left;
      };
      const name_ = screen.container.querySelector('.mfm-inline')!.getBoundingClientRect();
      expect(xOf(1), name).toBeLessThan(xOf(' renoted it'.length - 1));
      expect(xOf(1), name).toBeGreaterThanOrEqual(name_.right - 1);
    }
  });
  it('display names fall back to the username', async () => {
    const screen = await render(<UserDisplayName user={{ name: null, username: 'alice', host: null }} />);
    expect(screen.container.textContent).toBe('alice');
  });
});

describe('fn effects', () => {
  it.each([
    ['x2', 'mfm-x2', '28px'],
    ['x3', 'mfm-x3', '56px'],
    ['x4', 'mfm-x4', '84px'],
  ])('%s scales the font', async (name, cls, px) => {
    const root = await mount(`$[${name} big]`);
    root.style.fontSize = '14px';
    expect(fnSpan(root).className).toBe(`mfm-fn ${cls}`);
    expect(getComputedStyle(fnSpan(root)).fontSize).toBe(px);
  });
  it('nested scaling stops at the cumulative bound', async () => {
    const root = await mount('$[x4 $[x4 $[x4 $[x4 deep]]]]');
    expect(root.querySelectorAll('.mfm-x4')).toHaveLength(1);
    const scaled = await mount('$[scale.x=5,y=5 $[scale.x=5,y=5 a]]');
    expect(scaled.querySelectorAll('.mfm-transform')).toHaveLength(1);
  });
  it.each([
    ['flip', 'mfm-flip-h', 'matrix(-1, 0, 0, 1, 0, 0)'],
    ['flip.v', 'mfm-flip-v', 'matrix(1, 0, 0, -1, 0, 0)'],
    ['flip.h,v', 'mfm-flip-hv', 'matrix(-1, 0, 0, -1, 0, 0)'],
  ])('%s flips', async (fn, cls, matrix) => {
    const root = await mount(`$[${fn} flipped]`);
    expect(fnSpan(root).classList.contains(cls)).toBe(true);
    expect(getComputedStyle(fnSpan(root)).transform).toBe(matrix);
  });
  it.each(['spin', 'jump', 'bounce', 'shake', 'twitch', 'rainbow', 'tada', 'sparkle'])('%s animates with a bounded speed', async (name) => {
    const root = await mount(`$[${name}.speed=0.01s moving]`);
    const span = fnSpan(root);
    expect(span.classList.contains(`mfm-${name}`)).toBe(true);
    expect(span.style.animationDuration).toBe('0.2s');
    expect(getComputedStyle(span).animationName).toBe(`mfm-${name}`);
    const slow = await mount(`$[${name}.speed=1000s slow]`);
    expect(fnSpan(slow).style.animationDuration).toBe('10s');
  });
  it('spin takes direction and axis', async () => {
    const root = await mount('$[spin.left,x a]');
    expect(getComputedStyle(fnSpan(root)).animationName).toBe('mfm-spin-x');
    expect(getComputedStyle(fnSpan(root)).animationDirection).toBe('reverse');
  });
  it('animations stop under prefers-reduced-motion', async () => {
    const sheet = [...document.styleSheets].flatMap((s) => [...s.cssRules]).find((r) => r instanceof CSSMediaRule && r.conditionText.includes('prefers-reduced-motion'));
    expect(sheet?.cssText).toMatch(/\.mfm-anim\s*\{\s*animation: .*none.*!important/);
  });
  it('blur blurs until hovered', async () => {
    const screen = await render(<Mfm text="$[blur secret]" host={null} />);
    const span = screen.container.querySelector<HTMLElement>('.mfm-blur')!;
    expect(getComputedStyle(span).filter).toBe('blur(6px)');
    await screen.getByText('secret').hover();
    await expect.poll(() => getComputedStyle(span).filter).toBe('none');
  });
  it('font takes four families only', async () => {
    const root = await mount('$[font.serif a] $[font.monospace b] $[font.cursive c] $[font.fantasy d] $[font.Comic e]');
    expect([...root.querySelectorAll('.mfm-fn')].map((e) => e.className)).toEqual([
      'mfm-fn mfm-font-serif',
      'mfm-fn mfm-font-monospace',
      'mfm-fn mfm-font-cursive',
      'mfm-fn mfm-font-fantasy',
    ]);
    expect(getComputedStyle(root.querySelector('.mfm-font-monospace')!).fontFamily).toBe('monospace');
  });
  it('rotate clamps degrees', async () => {
    expect(fnSpan(await mount('$[rotate.deg=30 r]')).style.transform).toBe('rotate(30deg)');
    expect(fnSpan(await mount('$[rotate.deg=99999 r]')).style.transform).toBe('rotate(360deg)');
  });
  it('position clamps to ±5em', async () => {
    expect(fnSpan(await mount('$[position.x=99999,y=-99999 p]')).style.transform).toBe('translate(5em, -5em)');
  });
  it('scale clamps to 0.1..5', async () => {
    expect(fnSpan(await mount('$[scale.x=100,y=0 s]')).style.transform).toBe('scale(5, 0.1)');
  });
  it('fg/bg accept hex only', async () => {
    const root = await mount('$[fg.color=f00 red] $[bg.color=ff08 on yellow] $[fg.color=red;background:url(x) no]');
    expect(root.querySelector<HTMLElement>('.mfm-fg')!.style.color).toBe('rgb(255, 0, 0)');
    expect(root.querySelector<HTMLElement>('.mfm-bg')!.style.backgroundColor).toBe('rgba(255, 255, 0, 0.533)');
    expect(root.querySelectorAll('[style]')).toHaveLength(2);
  });
  it('border is bounded', async () => {
    const span = fnSpan(await mount('$[border.style=dashed,width=2 boxed]'));
    expect([span.style.borderWidth, span.style.borderStyle, span.style.borderColor]).toEqual(['2px', 'dashed', 'currentcolor']);
    expect(span.classList.contains('mfm-clip')).toBe(true);
    const wide = fnSpan(await mount('$[border.width=9999,radius=9999,color=0f0,style=evil w]'));
    expect(wide.style.borderWidth).toBe('10px');
    expect(wide.style.borderStyle).toBe('solid');
    expect(wide.style.borderRadius).toBe('50px');
  });
  it('ruby', async () => {
    const root = await mount('$[ruby 漢字 かんじ]');
    expect(root.querySelector('ruby.mfm-ruby')?.firstChild?.textContent).toBe('漢字');
    expect(root.querySelector('ruby rt')?.textContent).toBe('かんじ');
  });
  it('unixtime renders a date; invalid stays literal', async () => {
    const root = await mount('$[unixtime 1767225600] $[unixtime soon]');
    const time = root.querySelector('time.mfm-unixtime')!;
    expect(time.getAttribute('datetime')).toBe('2026-01-01T00:00:00.000Z');
    expect(time.textContent).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(1767225600000)));
    expect(root.textContent).toContain('soon');
    expect(root.querySelectorAll('time')).toHaveLength(1);
  });
  it('unknown fns render their children unchanged', async () => {
    const root = await mount('$[marquee **still bold**]');
    expect(root.querySelector('.mfm-fn')).toBeNull();
    expect(root.querySelector('b')?.textContent).toBe('still bold');
  });
  it('effects stay inside the text box', async () => {
    const screen = await render(
      <div style={{ width: '300px', height: '200px', position: 'relative' }}>
        <Mfm text="$[position.x=5,y=5 $[scale.x=5,y=5 $[x4 HUGE]]]" host={null} />
      </div>,
    );
    const root = screen.container.querySelector('.mfm')!;
    expect(getComputedStyle(root).overflow).toBe('clip');
  });
});

describe('limits', () => {
  // Freeze guards, not benchmarks: unguarded, mfm-js takes seconds on such input (see parseCost.ts).
  const freezeGuardMs = 1_500;
  it('a 1,000-deep nest does not freeze the page and is cut to text', async () => {
    const text = `${'$[x2 '.repeat(1000)}deep${']'.repeat(1000)}`;
    const start = performance.now();
    const root = await mount(text);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(freezeGuardMs);
    expect(root.querySelectorAll('.mfm-fn, span').length).toBeLessThanOrEqual(30);
    expect(root.textContent).toContain('$[x2 $[x2');
    expect(root.textContent).toContain('deep');
  });
  it('a 3,000-deep nest and 100 KB texts do not freeze the page', async () => {
    const texts = {
      deep3000: `${'$[x2 '.repeat(3000)}x${']'.repeat(3000)}`,
      mixed100k: '**bold** @user #tag https://ex.com/a?b=1 :x: $[x2 hi] <i>it</i>\n'.repeat(1600),
      plain100k: 'hello world '.repeat(8500),
    };
    for (const [name, text] of Object.entries(texts)) {
      const start = performance.now();
      const screen = await render(<Mfm text={text} host={null} />);
      const ms = performance.now() - start;
      await screen.unmount();
      expect(ms, name).toBeLessThan(freezeGuardMs);
    }
  });
  it('past the node budget (2,000) the rest is text', async () => {
    // Each `**b** ` is three nodes: bold, its text, the space.
    const text = '**b** '.repeat(3000);
    const root = await mount(text);
    expect(root.querySelectorAll('b')).toHaveLength(667);
    expect(root.textContent).toContain('**b** **b**');
  });
  it('long texts offer the rest behind Show more', async () => {
    const screen = await render(<Mfm text={`${'a'.repeat(8_000)}**TAIL**`} host={null} />);
    expect(screen.container.textContent).not.toContain('TAIL');
    await screen.getByRole('button', { name: /Show more/ }).click();
    expect(screen.container.querySelector('b')?.textContent).toBe('TAIL');
  });
});
