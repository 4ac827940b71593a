/**
 * Every sentence the core (and main, the preload and the bridge) sends to the renderer, in English,
 * keyed. It is the `core` section of the renderer's English catalogue and the source of the English
 * `message` each one carries; renderer/i18n/ja.ts translates the same keys. Templates use i18next's
 * syntax (`{{name}}`, `{{n, relativetime(second)}}`, `_one`/`_other` with `count`), kept to what
 * shared/messages/coreMessage.ts also formats.
 */
export const coreMessagesEn = {
  // The command envelope and the transports.
  unknownCommand: 'There is no command “{{command}}”.',
  invalidInput: 'Invalid input for {{command}}: {{detail}}.',
  invalidInputAt: 'Invalid input for {{command}} ({{path}}): {{detail}}.',
  internalError: 'Something went wrong inside MissDeck. The details are in the log.',
  untrustedCaller: 'This caller may not use MissDeck commands.',
  lostCore: 'Lost the connection to MissDeck core.',
  onlyWebLinks: 'Only http and https links can be opened.',

  // Talking to a server.
  serverUnreachable: 'Could not reach {{host}}. Check the address and your connection.',
  serverTimeout: '{{host}} did not answer in time.',
  serverUnreadable: '{{host}} sent an answer MissDeck could not read.',
  signInRejected: "{{host}} no longer accepts this account's sign-in. Sign in again.",
  permissionDenied: '{{host}} refused: MissDeck lacks the permission for this ({{serverMessage}}).',
  rateLimited: '{{host}} is rate limiting requests; try again shortly.',
  rateLimitedFor: '{{host}} is rate limiting requests; try again {{seconds, relativetime(second)}}.',
  serverError: '{{host}} had a problem (HTTP {{status}}). Try again later.',
  httpError: '{{host}} answered HTTP {{status}}.',
  /** `serverMessage` is the server's own text, in the server's language. */
  misskeyError: '{{host}}: {{serverMessage}}',
  requestFailed: 'Request to {{origin}} failed: {{detail}}',
  notMisskey: '{{host}} does not look like a Misskey server.',
  notMisskeyAnswer: '{{host}} answered, but not as a Misskey server.',
  metaUnreadable: 'The server’s description (meta) could not be read.',
  emojisUnreadable: 'The server’s list of custom emojis could not be read.',

  // A server address as typed.
  serverAddressEmpty: 'Enter the address of a Misskey server, like misskey.io.',
  serverAddressSpaces: '“{{typed}}” is not a server address: it contains spaces.',
  serverAddressInvalid: '“{{typed}}” is not a server address.',
  serverAddressScheme: 'MissDeck connects to servers over https, not {{scheme}}.',
  serverAddressCredentials: 'A server address must not contain a user name or password.',
  serverAddressPlainHttp: 'Plain http is only allowed for servers on this computer; use https.',

  // Accounts and sign-in.
  accountGone: 'That account is no longer signed in.',
  needsSignIn: '{{acct}} needs to sign in again.',
  tokenUnreadable: 'MissDeck could not read the saved sign-in of {{acct}} (the system keyring may have changed). Sign in again; its columns are kept.',
  accountRemovedRevoked: '{{acct}} was removed and its access revoked on {{host}}.',
  accountRemoved:
    '{{acct}} was removed from MissDeck. {{host}} does not let apps revoke their own access: to revoke it there, open Settings → Connected apps on {{host}}.',
  accountOrderInvalid: 'The new order must list every account exactly once.',
  accountsNewer: 'Your accounts were saved by a newer MissDeck (format {{format}}). MissDeck kept what it could read and saved a copy of the original as “{{backupKey}}”.',
  accountsUnreadable: 'MissDeck could not read its list of accounts. A copy was saved as “{{backupKey}}”; sign in again to add your accounts.',
  accountsDropped_one: '{{count}} saved account could not be read and was left out; sign in to it again.',
  accountsDropped_other: '{{count}} saved accounts could not be read and were left out; sign in to them again.',
  signInExpired: 'The sign-in was not approved in time. Try again.',
  signInCancelled: 'Sign-in cancelled.',
  accountNotSaved: 'Could not save the account.',
  weakTokenStorage:
    'No system keyring is available, so saved sign-ins are only obfuscated on this computer, not encrypted. You can keep sign-ins for this session only: you would sign in again after restarting MissDeck.',

  // Files kept on this computer.
  dataFileRestored: "MissDeck's data file could not be read; it was kept as {{backup}} and the last good copy was used.",
  dataFileReset: "MissDeck's data file could not be read; it was kept as {{backup}} and MissDeck started fresh.",
  settingsReset: 'Your settings could not be read and were reset to the defaults. Your accounts and columns are kept.',
  settingsNewer: 'Your settings were saved by a newer MissDeck; settings this version does not know were left as they are.',

  // The deck.
  columnGone: 'That column is gone.',
  deckGone: 'That deck is gone.',
  lastDeck: 'The last deck cannot be deleted.',
  tooManyDecks: 'There can be at most {{limit}} decks.',
  deckFileTooLarge: 'This file is too large to be a deck (the limit is {{limit}}).',
  deckFileNotJson: 'This file is not a deck: it is not JSON.',
  deckFileNotADeck: 'This file is not a MissDeck deck.',
  deckFileVersion: 'This deck file has version {{version}}; this MissDeck reads version {{supported}}.',
  deckFileForbiddenKey: 'This deck file was refused: it contains the key “{{key}}”, which no deck has.',
  deckFileInvalid: 'This deck file was refused: {{where}} is not valid.',
  columnCannotLoad: 'The {{kind}} column cannot be loaded.',
  columnHoldsNotifications: 'This column holds notifications; load it with notifications.load.',
  columnHoldsNotes: 'This column holds notes; load it with timeline.load.',
  notificationsNotNotes: 'Notification columns hold notifications, not notes.',
  listColumnNeedsList: 'This list column needs a list.',
  antennaColumnNeedsAntenna: 'This antenna column needs an antenna.',
  channelColumnNeedsChannel: 'This channel column needs a channel.',
  roleColumnNeedsRole: 'This role column needs a role.',
  hashtagColumnNeedsTag: 'This hashtag column needs a hashtag.',
  userColumnNeedsUser: 'This user column needs a user.',
  searchColumnNeedsQuery: 'This search column needs something to search for.',
  streamRefused: 'The server did not accept the live {{channel}} stream; this column refreshes when the connection comes back.',

  // Notes.
  pollEndsTwice: 'A poll ends either at a time or after a duration, not both.',
  replyTargetGone: 'The note you are replying to no longer exists.',
  renoteTargetGone: 'The note you are renoting or quoting no longer exists.',
  cannotRenotePureRenote: 'A renote cannot be renoted or quoted; use the original note.',
  cannotReplyToPureRenote: 'A renote cannot be replied to; reply to the original note.',
  renoteNotAllowed: 'This note’s visibility does not allow renoting it.',
  replyToInvisible: 'You cannot reply to a note you are not allowed to see.',
  replyMustBeDirect: 'A reply to a direct note must be direct too.',
  pollAlreadyExpired: 'The poll’s end time is already in the past.',
  channelGone: 'That channel no longer exists.',
  attachedFileGone: 'One of the attached files is no longer in your drive.',
  renoteOutsideChannel: 'Notes of this channel can only be renoted inside the channel.',
  replyOrRenoteBlocked: 'You cannot reply to or renote this note: its author has blocked you.',
  prohibitedWords: 'The server refused the note: it contains words the server prohibits.',
  tooManyMentions: 'The note mentions more users than the server allows.',
  noteGone: 'This note no longer exists.',
  noteGoneOrHidden: 'This note no longer exists, or you are not allowed to see it.',
  noteAlreadyDeleted: 'This note was already deleted.',
  deleteOnlyOwn: 'You can delete only your own notes.',
  noteForSignedInByAuthor: 'Its author shows this note only to signed-in users.',
  noteForSignedInByServer: 'The server shows this note only to signed-in users.',
  notReacted: 'You have not reacted to this note.',
  cannotReactToRenote: 'A renote cannot be reacted to; react to the original note.',
  reactBlocked: 'You cannot react to this note: its author has blocked you.',
  noPoll: 'This note has no poll.',
  invalidChoice: 'That choice is not part of this poll.',
  alreadyVoted: 'You already voted in this poll.',
  pollEnded: 'This poll has ended.',
  voteBlocked: 'You cannot vote in this poll: its author has blocked you.',
  noteNotFetched: '{{targetHost}} could not fetch this note from {{sourceHost}} ({{misskeyCode}}).',
  notANote: '{{host}} found something at this note’s address, but not a note.',

  // Users.
  noSuchUser: 'There is no such user.',
  remoteUserUnreachable: 'The user’s server could not be reached to look them up.',
  userQueryMissing: 'Give a user id, or a username.',
  cannotFollowSelf: 'You cannot follow yourself.',
  followWhileBlocking: 'You are blocking this user; unblock them to follow them.',
  followBlocked: 'This user has blocked you.',

  // Drive.
  fileDataInvalid: 'The file’s data is not valid base64.',
  fileTooLarge: '“{{name}}” is {{size}}; {{host}} accepts files up to {{limit}}.',
  fileNameRefused: 'The server does not accept this file name.',
  fileInappropriate: 'The server refused this file: it may contain inappropriate content.',
  driveFull: 'Your drive is full: delete some files on the server and try again.',
  fileTooLargeForServer: 'This file is larger than the server accepts.',
  fileTypeRefused: 'The server does not accept files of this type.',
  fileGone: 'This file is no longer in your drive.',
  fileNotYours: 'This file belongs to someone else’s drive.',
  fileChangeRestricted: 'Your role on this server does not allow changing this file.',
} as const;
