import { z } from 'zod';
import type { Announcement } from '../model/announcement';

const returns = <T>(): T => undefined as T;
const id = z.string().min(1).max(64);

/** Server announcements of one account: the list (current or past), and marking one read on the server. */
export const announcementCommands = {
  /** `active` false lists the past ones (personal announcements leave the current list once read). */
  'announcements.list': {
    input: z.object({ accountId: id, active: z.boolean(), untilId: id.optional() }).strict(),
    output: returns<Announcement[]>(),
  },
  'announcements.read': {
    input: z.object({ accountId: id, announcementId: id }).strict(),
    output: returns<null>(),
  },
} as const;
