import type { BenchDeck } from './deck';

// Word mutes as a reader keeps them (issue 13: the flood runs "with mutes on"): a list of words
// that seldom match, plus a few that match some flood notes (see e2e/standin/floodNotes.ts), so
// the renderer checks every note and folds or hides some of them.
// As Misskey stores them: an array is keywords that must all appear, a string is `/regex/flags`.
const quietWords = [['spoiler'], ['election'], ['crypto'], ['giveaway'], ['nft'], ['diet'], ['horoscope'], ['lottery'], ['stock', 'tips'], '/\\bad(vert)?s?\\b/i'];

/** Soft: body 6 ("milestone"), body 2 when "number 3", body 5 when its number ends in 7. Hard: body 1 when its minor version is 6. */
const benchMutedWords = [...quietWords, ['milestone'], ['coffee', 'number 3'], '/quiet note \\d*7\\b/i'];
const benchHardMutedWords = ['/version \\d\\.6\\b/'];

/** Writes the word mutes to every account of the deck (through the core, to the stand-ins' `i/update`). */
export async function muteWords(deck: BenchDeck): Promise<void> {
  const accounts = await deck.call<{ id: string }[]>('accounts.list');
  for (const account of accounts) {
    await deck.call('mutes.setWords', { accountId: account.id, mutedWords: benchMutedWords, hardMutedWords: benchHardMutedWords });
  }
}
