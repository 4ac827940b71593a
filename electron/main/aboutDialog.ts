import type { MessageBoxOptions } from 'electron';
import type { Logger } from '../core/platform';
import { fill, type MainMessages } from './i18n';

export interface AboutInfo {
  appName: string;
  appVersion: string;
  versions: { electron?: string | undefined; chrome?: string | undefined; node?: string | undefined };
  platform: string;
  arch: string;
}

/** The About box's buttons, by index: OK, then Open Log File. */
const openLogButton = 1;

/** The About box: name and version up front, the runtime below (what a bug report needs). */
export function buildAboutOptions(info: AboutInfo, messages: MainMessages): MessageBoxOptions {
  const text = messages.about;
  const detail = [
    fill(text.version, { version: info.appVersion }),
    '',
    `Electron ${info.versions.electron ?? '?'}`,
    `Chromium ${info.versions.chrome ?? '?'}`,
    `Node.js ${info.versions.node ?? '?'}`,
    `${info.platform} ${info.arch}`,
  ].join('\n');
  return {
    type: 'info',
    title: fill(text.title, { appName: info.appName }),
    message: info.appName,
    detail,
    buttons: [text.ok, text.openLogFile],
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
  messages: MainMessages,
  openLog: () => Promise<void>,
): Promise<void> {
  const { response } = await show(buildAboutOptions(info, messages));
  if (response === openLogButton) await openLog();
}
