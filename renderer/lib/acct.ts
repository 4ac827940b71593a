import type { AccountView } from '../../shared/model/account';
import type { Note } from '../../shared/model/note';

/** `@user@host` of a signed-in account. */
export const accountAcct = (account: Pick<AccountView, 'username' | 'host'>): string =>
  `@${account.username}@${account.host}`;

/** `@user` for a local user, `@user@host` for a remote one. */
export const userAcct = (user: Pick<Note['user'], 'username' | 'host'>): string =>
  user.host ? `@${user.username}@${user.host}` : `@${user.username}`;

export const userDisplayName = (user: Pick<Note['user'], 'name' | 'username'>): string =>
  user.name?.trim() ? user.name : user.username;
