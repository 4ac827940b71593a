import { permissions } from 'misskey-js';

type Permission = (typeof permissions)[number];

/** Only what MissDeck's features use: reading timelines and notifications, posting, reacting, voting, chat. */
const wanted = [
  'read:account',
  'read:following',
  'write:following',
  'write:notes',
  'read:notifications',
  'write:notifications',
  'read:reactions',
  'write:reactions',
  'write:votes',
  'read:favorites',
  'write:favorites',
  'read:drive',
  'write:drive',
  'read:channels',
  'read:mutes',
  'read:blocks',
  'read:chat',
  'write:chat',
] as const satisfies readonly Permission[];

export const requiredPermissions: readonly Permission[] = permissions.filter((permission) =>
  (wanted as readonly string[]).includes(permission),
);
