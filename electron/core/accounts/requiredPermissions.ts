import { permissions } from 'misskey-js';

type Permission = (typeof permissions)[number];

/** Only what MissDeck's features use: reading timelines and notifications, posting, reacting, voting, drafts and clips, muting, blocking, reporting, chat. */
const wanted = [
  'read:account',
  // Server drafts, scheduled notes, clips, word mutes and reading announcements.
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
  'write:mutes',
  'read:blocks',
  'write:blocks',
  'write:report-abuse',
  'read:chat',
  'write:chat',
] as const satisfies readonly Permission[];

export const requiredPermissions: readonly Permission[] = permissions.filter((permission) =>
  (wanted as readonly string[]).includes(permission),
);
