import { t } from '../../i18n';
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
        <article className="note note-failed" data-note-id={this.props.noteId || undefined} aria-label={t('notes.failed')}>
          <p className="note-hidden">{t('notes.failedText')}</p>
        </article>
      );
    }
    return this.props.children;
  }
}
