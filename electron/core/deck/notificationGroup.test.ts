import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../e2e/support/core/fixtures';
import type { Notification } from '../../../shared/model/notification';
import { groupKey, mergeIntoRow } from '../../../shared/model/notificationGroup';

// The plain list (newest first) and the grouped answer the real server gave for the same six notifications.
const plain = readFixture('reading/i-notifications-reactions-renotes.json').response as Notification[];
const grouped = readFixture('reading/i-notifications-grouped.json').response as Notification[];
const byId = (id: string) => plain.find((n) => n.id === id)!;

/** Replays the plain notifications oldest first, merging each into the newest row as a live feed does. */
function replay(list: readonly Notification[]): Notification[] {
  const rows: Notification[] = [];
  for (const n of [...list].reverse()) {
    const top = rows[0];
    const outcome = top ? mergeIntoRow(top, n) : { kind: 'separate' as const };
    if (outcome.kind === 'merged') rows[0] = outcome.row;
    else if (outcome.kind === 'separate') rows.unshift(n);
  }
  return rows;
}

const people = (n: Notification) => {
  const r = n as unknown as { reactions?: { user: { username: string }; reaction: string }[]; users?: { username: string }[] };
  return r.reactions?.map((x) => `${x.user.username} ${x.reaction}`) ?? r.users?.map((u) => u.username) ?? [];
};

describe('grouping notifications as Misskey does', () => {
  it('keys reactions by note and renotes by the renoted note', () => {
    expect(groupKey(byId('aug12p5h0cnj0be1'))).toBe('reaction:aug12owa0cnj0bdy');
    expect(groupKey(byId('aug12pvz0cnj0be7'))).toBe('renote:aug12owa0cnj0bdy');
    expect(groupKey(grouped[1]!)).toBe('renote:aug12owa0cnj0bdy');
    expect(groupKey(grouped[3]!)).toBe('reaction:aug12owa0cnj0bdy');
    expect(groupKey({ id: 'x', createdAt: '', type: 'follow' } as unknown as Notification)).toBeNull();
  });

  it('merging the live notifications one by one gives the rows the server groups (ids, types, people)', () => {
    const rows = replay(plain);
    expect(rows.map((r) => [r.id, r.type])).toEqual(grouped.map((g) => [g.id, g.type]));
    expect(rows.map(people)).toEqual(grouped.map(people));
    // The merged row takes the newest member's time and note.
    expect(rows[1]!.createdAt).toBe(byId('aug12q500cnj0be9').createdAt);
    expect((rows[1] as unknown as { note: { id: string } }).note.id).toBe((byId('aug12q500cnj0be9') as unknown as { note: { id: string } }).note.id);
  });

  it('merges only the same type on the same note, and only newer ones', () => {
    const reaction = byId('aug12p5h0cnj0be1');
    const otherNote = byId('aug12pmx0cnj0be5');
    const renote = byId('aug12pvz0cnj0be7');
    expect(mergeIntoRow(reaction, otherNote).kind).toBe('separate');
    expect(mergeIntoRow(reaction, renote).kind).toBe('separate');
    const older = { ...byId('aug12pe60cnj0be3'), createdAt: '2000-01-01T00:00:00.000Z' } as Notification;
    expect(mergeIntoRow(reaction, older).kind).toBe('separate');
  });

  it('knows the people a grouped row already holds (a backfill re-reading them changes nothing)', () => {
    const group = grouped[3]!;
    expect(mergeIntoRow(group, byId('aug12pe60cnj0be3')).kind).toBe('known');
    expect(mergeIntoRow(group, byId('aug12p5h0cnj0be1')).kind).toBe('known');
    expect(mergeIntoRow(grouped[1]!, byId('aug12q500cnj0be9')).kind).toBe('known');
    // The same person with another reaction is news.
    const again = { ...byId('aug12p5h0cnj0be1'), id: 'aug12zzz0cnj0bzz', createdAt: '2026-12-06T23:30:00.000Z', reaction: '🍮' } as Notification;
    const outcome = mergeIntoRow(group, again);
    expect(outcome.kind).toBe('merged');
    if (outcome.kind === 'merged') {
      expect(outcome.row.id).toBe(group.id);
      expect(people(outcome.row)).toEqual(['bob 🍮', 'carol_rec 🎉', 'bob 👍']);
    }
  });

  it('never throws on malformed rows', () => {
    const junk = [{}, { type: 'reaction' }, { type: 'reaction', note: null }, { type: 'renote', note: { id: 'n' } }, { type: 'reaction:grouped', note: { id: 'n' }, reactions: 'x' }];
    for (const a of junk) for (const b of junk) expect(() => mergeIntoRow(a as Notification, b as Notification)).not.toThrow();
    expect(mergeIntoRow({ type: 'reaction:grouped', note: { id: 'n' }, reactions: 'x' } as unknown as Notification, { type: 'reaction', note: { id: 'n' }, createdAt: 'z' } as unknown as Notification).kind).toBe('merged');
  });
});
