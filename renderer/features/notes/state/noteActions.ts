import { t } from '../../../i18n';
import type { CommandError } from '../../../../shared/contract/result';
import type { ColumnParams } from '../../../../shared/model/column';
import type { Note } from '../../../../shared/model/note';
import { coreText } from '../../../i18n/coreText';
import { getBridge } from '../../../bridge';
import { notesUiActions } from './notesUi';
import { rememberReaction } from './recentReactions';
import { addColumnBesideOrigin } from '../../decks/openInColumn';

/** Tells the user what failed and why (the core's error in their language); false, for `return result.ok || …`. */
export const sayActionFailed = (what: string, error: CommandError): false => {
  notesUiActions.say(t('actions.failed', { what, message: coreText(error) }), true);
  return false;
};

/** A column opened right of the one the user was in, named in the notice by its `sourceName`. */
async function openColumnBeside(accountId: string, kind: 'user' | 'hashtag' | 'search', params: { sourceName: string } & ColumnParams): Promise<void> {
  const result = await addColumnBesideOrigin(accountId, kind, params);
  if (result.ok) notesUiActions.say(t('actions.columnAdded', { name: params.sourceName }));
  else sayActionFailed(t('actions.addColumn'), result.error);
}

/** What a note's buttons do, through the bridge. Each returns whether it went through; failures show a message. */
export const noteActions = {
  async react(accountId: string, noteId: string, reaction: string): Promise<boolean> {
    rememberReaction(accountId, reaction);
    const result = await getBridge().commands['notes.react']({ accountId, noteId, reaction });
    return result.ok || sayActionFailed(t('actions.react'), result.error);
  },
  async unreact(accountId: string, noteId: string): Promise<boolean> {
    const result = await getBridge().commands['notes.unreact']({ accountId, noteId });
    return result.ok || sayActionFailed(t('actions.unreact'), result.error);
  },
  async renote(accountId: string, noteId: string): Promise<boolean> {
    const result = await getBridge().commands['notes.renote']({ accountId, noteId });
    if (result.ok) notesUiActions.say(t('actions.renoted'));
    return result.ok || sayActionFailed(t('actions.renote'), result.error);
  },
  async vote(accountId: string, noteId: string, choice: number): Promise<boolean> {
    const result = await getBridge().commands['notes.vote']({ accountId, noteId, choice });
    return result.ok || sayActionFailed(t('actions.vote'), result.error);
  },
  async favorite(accountId: string, noteId: string, favorite: boolean): Promise<boolean> {
    const result = await getBridge().commands['notes.favorite']({ accountId, noteId, favorite });
    if (result.ok) notesUiActions.say(favorite ? t('actions.favourited') : t('actions.unfavourited'));
    return result.ok || sayActionFailed(favorite ? t('actions.favourite') : t('actions.unfavourite'), result.error);
  },
  async remove(accountId: string, noteId: string): Promise<boolean> {
    const result = await getBridge().commands['notes.delete']({ accountId, noteId });
    if (result.ok) notesUiActions.say(t('actions.deleted'));
    return result.ok || sayActionFailed(t('actions.delete'), result.error);
  },
  /** The note as `accountId` sees it (perhaps on another server), or null (with a message). */
  async resolve(accountId: string, fromAccountId: string, noteId: string): Promise<Note | null> {
    if (accountId === fromAccountId) {
      const shown = await getBridge().commands['notes.show']({ accountId, noteId });
      return shown.ok ? shown.value : (sayActionFailed(t('actions.loadNote'), shown.error), null);
    }
    const result = await getBridge().commands['notes.resolve']({ accountId, fromAccountId, noteId });
    return result.ok ? result.value : (sayActionFailed(t('actions.resolve'), result.error), null);
  },
  async openInBrowser(url: string): Promise<void> {
    const result = await getBridge().commands['app.openExternal']({ url });
    if (!result.ok) sayActionFailed(t('actions.openBrowser'), result.error);
  },
  async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      notesUiActions.say(t('actions.linkCopied'));
    } catch {
      notesUiActions.say(t('actions.copyFailed'), true);
    }
  },
  openHashtagColumn: (accountId: string, tag: string) => openColumnBeside(accountId, 'hashtag', { tag, sourceName: `#${tag}` }),
  openSearchColumn: (accountId: string, query: string) => openColumnBeside(accountId, 'search', { query, sourceName: query }),
  openUserColumn: (accountId: string, userId: string, sourceName: string) => openColumnBeside(accountId, 'user', { userId, sourceName }),
};
