import { permissions } from 'misskey-js';

type Permission = (typeof permissions)[number];

/** Only what MissDeck's features use: reading timelines and notifications, posting, reacting, voting. */
const wanted = [
  'read:account',
  'write:account',
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
] as const satisfies readonly Permission[];

export const requiredPermissions: readonly Permission[] = permissions.filter((permission) =>
  (wanted as readonly string[]).includes(permission),
);
