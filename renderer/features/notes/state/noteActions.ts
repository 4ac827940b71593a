import type { CommandError } from '../../../../shared/contract/result';
import type { Note } from '../../../../shared/model/note';
import { getBridge } from '../../../bridge';
import { notesUiActions } from './notesUi';
import { rememberReaction } from './recentReactions';

const fail = (what: string, error: CommandError) => {
  notesUiActions.say(`${what}: ${error.message}`, true);
  return false;
};

/** What a note's buttons do, through the bridge. Each returns whether it went through; failures show a message. */
export const noteActions = {
  async react(accountId: string, noteId: string, reaction: string): Promise<boolean> {
    rememberReaction(accountId, reaction);
    const result = await getBridge().commands['notes.react']({ accountId, noteId, reaction });
    return result.ok || fail('Could not react', result.error);
  },
  async unreact(accountId: string, noteId: string): Promise<boolean> {
    const result = await getBridge().commands['notes.unreact']({ accountId, noteId });
    return result.ok || fail('Could not remove the reaction', result.error);
  },
  async renote(accountId: string, noteId: string): Promise<boolean> {
    const result = await getBridge().commands['notes.renote']({ accountId, noteId });
    if (result.ok) notesUiActions.say('Renoted');
    return result.ok || fail('Could not renote', result.error);
  },
  async vote(accountId: string, noteId: string, choice: number): Promise<boolean> {
    const result = await getBridge().commands['notes.vote']({ accountId, noteId, choice });
    return result.ok || fail('Could not vote', result.error);
  },
  async favorite(accountId: string, noteId: string, favorite: boolean): Promise<boolean> {
    const result = await getBridge().commands['notes.favorite']({ accountId, noteId, favorite });
    if (result.ok) notesUiActions.say(favorite ? 'Added to favourites' : 'Removed from favourites');
    return result.ok || fail(favorite ? 'Could not favourite' : 'Could not unfavourite', result.error);
  },
  async remove(accountId: string, noteId: string): Promise<boolean> {
    const result = await getBridge().commands['notes.delete']({ accountId, noteId });
    if (result.ok) notesUiActions.say('Note deleted');
    return result.ok || fail('Could not delete', result.error);
  },
  /** The note as `accountId` sees it (perhaps on another server), or null (with a message). */
  async resolve(accountId: string, fromAccountId: string, noteId: string): Promise<Note | null> {
    if (accountId === fromAccountId) {
      const shown = await getBridge().commands['notes.show']({ accountId, noteId });
      return shown.ok ? shown.value : (fail('Could not load the note', shown.error), null);
    }
    const result = await getBridge().commands['notes.resolve']({ accountId, fromAccountId, noteId });
    return result.ok ? result.value : (fail('Could not find the note from that account', result.error), null);
  },
  async openInBrowser(url: string): Promise<void> {
    const result = await getBridge().commands['app.openExternal']({ url });
    if (!result.ok) fail('Could not open the browser', result.error);
  },
  async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      notesUiActions.say('Link copied');
    } catch {
      notesUiActions.say('Could not copy the link', true);
    }
  },
  async openHashtagColumn(accountId: string, tag: string): Promise<void> {
    const result = await getBridge().commands['deck.addColumn']({ accountId, kind: 'hashtag', params: { tag, sourceName: `#${tag}` } });
    if (result.ok) notesUiActions.say(`Added a column for #${tag}`);
    else fail('Could not add the column', result.error);
  },
  async openUserColumn(accountId: string, userId: string, sourceName: string): Promise<void> {
    const result = await getBridge().commands['deck.addColumn']({ accountId, kind: 'user', params: { userId, sourceName } });
    if (result.ok) notesUiActions.say(`Added a column for ${sourceName}`);
    else fail('Could not add the column', result.error);
  },
};
