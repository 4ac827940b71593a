import { Component, type ErrorInfo, type ReactNode } from 'react';

/** One note that fails to render shows a line instead of breaking its column. */
export class NoteBoundary extends Component<{ noteId: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('A note could not be shown', this.props.noteId, error, info.componentStack);
  }

  override componentDidUpdate(prev: { noteId: string }): void {
    // The row shows another note now: try again.
    if (prev.noteId !== this.props.noteId && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <article className="note note-failed" data-note-id={this.props.noteId || undefined} aria-label="This note could not be shown">
          <p className="note-hidden">This note could not be shown.</p>
        </article>
      );
    }
    return this.props.children;
  }
}
