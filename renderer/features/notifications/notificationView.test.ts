import { describe, expect, it } from 'vitest';
import type { NotificationItem } from '../../../shared/model/notification';
import type { AccountView } from '../../../shared/model/account';
import { notifyDesktop } from './desktopNotifications';
import { describeNotification, reactionView } from './notificationView';

const user = { id: 'u1', name: 'Alice', username: 'alice', host: null, avatarUrl: null };
const note = { id: 'n1', text: 'hello', reactionEmojis: { 'blob@remote.example': 'https://remote.example/blob.png' } };
const item = (notification: Record<string, unknown>, accountId = 'a1') =>
  ({ accountId, notification: { id: 'x1', createdAt: '2026-01-01T00:00:00Z', ...notification } }) as unknown as NotificationItem;

describe('notification text', () => {
  it('reads every Misskey type', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'follow', user }, 'Alice followed you'],
      [{ type: 'mention', user, note }, 'Alice mentioned you'],
      [{ type: 'reply', user, note }, 'Alice replied'],
      [{ type: 'renote', user, note }, 'Alice renoted your note'],
      [{ type: 'quote', user, note }, 'Alice quoted your note'],
      [{ type: 'reaction', user, note, reaction: '👍' }, 'Alice reacted to your note'],
      [{ type: 'pollEnded', user, note }, "Alice's poll has ended"],
      [{ type: 'receiveFollowRequest', user }, 'Alice asked to follow you'],
      [{ type: 'followRequestAccepted', user, message: null }, 'Alice accepted your follow request'],
      [{ type: 'achievementEarned', achievement: 'notes1' }, 'Achievement unlocked'],
      [{ type: 'app', header: 'Bot', body: 'Hi', icon: 'javascript:alert(1)' }, 'Bot'],
      [{ type: 'roleAssigned', role: { name: 'Mod' } }, 'You were given the role Mod'],
      [{ type: 'exportCompleted', exportedEntity: 'note', fileId: 'f' }, 'Your export of notes is ready'],
      [{ type: 'login' }, 'Someone signed in to your account'],
      [{ type: 'createToken' }, 'An access token was created for your account'],
      [{ type: 'test' }, 'Test notification'],
      [{ type: 'scheduledNotePosted', note }, 'Your scheduled note was posted'],
      [{ type: 'note', user, note }, 'Alice posted a note'],
      [{ type: 'reaction:grouped', note, reactions: [{ user, reaction: '👍' }, { user, reaction: '🎉' }] }, 'Alice and 1 other reacted to your note'],
      [{ type: 'somethingNew' }, 'Notification: somethingNew'],
    ];
    for (const [n, text] of cases) expect(describeNotification(item(n)).text, String(n.type)).toBe(text);
    expect(describeNotification(item({ type: 'achievementEarned', achievement: 'notes1' })).detail).toBe('notes1');
    expect(describeNotification(item({ type: 'app', header: null, body: 'b', icon: 'javascript:alert(1)' })).imageUrl).toBeNull();
  });

  it('never throws on missing fields', () => {
    expect(describeNotification(item({ type: 'reaction', user: null, note: null })).text).toBe('Someone reacted to your note');
    expect(describeNotification({ accountId: 'a', notification: {} } as NotificationItem).text).toBe('Notification: unknown');
    expect(describeNotification({} as NotificationItem).text).toBe('Notification: unknown');
    expect(describeNotification(item({ type: 'roleAssigned' })).text).toBe('You were given a role');
  });

  it('keeps a reaction as the server sent it, with our own emoji named as we write it', () => {
    expect(reactionView(':blob@remote.example:')).toEqual({ key: ':blob@remote.example:', text: ':blob@remote.example:' });
    expect(reactionView(':local@.:')).toEqual({ key: ':local@.:', text: ':local:' });
    expect(reactionView('👍')).toEqual({ key: '👍', text: '👍' });
  });
});

describe('desktop notifications', () => {
  const alice = { id: 'a1', username: 'alice', host: 'misskey.io', avatarUrl: null } as AccountView;
  it('show for accounts that asked, only while the window is not focused', () => {
    const shown: string[] = [];
    const deps = (focused: boolean) => ({ accounts: () => [alice], enabled: (id: string) => id === 'a1', focused: () => focused, show: (c: { title: string }) => shown.push(c.title) });
    expect(notifyDesktop([item({ type: 'follow', user })], deps(true))).toBe(0);
    expect(notifyDesktop([item({ type: 'follow', user }), item({ type: 'follow', user }, 'a2')], deps(false))).toBe(1);
    expect(shown).toEqual(['Alice followed you (@alice@misskey.io)']);
  });
});
