/** The parts of an IPC event and of our window that decide whether a call is ours. */
interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}
export interface SenderEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameLike | null;
}
export interface TrustedWindowLike {
  isDestroyed(): boolean;
  readonly webContents: { readonly id: number; readonly mainFrame: FrameLike };
}

/**
 * A call is trusted only when it comes from the main frame of our window while that frame shows
 * our page. Anything unexpected (destroyed window, disposed frame, no window) is untrusted.
 */
export function createSenderCheck(
  getWindow: () => TrustedWindowLike | null,
  isAppPageUrl: (url: string) => boolean,
): (event: SenderEventLike) => boolean {
  return (event) => {
    try {
      const win = getWindow();
      if (win === null || win.isDestroyed()) return false;
      const contents = win.webContents;
      if (event.sender.id !== contents.id) return false;
      const frame = event.senderFrame;
      if (frame === null || frame.parent !== null) return false;
      const main = contents.mainFrame;
      if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
      return isAppPageUrl(frame.url);
    } catch {
      return false;
    }
  };
}
