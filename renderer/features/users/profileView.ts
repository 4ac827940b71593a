import type { Note } from '../../../shared/model/note';
import { userView, type UserView } from '../notes/noteView';

export interface ProfileView {
  id: string;
  user: UserView;
  description: string | null;
  bannerUrl: string | null;
  fields: { name: string; value: string }[];
  notesCount: number;
  followingCount: number;
  followersCount: number;
  isFollowing: boolean;
  followsYou: boolean;
  isLocked: boolean;
  pinnedNotes: Note[];
}

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

/** A user from `users.show` with every field checked (remote profiles may lack or garble any). */
export function profileView(value: unknown): ProfileView {
  const u = (value != null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    id: typeof u.id === 'string' ? u.id : '',
    user: userView(u),
    description: typeof u.description === 'string' ? u.description : null,
    bannerUrl: typeof u.bannerUrl === 'string' ? u.bannerUrl : null,
    fields: (Array.isArray(u.fields) ? u.fields : [])
      .filter((f): f is { name: unknown; value: unknown } => f != null && typeof f === 'object')
      .map((f) => ({ name: typeof f.name === 'string' ? f.name : '', value: typeof f.value === 'string' ? f.value : '' }))
      .filter((f) => f.name || f.value)
      .slice(0, 16),
    notesCount: count(u.notesCount),
    followingCount: count(u.followingCount),
    followersCount: count(u.followersCount),
    isFollowing: u.isFollowing === true,
    followsYou: u.isFollowed === true,
    isLocked: u.isLocked === true,
    pinnedNotes: (Array.isArray(u.pinnedNotes) ? u.pinnedNotes : []).filter((n): n is Note => n != null && typeof n === 'object' && typeof (n as Note).id === 'string').slice(0, 10),
  };
}
