import type { ExternalOpener, Logger } from '../core/platform';
import { normaliseExternalUrl } from '../../shared/links/externalUrl';
import { describeUrlForLog } from './logger';

interface ShellLike {
  openExternal(url: string): Promise<void>;
}

/** Opens http(s) URLs in the system browser; anything else is refused (rejected and logged). */
export function createShellOpener(shell: ShellLike, logger: Logger): ExternalOpener {
  return {
    async open(url) {
      const safe = normaliseExternalUrl(url);
      if (safe === null) {
        logger.warn('refused to open a URL that is not http(s)', { url: describeUrlForLog(url) });
        throw new Error('Only http and https links can be opened.');
      }
      await shell.openExternal(safe);
    },
  };
}
