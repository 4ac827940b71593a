import type { Logger } from '../core/platform';
import { normaliseExternalUrl } from '../../shared/links/externalUrl';
import { describeUrlForLog } from './logger';

/** What to do with a `window.open` / `target=_blank`: never a new app window; http(s) goes to the browser. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: normaliseExternalUrl(url) };
}

/** Whether a top-level navigation or redirect may proceed: only to our own page. */
export function mayNavigate(url: string, isAppPageUrl: (url: string) => boolean): boolean {
  return isAppPageUrl(url);
}

interface PreventableEvent {
  preventDefault(): void;
}
interface GuardedContents {
  on(event: 'will-navigate', listener: (details: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-redirect', listener: (details: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface NavigationGuardOptions {
  isAppPageUrl: (url: string) => boolean;
  openExternal: (url: string) => Promise<void>;
  logger: Logger;
}

/** Keeps a window on our page: navigations elsewhere are cancelled, new windows denied, webviews refused. */
export function installNavigationGuards(contents: GuardedContents, options: NavigationGuardOptions): void {
  const { isAppPageUrl, openExternal, logger } = options;
  const guard = (kind: string) => (details: PreventableEvent & { url: string }) => {
    if (mayNavigate(details.url, isAppPageUrl)) return;
    details.preventDefault();
    logger.warn(`blocked ${kind}`, { url: describeUrlForLog(details.url) });
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('blocked a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally === null) {
      logger.warn('blocked window.open', { url: describeUrlForLog(url) });
    } else {
      openExternal(decision.openExternally).catch((error: unknown) =>
        logger.error('could not open a link in the browser', { error: String(error) }),
      );
    }
    return { action: decision.action };
  });
}
