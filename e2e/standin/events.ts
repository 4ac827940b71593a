import type { ChatStreamEvent } from './chat';
// What the streaming side listens to, besides new/deleted notes (State.onNote/onNoteDeleted).

export type BusEvent =
  /** `{type:'channel', body:{id, type, body}}` on the user's `main` subscriptions. */
  | { kind: 'main'; userId: string; type: string; body: unknown }
  /** Top-level `{type:'noteUpdated', body:{id, type, body}}` to sockets that sent `subNote` for the note. */
  | { kind: 'noteUpdated'; noteId: string; type: 'reacted' | 'unreacted' | 'pollVoted' | 'deleted'; body: unknown }
  /** Top-level `{type, body}` to every socket (emojiAdded, announcementCreated). */
  | { kind: 'broadcast'; type: string; body: unknown }
  /** Frames of the chat channels (see chat.ts). */
  | ChatStreamEvent;

export type BusListener = (e: BusEvent) => void;

export class Bus {
  private readonly listeners = new Set<BusListener>();

  on(l: BusListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  emit(e: BusEvent): void {
    for (const l of this.listeners) l(e);
  }

  main(userId: string, type: string, body: unknown): void {
    this.emit({ kind: 'main', userId, type, body });
  }
}
