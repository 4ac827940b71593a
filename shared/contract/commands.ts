import { z } from 'zod';
import { columnCacheCommands } from './columnCacheCommands';
import { columnsOnRemoval, type AccountRemoval, type AccountView, type SignInAttemptView } from '../model/account';
import type { AppStatus } from '../model/appStatus';
import type { TimelineItem } from './events';
import { announcementCommands } from './announcementCommands';
import { chatCommands } from './chatCommands';
import { decksCommands } from './decksCommands';
import { columnKinds, sourceColumnKinds, type ColumnSource, type ColumnView } from '../model/column';
import { draftSlotKinds, type CustomEmoji, type DraftView, type DriveFileView, type ServerInfoView, type UserDetailed, type UserLite } from '../model/content';
import type { Note } from '../model/note';
import type { NotificationItem } from '../model/notification';
import { translateCommands } from './translateCommands';
import { draftsClipsCommands } from './draftsClipsCommands';
import { mutesCommands } from './mutesCommands';
import { densities, fontSizeRange, languages, mediaModes, motionModes, openInModes, themes, type Settings } from '../model/settings';
import { previewCommands } from './previewCommands';

/** Phantom marker: carries the output type of a command, never a value. */
const returns = <T>(): T => undefined as T;

const id = z.string().min(1).max(64);
const noInput = z.object({}).strict();
const paramValue = z.union([z.string().max(512), z.number(), z.boolean()]);
const columnParams = z.record(z.string().max(64), paramValue);
const onNote = { accountId: id, noteId: id };
const visibility = z.enum(['public', 'home', 'followers', 'specified']);
const poll = z
  .object({
    choices: z.array(z.string().min(1).max(50)).min(2).max(10),
    multiple: z.boolean().optional(),
    expiresAt: z.number().int().positive().optional(),
    expiredAfter: z.number().int().min(1).optional(),
  })
  .strict();
/** A reply's or a quote's draft: kept per note replied to or quoted. */
const draftSlot = z.object({ kind: z.enum(draftSlotKinds), noteId: id }).strict();
const draftRecipient = z
  .object({ id, username: z.string().min(1).max(128), host: z.string().max(256).nullable(), name: z.string().max(256).nullable(), avatarUrl: z.string().max(2048).nullable() })
  .strict();

/**
 * Every command the renderer may call: its validated input and its output type.
 * Main (and the host) validate input with these schemas before any handler runs.
 */
export const commands = {
  ...announcementCommands,
  'app.info': {
    input: noInput,
    output: returns<{ version: string; shell: 'electron' | 'host' }>(),
  },
  'app.status': {
    input: noInput,
    output: returns<AppStatus>(),
  },
  'app.dismissNotice': {
    input: z.object({ noticeId: id }).strict(),
    output: returns<null>(),
  },
  'app.setTokensSessionOnly': {
    input: z.object({ sessionOnly: z.boolean() }).strict(),
    output: returns<AppStatus>(),
  },
  'settings.get': {
    input: noInput,
    output: returns<Settings>(),
  },
  'settings.update': {
    input: z
      .object({
        patch: z
          .object({
            language: z.enum(languages),
            theme: z.enum(themes),
            fontSize: z.number().int().min(fontSizeRange.min).max(fontSizeRange.max),
            density: z.enum(densities),
            media: z.enum(mediaModes),
            motion: z.enum(motionModes),
            tintColumns: z.boolean(),
            linkPreviews: z.boolean(),
            openIn: z.enum(openInModes),
            alertVolume: z.number().int().min(0).max(100),
            desktopNotifications: z.record(id, z.boolean()),
            timelineDefaults: z.object({ withRenotes: z.boolean(), withReplies: z.boolean(), withFiles: z.boolean(), hideSensitive: z.boolean() }).strict(),
            collapseRenotes: z.boolean(),
          })
          .partial()
          .strict(),
      })
      .strict(),
    output: returns<Settings>(),
  },
  'app.openExternal': {
    input: z.object({ url: z.string().max(4096) }).strict(),
    output: returns<null>(),
  },
  'accounts.list': {
    input: noInput,
    output: returns<AccountView[]>(),
  },
  'accounts.signIn': {
    input: z.object({ server: z.string().max(512) }).strict(),
    output: returns<SignInAttemptView>(),
  },
  'accounts.cancelSignIn': {
    input: z.object({ attemptId: id }).strict(),
    output: returns<null>(),
  },
  'accounts.remove': {
    input: z.object({ accountId: id, columns: z.enum(columnsOnRemoval) }).strict(),
    output: returns<AccountRemoval>(),
  },
  'accounts.reorder': {
    input: z.object({ accountIds: z.array(id).max(1000) }).strict(),
    output: returns<AccountView[]>(),
  },
  'accounts.setDefault': {
    input: z.object({ accountId: id }).strict(),
    output: returns<AccountView[]>(),
  },
  'deck.get': {
    input: noInput,
    output: returns<ColumnView[]>(),
  },
  /** Connection states, column live states and unread counts as they are now, for a renderer that connects late. */
  'deck.liveState': {
    input: noInput,
    output: returns<TimelineItem[]>(),
  },
  'deck.addColumn': {
    input: z
      .object({
        accountId: id,
        kind: z.enum(columnKinds),
        params: columnParams.optional(),
      })
      .strict(),
    output: returns<ColumnView>(),
  },
  'deck.updateColumn': {
    input: z
      .object({
        columnId: id,
        width: z.number().int().min(200).max(1200).optional(),
        collapsed: z.boolean().optional(),
        params: columnParams.optional(),
      })
      .strict(),
    output: returns<ColumnView>(),
  },
  'deck.moveColumn': {
    input: z.object({ columnId: id, toIndex: z.number().int().min(0) }).strict(),
    output: returns<ColumnView[]>(),
  },
  'deck.sources': {
    input: z.object({ accountId: id, kind: z.enum(sourceColumnKinds) }).strict(),
    output: returns<ColumnSource[]>(),
  },
  'deck.removeColumn': {
    input: z.object({ columnId: id }).strict(),
    output: returns<null>(),
  },
  'timeline.load': {
    input: z
      .object({
        columnId: id,
        untilId: id.optional(),
        sinceId: id.optional(),
        limit: z.number().int().min(1).max(100).optional(),
      })
      .strict(),
    output: returns<Note[]>(),
  },
  'notifications.load': {
    input: z.object({ columnId: id, untilId: id.optional(), limit: z.number().int().min(1).max(100).optional() }).strict(),
    output: returns<NotificationItem[]>(),
  },
  'notes.watch': {
    input: z.object({ notes: z.array(z.object(onNote).strict()).max(2000) }).strict(),
    output: returns<null>(),
  },
  'notes.create': {
    input: z
      .object({
        accountId: id,
        text: z.string().max(100_000).optional(),
        cw: z.string().max(10_000).optional(),
        visibility: visibility.optional(),
        visibleUserIds: z.array(id).max(100).optional(),
        localOnly: z.boolean().optional(),
        replyId: id.optional(),
        renoteId: id.optional(),
        channelId: id.optional(),
        fileIds: z.array(id).max(16).optional(),
        poll: poll.optional(),
      })
      .strict()
      .refine((note) => (note.text?.trim() ?? '') !== '' || note.renoteId !== undefined || (note.fileIds?.length ?? 0) > 0 || note.poll !== undefined, {
        message: 'A note needs text, files, a poll or a renote.',
      }),
    output: returns<Note>(),
  },
  'notes.show': { input: z.object(onNote).strict(), output: returns<Note>() },
  'notes.conversation': { input: z.object(onNote).strict(), output: returns<Note[]>() },
  'notes.children': { input: z.object(onNote).strict(), output: returns<Note[]>() },
  'notes.delete': { input: z.object(onNote).strict(), output: returns<null>() },
  'notes.react': { input: z.object({ ...onNote, reaction: z.string().min(1).max(256) }).strict(), output: returns<null>() },
  'notes.unreact': { input: z.object(onNote).strict(), output: returns<null>() },
  'notes.renote': {
    input: z.object({ ...onNote, visibility: visibility.optional(), localOnly: z.boolean().optional() }).strict(),
    output: returns<Note>(),
  },
  'notes.vote': { input: z.object({ ...onNote, choice: z.number().int().min(0).max(9) }).strict(), output: returns<null>() },
  'notes.favorite': { input: z.object({ ...onNote, favorite: z.boolean() }).strict(), output: returns<null>() },
  /** The same note as seen from another account (on another server: resolved with `ap/show`). */
  'notes.resolve': {
    input: z.object({ accountId: id, fromAccountId: id, noteId: id }).strict(),
    output: returns<Note>(),
  },
  'users.show': {
    input: z.object({ accountId: id, userId: id.optional(), username: z.string().max(128).optional(), host: z.string().max(256).nullable().optional() }).strict(),
    output: returns<UserDetailed>(),
  },
  'users.follow': { input: z.object({ accountId: id, userId: id, follow: z.boolean() }).strict(), output: returns<null>() },
  'users.search': {
    input: z.object({ accountId: id, query: z.string().min(1).max(128), limit: z.number().int().min(1).max(20).optional() }).strict(),
    output: returns<UserLite[]>(),
  },
  'server.info': { input: z.object({ accountId: id }).strict(), output: returns<ServerInfoView>() },
  'server.emojis': { input: z.object({ accountId: id }).strict(), output: returns<CustomEmoji[]>() },
  /** Uploads a file to the account's drive; progress arrives as `drive.uploadProgress` events. */
  'drive.upload': {
    input: z
      .object({
        accountId: id,
        uploadId: id,
        name: z.string().min(1).max(256),
        type: z.string().max(128),
        dataBase64: z.string().max(200 * 1024 * 1024),
        isSensitive: z.boolean().optional(),
        comment: z.string().max(512).optional(),
      })
      .strict(),
    output: returns<DriveFileView>(),
  },
  'drive.update': {
    input: z.object({ accountId: id, fileId: id, isSensitive: z.boolean().optional(), comment: z.string().max(512).nullable().optional() }).strict(),
    output: returns<DriveFileView>(),
  },
  'drafts.get': { input: z.object({ accountId: id, slot: draftSlot.optional() }).strict(), output: returns<DraftView | null>() },
  'drafts.save': {
    input: z
      .object({
        accountId: id,
        slot: draftSlot.optional(),
        draft: z
          .object({
            text: z.string().max(100_000),
            cw: z.string().max(10_000).nullable(),
            visibility,
            localOnly: z.boolean(),
            replyId: id.nullable(),
            renoteId: id.nullable(),
            pollChoices: z.array(z.string().max(50)).max(10).nullable(),
            recipients: z.array(draftRecipient).max(100).default([]),
          })
          .strict()
          .nullable(),
      })
      .strict(),
    output: returns<null>(),
  },
  ...columnCacheCommands,
  ...translateCommands,
  ...draftsClipsCommands,
  ...previewCommands,
  ...mutesCommands,
  ...chatCommands,
  ...decksCommands,
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
export type ValidCommandInput<N extends CommandName> = z.output<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = Commands[N]['output'];
export const commandNames = Object.keys(commands) as CommandName[];

export const isCommandName = (name: unknown): name is CommandName =>
  typeof name === 'string' && Object.hasOwn(commands, name);
