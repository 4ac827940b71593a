import type { MessageBoxOptions } from 'electron';
import type { Logger } from '../core/platform';

export interface AboutInfo {
  appName: string;
  appVersion: string;
  versions: { electron?: string | undefined; chrome?: string | undefined; node?: string | undefined };
  platform: string;
  arch: string;
}

export const aboutButtons = ['OK', 'Open Log File'] as const;

/** The About box: name and version up front, the runtime below (what a bug report needs). */
export function buildAboutOptions(info: AboutInfo): MessageBoxOptions {
  const detail = [
    `Version ${info.appVersion}`,
    '',
    `Electron ${info.versions.electron ?? '?'}`,
    `Chromium ${info.versions.chrome ?? '?'}`,
    `Node.js ${info.versions.node ?? '?'}`,
    `${info.platform} ${info.arch}`,
  ].join('\n');
  return {
    type: 'info',
    title: `About ${info.appName}`,
    message: info.appName,
    detail,
    buttons: [...aboutButtons],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

interface ShellLike {
  /** Resolves to an error message, or '' on success. */
  openPath(path: string): Promise<string>;
}

/** Opens the log in the OS's viewer for `.log` files; a failure is logged, never thrown. */
export async function openLogFile(shell: ShellLike, logFilePath: string | null, logger: Logger): Promise<void> {
  if (logFilePath === null) {
    logger.warn('there is no log file to open');
    return;
  }
  try {
    const problem = await shell.openPath(logFilePath);
    if (problem !== '') logger.warn('could not open the log file', { problem });
  } catch (error) {
    logger.warn('could not open the log file', { error: String(error) });
  }
}

/** Shows the About box and opens the log file when asked to. */
export async function showAboutDialog(
  show: (options: MessageBoxOptions) => Promise<{ response: number }>,
  info: AboutInfo,
  openLog: () => Promise<void>,
): Promise<void> {
  const { response } = await show(buildAboutOptions(info));
  if (response === aboutButtons.indexOf('Open Log File')) await openLog();
}
