import { randomUUID } from 'node:crypto';
import { everyAccount, hasNoteFeed, type ColumnView } from '../../../shared/model/column';
import { maxDecks, type DeckExport, type DecksView } from '../../../shared/model/deck';
import type { AccountView } from '../../../shared/model/account';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { acctOf, type AccountsService } from '../accounts/accountsService';
import { CommandFailure } from '../commands/commandFailure';
import { readDeckFile, writeDeckFile, type DeckFileColumn } from './deckFile';
import type { DeckService } from './deckService';
import type { StoredDeck } from './deckStore';
import { noteFeedSpec } from './feedSpecs';

const sameAcct = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** The `accountId` of an imported column whose account is not signed in here. */
const missingAccountId = (acct: string) => `missing:${acct}`;

/** Named decks: create, rename, duplicate, remove, reorder, switch, export and import. */
export class DecksService {
  constructor(
    private readonly deck: DeckService,
    private readonly accounts: AccountsService,
    private readonly onChanged: (view: DecksView) => void,
    private readonly now: () => number = Date.now,
  ) {}

  view(): DecksView {
    return this.deck.layout.decksView();
  }

  create(name: string): DecksView {
    this.requireRoom();
    const deck: StoredDeck = { id: randomUUID(), name, columns: [] };
    this.deck.layout.addDeck(deck);
    return this.switchTo(deck.id);
  }

  rename(deckId: string, name: string): DecksView {
    this.requireDeck(deckId);
    this.deck.layout.renameDeck(deckId, name);
    return this.changed();
  }

  /** A copy (new column ids, same settings) right after the original, shown at once. */
  duplicate(deckId: string, name: string): DecksView {
    this.requireRoom();
    const original = this.requireDeck(deckId);
    const copy: StoredDeck = { id: randomUUID(), name, columns: original.columns.map((column) => ({ ...column, id: randomUUID() })) };
    this.deck.layout.addDeck(copy, this.indexOf(deckId) + 1);
    return this.switchTo(copy.id);
  }

  remove(deckId: string): DecksView {
    this.requireDeck(deckId);
    if (this.view().decks.length === 1) throw new CommandFailure('INVALID_INPUT', coreMessage('lastDeck'));
    const wasShown = this.deck.layout.activeDeckId() === deckId;
    this.deck.layout.removeDeck(deckId);
    if (wasShown) this.deck.restartColumns();
    return this.changed();
  }

  move(deckId: string, toIndex: number): DecksView {
    this.requireDeck(deckId);
    this.deck.layout.moveDeck(deckId, toIndex);
    return this.changed();
  }

  switchTo(deckId: string): DecksView {
    this.requireDeck(deckId);
    if (this.deck.layout.activeDeckId() !== deckId) {
      this.deck.layout.setActive(deckId);
      this.deck.restartColumns();
    }
    return this.changed();
  }

  export(deckId: string): DeckExport {
    const deck = this.requireDeck(deckId);
    const accounts = this.accounts.views();
    const named = deck.columns.filter((column) => column.accountId === everyAccount || column.missingAccount || accounts.some((a) => a.id === column.accountId));
    const file = writeDeckFile(deck.name, named, (id) => {
      const account = accounts.find((a) => a.id === id);
      return account ? acctOf(account) : undefined;
    }, new Date(this.now()));
    const safeName = deck.name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'deck';
    return { fileName: `missdeck-${safeName}.json`, text: JSON.stringify(file, null, 2) };
  }

  /** A deck from a file, added and shown; a file that is not a valid deck changes nothing. */
  import(text: string): DecksView {
    const checked = readDeckFile(text);
    if (!checked.ok) throw new CommandFailure('INVALID_INPUT', checked.reason);
    this.requireRoom();
    const accounts = this.accounts.views();
    const columns = checked.file.columns.map((entry, index) => this.importedColumn(entry, index, accounts));
    const deck: StoredDeck = { id: randomUUID(), name: checked.file.name, columns };
    this.deck.layout.addDeck(deck);
    return this.switchTo(deck.id);
  }

  /** Imported columns waiting for this account (by `@user@host`) now belong to it. */
  bindSignedIn(accountId: string): void {
    const account = this.accounts.views().find((a) => a.id === accountId);
    if (!account) return;
    const acct = acctOf(account);
    let bound = false;
    this.deck.layout.mapEveryColumn((column) => {
      if (!column.missingAccount || !sameAcct(column.missingAccount, acct)) return column;
      bound = true;
      const { missingAccount: _missing, ...rest } = column;
      return { ...rest, accountId };
    });
    if (bound) this.deck.restartColumns();
  }

  private importedColumn(entry: DeckFileColumn, index: number, accounts: readonly AccountView[]): ColumnView {
    const where = `columns.${index}`;
    if ((entry.kind === 'allNotifications') !== (entry.account === everyAccount)) {
      throw new CommandFailure('INVALID_INPUT', coreMessage('deckFileInvalid', { where: `${where}.account` }));
    }
    const { account: acct, ...settings } = entry;
    const account = acct === everyAccount ? undefined : accounts.find((a) => sameAcct(acctOf(a), acct));
    const column: ColumnView = {
      ...settings,
      id: randomUUID(),
      accountId: acct === everyAccount ? everyAccount : (account?.id ?? missingAccountId(acct)),
      ...(acct !== everyAccount && !account ? { missingAccount: acct } : {}),
    };
    if (hasNoteFeed(column.kind)) {
      try {
        noteFeedSpec(column);
      } catch {
        throw new CommandFailure('INVALID_INPUT', coreMessage('deckFileInvalid', { where: `${where}.params` }));
      }
    }
    return column;
  }

  private changed(): DecksView {
    const view = this.view();
    this.onChanged(view);
    return view;
  }

  private indexOf(deckId: string): number {
    return this.view().decks.findIndex((deck) => deck.id === deckId);
  }

  private requireDeck(deckId: string): StoredDeck {
    const deck = this.deck.layout.deck(deckId);
    if (!deck) throw new CommandFailure('NOT_FOUND', coreMessage('deckGone'));
    return deck;
  }

  private requireRoom(): void {
    if (this.view().decks.length >= maxDecks) throw new CommandFailure('INVALID_INPUT', coreMessage('tooManyDecks', { limit: maxDecks }));
  }
}
