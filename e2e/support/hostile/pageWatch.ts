import type { BrowserContext, Page } from '@playwright/test';

// Everything the hostile-content suite watches in the browser: the canary, dialogs, popups, navigation,
// requests, CSP violation reports, long tasks, page errors, and the notes that crossed to the renderer.

export interface BadRequest {
  url: string;
  type: string;
}

export interface CspReport {
  directive: string;
  blocked: string;
  sample: string;
  /** Where the blocked thing came from: `file:line:column`. */
  source: string;
}

export interface PageProbe {
  /** `window.__pwned` of every frame that had one. */
  pwned: unknown[];
  /** `({}).polluted` / `({}).isAdmin`: a polluted Object.prototype. */
  polluted: unknown;
  csp: CspReport[];
  maxLongTaskMs: number;
  longTasks: number;
}

export interface WatchOptions {
  hostOrigin: string;
  /** Origins whose images and media the notes may load (the stand-in, the test's evil server, ...). */
  imageOrigins: string[];
}

/** Installed before the app loads, in every frame: CSP violation reports and long tasks. */
function pageInit(): void {
  const state = {
    csp: [] as { directive: string; blocked: string; sample: string; source: string }[],
    maxLongTaskMs: 0,
    longTasks: 0,
    /** [startTime, duration] of the latest long tasks. */
    recent: [] as [number, number][],
  };
  Object.defineProperty(window, '__hostile', { value: state, configurable: false });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => state.csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` }),
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTasks++;
        state.maxLongTaskMs = Math.max(state.maxLongTaskMs, entry.duration);
        state.recent.push([entry.startTime, entry.duration]);
        if (state.recent.length > 200) state.recent.shift();
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
}

export class HostileWatch {
  /** Counting starts once the account is signed in (sign-in itself opens a page and navigates). */
  armed = false;
  readonly dialogs: string[] = [];
  readonly popups: string[] = [];
  readonly navigations: string[] = [];
  readonly badRequests: BadRequest[] = [];
  readonly openUrlFrames: string[] = [];
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  /** Ids of notes the renderer's per-note error boundary replaced ("This note could not be shown"). */
  readonly boundaryNoteIds: string[] = [];
  readonly boundaryErrors: string[] = [];
  /** Note ids that arrived in `timeline.batch` events (the stream path) and in command results (REST pages). */
  readonly streamedIds = new Set<string>();
  readonly loadedIds = new Set<string>();
  /** Commands the renderer called that failed (`{ok: false}` answers). */
  readonly commandErrors: string[] = [];
  frames = 0;
  frameBytes = 0;
  /** CSP reports and long tasks from page loads already gone (a reload starts the in-page counters again). */
  readonly earlierCsp: CspReport[] = [];
  earlierMaxLongTaskMs = 0;
  earlierLongTasks = 0;
  private readonly requestsSeen = new Set<string>();
  requests = 0;

  constructor(
    private readonly page: Page,
    context: BrowserContext,
    private readonly options: WatchOptions,
  ) {
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => {});
    });
    context.on('page', (popup) => {
      if (!this.armed) return;
      this.popups.push(popup.url() || '(blank)');
      popup.on('dialog', (dialog) => {
        this.dialogs.push(`popup ${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => {});
      });
    });
    page.on('framenavigated', (frame) => {
      if (this.armed && frame === page.mainFrame()) this.navigations.push(frame.url());
    });
    context.on('request', (request) => {
      if (!this.armed) return;
      this.requests++;
      const url = request.url();
      const type = request.resourceType();
      if (!this.allowed(url, type)) {
        const key = `${type} ${url}`;
        if (!this.requestsSeen.has(key)) {
          this.requestsSeen.add(key);
          this.badRequests.push({ url: url.slice(0, 300), type });
        }
      }
    });
    page.on('pageerror', (error) => this.pageErrors.push(`${error.name}: ${error.message}`.slice(0, 500)));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && this.consoleErrors.length < 200) this.consoleErrors.push(text.slice(0, 300));
      // NoteBoundary: console.warn('A note could not be shown', noteId, error, componentStack)
      if (message.type() === 'warning' && text.startsWith('A note could not be shown')) {
        const [, noteId, error] = message.args();
        void Promise.all([noteId?.jsonValue(), error?.evaluate((e) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)))])
          .then(([id, err]) => {
            this.boundaryNoteIds.push(String(id));
            this.boundaryErrors.push(String(err).slice(0, 300));
          })
          .catch(() => {
            this.boundaryNoteIds.push(text.slice(27, 60));
          });
      }
    });
    page.on('websocket', (socket) =>
      socket.on('framereceived', (frame) => {
        const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8');
        this.frames++;
        this.frameBytes += text.length;
        this.readFrame(text);
      }),
    );
  }

  static async install(page: Page, context: BrowserContext, options: WatchOptions): Promise<HostileWatch> {
    await page.addInitScript(pageInit);
    return new HostileWatch(page, context, options);
  }

  /** The host (page, RPC socket), and http(s) images and media from the allowed origins; nothing else. */
  allowed(url: string, type: string): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    const host = new URL(this.options.hostOrigin);
    if (parsed.host === host.host && (parsed.protocol === host.protocol || parsed.protocol === 'ws:')) return true;
    if ((type === 'image' || type === 'media') && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      return this.options.imageOrigins.includes(parsed.origin);
    }
    return false;
  }

  private readFrame(text: string): void {
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null) return;
    const f = frame as { t?: unknown; name?: unknown; payload?: unknown; result?: unknown; url?: unknown };
    if (f.t === 'openUrl' && this.armed) this.openUrlFrames.push(String(f.url).slice(0, 300));
    if (f.t === 'event' && f.name === 'timeline.batch') {
      const items = (f.payload as { items?: unknown } | null)?.items;
      if (!Array.isArray(items)) return;
      for (const item of items as { type?: unknown; notes?: unknown }[]) {
        if (item?.type === 'notes' && Array.isArray(item.notes)) this.collect(item.notes, this.streamedIds);
      }
    }
    if (f.t === 'result') {
      // A command's answer: the notes of timeline.load, as they are or inside the result envelope ({ok, value}).
      const result = f.result;
      const notes = Array.isArray(result) ? result : typeof result === 'object' && result !== null ? Object.values(result).find(Array.isArray) : undefined;
      if (notes) this.collect(notes as unknown[], this.loadedIds);
      if (typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false && this.commandErrors.length < 50) {
        this.commandErrors.push(JSON.stringify((result as { error?: unknown }).error ?? result).slice(0, 300));
      }
    }
  }

  private collect(notes: unknown[], into: Set<string>): void {
    for (const note of notes) {
      const id = (note as { id?: unknown } | null)?.id;
      if (typeof id === 'string') into.add(id);
    }
  }

  /** The canary in every frame, prototype pollution, CSP reports and long tasks so far. */
  async probe(): Promise<PageProbe> {
    const pwned: unknown[] = [];
    for (const frame of this.page.frames()) {
      const value = await frame.evaluate(() => (window as { __pwned?: unknown }).__pwned).catch(() => undefined);
      if (value !== undefined) pwned.push(value);
    }
    const inPage = await this.page.evaluate(() => {
      const state = (window as unknown as { __hostile?: { csp: CspReport[]; maxLongTaskMs: number; longTasks: number } }).__hostile;
      const probe = {} as { polluted?: unknown; isAdmin?: unknown };
      return {
        polluted: probe.polluted ?? probe.isAdmin ?? (Object.prototype as { polluted?: unknown }).polluted,
        csp: state?.csp ?? [],
        maxLongTaskMs: state?.maxLongTaskMs ?? 0,
        longTasks: state?.longTasks ?? 0,
      };
    });
    return {
      pwned,
      polluted: inPage.polluted,
      csp: [...this.earlierCsp, ...inPage.csp],
      maxLongTaskMs: Math.max(this.earlierMaxLongTaskMs, inPage.maxLongTaskMs),
      longTasks: this.earlierLongTasks + inPage.longTasks,
    };
  }

  /** The page's clock, to ask for the long tasks after it. */
  now(): Promise<number> {
    return this.page.evaluate(() => performance.now());
  }

  /** The longest task that started after `mark` (page clock), 0 if none. */
  longestTaskSince(mark: number): Promise<number> {
    return this.page.evaluate((since) => {
      const state = (window as unknown as { __hostile?: { recent: [number, number][] } }).__hostile;
      return Math.max(0, ...(state?.recent ?? []).filter(([start]) => start >= since).map(([, duration]) => duration));
    }, mark);
  }

  /** Forgets the CSP reports so far (after the detectors' self-check). */
  async resetCsp(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { __hostile?: { csp: unknown[] } }).__hostile?.csp.splice(0);
    });
    this.earlierCsp.splice(0);
  }

  /** Before a reload: keep what the page counted so far. */
  async keepCounters(): Promise<void> {
    const before = await this.probe().catch(() => null);
    if (!before) return;
    this.earlierCsp.splice(0, this.earlierCsp.length, ...before.csp);
    this.earlierMaxLongTaskMs = before.maxLongTaskMs;
    this.earlierLongTasks = before.longTasks;
  }
}
