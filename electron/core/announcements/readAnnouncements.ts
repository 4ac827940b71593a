import { z } from 'zod';
import type { Announcement } from '../../../shared/model/announcement';
import type { MisskeyClient } from '../misskey/misskeyClient';

// reading/announcements*.json, streaming-announcements-alice.json. Remote text: bounded, and a malformed entry is
// left out rather than failing the list.
const announcementSchema = z.object({
  id: z.string().min(1).max(64),
  createdAt: z.string().max(64),
  updatedAt: z.string().max(64).nullable().catch(null),
  title: z.string().max(10_000).catch(''),
  text: z.string().max(100_000).catch(''),
  imageUrl: z.string().max(4096).nullable().catch(null),
  icon: z.string().max(32).catch('info'),
  display: z.string().max(32).catch('normal'),
  forYou: z.boolean().catch(false),
  needConfirmationToRead: z.boolean().catch(false),
  silence: z.boolean().catch(false),
  isRead: z.boolean().catch(false),
});

/** One announcement from the server, or null when it is not one. */
export function parseAnnouncement(value: unknown): Announcement | null {
  const parsed = announcementSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const pageSize = 100;

/** The announcements the server lists for the account: current ones, or (`active` false) past ones. */
export async function listAnnouncements(client: MisskeyClient, active: boolean, untilId?: string): Promise<Announcement[]> {
  const answer = await client.requestUntyped('announcements', { limit: pageSize, isActive: active, ...(untilId ? { untilId } : {}) });
  if (!Array.isArray(answer)) return [];
  return answer.flatMap((entry) => parseAnnouncement(entry) ?? []);
}

/** Marks one read on the server (204 even for an unknown id, as recorded). */
export async function readAnnouncement(client: MisskeyClient, announcementId: string): Promise<null> {
  await client.requestUntyped('i/read-announcement', { announcementId });
  return null;
}
