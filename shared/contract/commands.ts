import { z } from 'zod';
import { columnsOnRemoval, type AccountRemoval, type AccountView, type SignInAttemptView } from '../model/account';
import type { AppStatus } from '../model/appStatus';
import { columnKinds, type ColumnView } from '../model/column';
import type { Note } from '../model/note';

/** Phantom marker: carries the output type of a command, never a value. */
const returns = <T>(): T => undefined as T;

const id = z.string().min(1).max(64);
const noInput = z.object({}).strict();

/**
 * Every command the renderer may call: its validated input and its output type.
 * Main (and the host) validate input with these schemas before any handler runs.
 */
export const commands = {
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
  'deck.addColumn': {
    input: z
      .object({
        accountId: id,
        kind: z.enum(columnKinds),
        params: z.record(z.string().max(64), z.union([z.string().max(512), z.number(), z.boolean()])).optional(),
      })
      .strict(),
    output: returns<ColumnView>(),
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
        limit: z.number().int().min(1).max(100).optional(),
      })
      .strict(),
    output: returns<Note[]>(),
  },
  'notes.create': {
    input: z
      .object({
        accountId: id,
        text: z.string().min(1).max(100_000),
        cw: z.string().max(10_000).optional(),
        visibility: z.enum(['public', 'home', 'followers', 'specified']).optional(),
        localOnly: z.boolean().optional(),
      })
      .strict(),
    output: returns<Note>(),
  },
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
export type ValidCommandInput<N extends CommandName> = z.output<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = Commands[N]['output'];
export const commandNames = Object.keys(commands) as CommandName[];

export const isCommandName = (name: unknown): name is CommandName =>
  typeof name === 'string' && Object.hasOwn(commands, name);
