import type { AppNotice } from '../../../shared/model/appStatus';

/** Notices about the app itself (recovered files, weak token storage), kept until dismissed. */
export class NoticeBoard {
  private notices: AppNotice[] = [];
  private counter = 0;

  constructor(private readonly onChange: () => void) {}

  post(notice: Omit<AppNotice, 'id'> & { id?: string }): void {
    const id = notice.id ?? `notice-${++this.counter}`;
    this.notices = [...this.notices.filter((existing) => existing.id !== id), { ...notice, id }];
    this.onChange();
  }

  dismiss(noticeId: string): void {
    const before = this.notices.length;
    this.notices = this.notices.filter((notice) => notice.id !== noticeId);
    if (this.notices.length !== before) this.onChange();
  }

  all(): AppNotice[] {
    return [...this.notices];
  }
}
