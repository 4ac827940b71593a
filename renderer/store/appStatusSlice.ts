import type { CommandError } from '../../shared/contract/result';
import type { AppStatus } from '../../shared/model/appStatus';
import type { SliceCreator } from './types';

export interface AppStatusSlice {
  /** How sign-ins are kept and what the app wants the user to know; null until `app.status` answered. */
  appStatus: AppStatus | null;
  /** Why `app.status` could not be read, if it could not. */
  appStatusError: CommandError | null;
  /** Why the last notice action failed, if it did. */
  noticeError: CommandError | null;
  loadAppStatus(): Promise<void>;
  setAppStatus(status: AppStatus): void;
  dismissNotice(noticeId: string): Promise<CommandError | null>;
  /** Keep tokens in memory only, forgotten when MissDeck quits (offered when the OS keyring is missing). */
  keepTokensForSessionOnly(): Promise<CommandError | null>;
}

export const createAppStatusSlice: SliceCreator<AppStatusSlice> = (api) => (set, get) => ({
  appStatus: null,
  appStatusError: null,
  noticeError: null,
  async loadAppStatus() {
    const result = await api.commands['app.status']({});
    if (result.ok) get().setAppStatus(result.value);
    else set({ appStatusError: result.error });
  },
  setAppStatus(status) {
    set({ appStatus: status, appStatusError: null, noticeError: null });
  },
  async dismissNotice(noticeId) {
    const result = await api.commands['app.dismissNotice']({ noticeId });
    if (!result.ok) {
      set({ noticeError: result.error });
      return result.error;
    }
    // `app.statusChanged` follows; don't wait for it to hide what the user dismissed.
    const status = get().appStatus;
    if (status) get().setAppStatus({ ...status, notices: status.notices.filter((n) => n.id !== noticeId) });
    return null;
  },
  async keepTokensForSessionOnly() {
    const result = await api.commands['app.setTokensSessionOnly']({ sessionOnly: true });
    if (!result.ok) {
      set({ noticeError: result.error });
      return result.error;
    }
    get().setAppStatus(result.value);
    return null;
  },
});
