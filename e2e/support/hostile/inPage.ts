import type { Page } from '@playwright/test';

// Code that runs in the page (each function is serialised whole by page.evaluate: no imports, no closures).

export interface AuditFinding {
  noteId: string;
  problem: string;
  html: string;
}

export interface ScrollResult {
  /** False when the column was not there (the app is gone). */
  found: boolean;
  steps: number;
  /** Longest scroll step: one scroll plus two animation frames. */
  maxStepMs: number;
  /** Rows rendered at some point (distinct `data-note-id`s). */
  notesRendered: number;
  /** Markup inside notes that must never exist. */
  findings: AuditFinding[];
  /** The slowest steps (over 150 ms) and the notes that came into view in them. */
  slowSteps: { ms: number; what: string; newNoteIds: string[] }[];
  /** The highest row index rendered, and the list's height. */
  maxRow: number;
  scrollHeight: number;
  /** Rows taller than 20,000 px (a note that is hard to scroll past), by note id. */
  tallRows: { noteId: string; px: number }[];
}

export interface ScrollArgs {
  columnSelector: string;
  /** Stop once a row with this index (from the top) has rendered. */
  rows: number;
  maxSteps: number;
  /** Also jump to the very bottom once (notes sorted there by an invalid date). */
  visitBottom: boolean;
  /** At the bottom, wait this long for more rows ("load older") before giving up. */
  patienceMs?: number;
  /** Scroll back to the top at the end (default true). */
  returnToTop?: boolean;
  /** The attribute that marks a row and carries its id (default `data-note-id`; chat: `data-chat-message-id`). */
  rowAttribute?: string;
}

/**
 * Scrolls a column down through `rows` rows (the list is virtualised: only rows near the viewport exist),
 * auditing every note rendered on the way, then back to the top.
 */
export async function scrollThroughInPage({ columnSelector, rows, maxSteps, visitBottom, patienceMs = 0, returnToTop = true, rowAttribute = 'data-note-id' }: ScrollArgs): Promise<ScrollResult> {
  const column = document.querySelector(columnSelector);
  const result: ScrollResult = { found: !!column, steps: 0, maxStepMs: 0, notesRendered: 0, findings: [], slowSteps: [], maxRow: -1, scrollHeight: 0, tallRows: [] };
  if (!column) return result;
  const scroller = [...column.querySelectorAll<HTMLElement>('*')].find((el) => {
    const overflow = getComputedStyle(el).overflowY;
    return (overflow === 'auto' || overflow === 'scroll') && el.querySelector(`[${rowAttribute}]`);
  });
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const seen = new Set<string>();
  const audited = new WeakSet<Element>();
  const forbiddenTags = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'META', 'BASE', 'FORM', 'PORTAL', 'APPLET', 'NOSCRIPT', 'TEMPLATE', 'SLOT', 'FOREIGNOBJECT']);
  const webUrl = /^(https?:|blob:|data:image\/(png|gif|jpe?g|webp|avif);)/i;
  /** The app's own files (twemoji, ...), by a relative URL: on the host, which the request watch allows. */
  const ownAsset = (value: string) => /^\.?\/(?!\/)/.test(value) && new URL(value, location.href).origin === location.origin;
  const audit = () => {
    for (const note of column.querySelectorAll(`[${rowAttribute}]`)) {
      const id = note.getAttribute(rowAttribute) ?? '';
      seen.add(id);
      if (audited.has(note)) continue;
      audited.add(note);
      const report = (problem: string, el: Element) => {
        if (result.findings.length < 50) result.findings.push({ noteId: id.slice(0, 80), problem, html: el.outerHTML.slice(0, 300) });
      };
      for (const el of [note, ...note.querySelectorAll('*')]) {
        if (forbiddenTags.has(el.tagName.toUpperCase())) report(`<${el.tagName.toLowerCase()}> inside a note`, el);
        for (const attr of el.getAttributeNames()) {
          const value = el.getAttribute(attr) ?? '';
          if (attr.startsWith('on')) report(`event handler attribute ${attr}`, el);
          if (attr === 'srcdoc' || attr === 'formaction' || attr === 'action') report(`attribute ${attr}`, el);
          if ((attr === 'href' || attr === 'xlink:href') && value !== '' && !value.startsWith('#') && !/^https?:/i.test(value)) report(`non-http(s) link ${value.slice(0, 80)}`, el);
          if ((attr === 'src' || attr === 'poster' || attr === 'data') && !webUrl.test(value) && !ownAsset(value)) report(`${attr} not http(s): ${value.slice(0, 80)}`, el);
          if (attr === 'style' && /javascript:|expression\(|@import|behavior:/i.test(value)) report(`style ${value.slice(0, 80)}`, el);
        }
      }
    }
  };
  const outside = () => {
    // Anywhere in the document: no foreign script, stylesheet, frame, base or refresh.
    for (const el of document.querySelectorAll('script, link, style, iframe, frame, object, embed, base, meta[http-equiv]')) {
      const src = el.getAttribute('src') ?? el.getAttribute('href');
      const foreign = src !== null && new URL(src, location.href).origin !== location.origin;
      const tag = el.tagName;
      if (
        (tag === 'SCRIPT' && (foreign || (!src && (el.textContent ?? '').includes('__pwned')))) ||
        (tag === 'LINK' && foreign) ||
        (tag === 'STYLE' && /@import|evil/i.test(el.textContent ?? '')) ||
        ['IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'META'].includes(tag)
      ) {
        if (tag === 'META' && el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy') continue;
        if (result.findings.length < 50) result.findings.push({ noteId: '(document)', problem: `<${tag.toLowerCase()}> in the document`, html: el.outerHTML.slice(0, 300) });
      }
    }
  };
  const rendered = () => new Set([...column.querySelectorAll(`[${rowAttribute}]`)].map((el) => el.getAttribute(rowAttribute) ?? ''));
  const step = async (what: string, move: () => void) => {
    const before = rendered();
    const start = performance.now();
    move();
    await frame();
    await frame();
    const ms = performance.now() - start;
    result.maxStepMs = Math.max(result.maxStepMs, ms);
    result.steps++;
    if (ms > 150) {
      const newNoteIds = [...rendered()].filter((id) => !before.has(id)).map((id) => id.slice(0, 60));
      result.slowSteps.push({ ms: Math.round(ms), what, newNoteIds });
      result.slowSteps.sort((a, b) => b.ms - a.ms);
      result.slowSteps.length = Math.min(result.slowSteps.length, 5);
    }
    audit();
  };
  audit();
  outside();
  if (scroller) {
    const maxIndex = () => Math.max(-1, ...[...column.querySelectorAll('[data-index]')].map((el) => Number(el.getAttribute('data-index'))));
    while (result.steps < maxSteps && (result.maxRow = Math.max(result.maxRow, maxIndex())) < rows) {
      const before = scroller.scrollTop;
      // One viewport on (every row that meets the viewport renders, so none is skipped); but past the rest of
      // a row taller than that (its content is all rendered already).
      const stride = Math.max(200, scroller.clientHeight);
      const viewBottom = scroller.getBoundingClientRect().bottom;
      let distance = stride;
      for (const row of column.querySelectorAll('[data-index]')) {
        const box = row.getBoundingClientRect();
        if (box.height > 20_000) {
          const noteId = row.querySelector(`[${rowAttribute}]`)?.getAttribute(rowAttribute) ?? '';
          if (!result.tallRows.some((t) => t.noteId === noteId.slice(0, 60))) result.tallRows.push({ noteId: noteId.slice(0, 60), px: Math.round(box.height) });
        }
        if (box.top < viewBottom && box.bottom > viewBottom + stride) distance = Math.max(distance, box.bottom - viewBottom - scroller.clientHeight * 0.2);
      }
      await step(`down from ${Math.round(before)}`, () => (scroller.scrollTop += distance));
      if (scroller.scrollTop !== before) continue;
      const height = scroller.scrollHeight;
      const until = performance.now() + patienceMs;
      while (scroller.scrollHeight === height && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      if (scroller.scrollHeight === height) break;
    }
    result.scrollHeight = scroller.scrollHeight;
    if (visitBottom) await step('to the bottom', () => (scroller.scrollTop = scroller.scrollHeight));
    if (returnToTop) {
      await step('back to the top', () => (scroller.scrollTop = 0));
      await frame();
    }
  }
  outside();
  result.notesRendered = seen.size;
  return result;
}

export const scrollThrough = (page: Page, args: ScrollArgs): Promise<ScrollResult> => page.evaluate(scrollThroughInPage, args);

/** How long the page takes to answer, and to run an animation frame (both from the test's clock). */
export async function responsiveness(page: Page, timeoutMs = 30_000): Promise<{ evalMs: number; rafMs: number }> {
  const limit = <T>(promise: Promise<T>) =>
    Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs))]);
  const start = Date.now();
  await limit(page.evaluate(() => 1));
  const evalMs = Date.now() - start;
  const rafStart = Date.now();
  await limit(page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))));
  return { evalMs, rafMs: Date.now() - rafStart };
}

/** Whether the app is still mounted: the home column exists and the root has content. */
export const appAlive = (page: Page, columnSelector: string): Promise<boolean> =>
  page
    .evaluate((selector) => !!document.querySelector(selector) && (document.getElementById('root')?.childElementCount ?? 1) > 0, columnSelector)
    .catch(() => false);
