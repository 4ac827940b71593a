import type { DraftView } from '../../../shared/model/content';

/** What a draft says, as both sides can hold it: MissDeck's local copy and the server's NoteDraft. */
export interface DraftContent {
  text: string;
  cw: string | null;
  visibility: DraftView['visibility'];
  localOnly: boolean;
  replyId: string | null;
  renoteId: string | null;
  visibleUserIds: string[];
  /** Filled-in choices only (the server refuses empty ones). */
  pollChoices: string[] | null;
}

/** A local draft's tie to its server copy: the server id, and the content both had at the last sync. */
export interface DraftLink {
  serverId: string;
  /** `contentKey` of what local and server agreed on last. */
  baseline: string;
}

export function contentOfLocal(draft: Omit<DraftView, 'savedAt'>): DraftContent {
  return {
    text: draft.text,
    cw: draft.cw,
    visibility: draft.visibility,
    localOnly: draft.localOnly,
    replyId: draft.replyId,
    renoteId: draft.renoteId,
    visibleUserIds: draft.visibility === 'specified' ? draft.recipients.map((r) => r.id) : [],
    pollChoices: cleanChoices(draft.pollChoices),
  };
}

export function cleanChoices(choices: readonly string[] | null | undefined): string[] | null {
  const filled = (choices ?? []).map((c) => c.trim()).filter((c) => c !== '');
  return filled.length > 0 ? filled : null;
}

/** A stable comparison key: the same content gives the same key whichever side it came from. */
export function contentKey(content: DraftContent): string {
  return JSON.stringify([
    content.text,
    content.cw || null,
    content.visibility,
    content.localOnly,
    content.replyId ?? null,
    content.renoteId ?? null,
    content.visibility === 'specified' ? [...content.visibleUserIds].sort() : [],
    content.pollChoices ?? null,
  ]);
}

/**
 * What to do with one draft, given the local copy (null: deleted here), its link to a server copy
 * (null: never synced) and the server copy now (null: not on the server any more). Never drops an
 * edit: when both sides changed since the last sync, both are kept (the local edit becomes a draft
 * of its own on the server, the server's stays as it is).
 */
export type SyncStep =
  /** Nothing differs. */
  | { kind: 'none' }
  /** Both sides already say the same thing (changed alike): remember it as the new baseline. */
  | { kind: 'rebase'; serverId: string }
  /** No server copy yet, or it is gone while the local copy changed: create one. */
  | { kind: 'create' }
  /** Only the local copy changed. */
  | { kind: 'update'; serverId: string }
  /** Only the server copy changed (edited in the web client): take it. */
  | { kind: 'adopt'; serverId: string }
  /** Both changed differently: keep the server's, save the local one as a new server draft, tell the user. */
  | { kind: 'conflict'; serverId: string }
  /** The server copy is gone (posted or deleted elsewhere) and nothing changed here since: forget it here too. */
  | { kind: 'dropLocal' }
  /** Deleted here, unchanged there: delete it there. */
  | { kind: 'deleteServer'; serverId: string }
  /** Deleted here, but changed there since: keep the server's copy, just untie it. */
  | { kind: 'unlink' };

export function planSync(local: DraftContent | null, link: DraftLink | null, server: DraftContent | null): SyncStep {
  if (!link) return local ? { kind: 'create' } : { kind: 'none' };
  const localChanged = local !== null && contentKey(local) !== link.baseline;
  if (server === null) {
    if (local === null) return { kind: 'unlink' };
    return localChanged ? { kind: 'create' } : { kind: 'dropLocal' };
  }
  const serverChanged = contentKey(server) !== link.baseline;
  if (local === null) return serverChanged ? { kind: 'unlink' } : { kind: 'deleteServer', serverId: link.serverId };
  if (!localChanged && !serverChanged) return { kind: 'none' };
  if (localChanged && !serverChanged) return { kind: 'update', serverId: link.serverId };
  if (!localChanged) return { kind: 'adopt', serverId: link.serverId };
  if (contentKey(local) === contentKey(server)) return { kind: 'rebase', serverId: link.serverId };
  return { kind: 'conflict', serverId: link.serverId };
}
