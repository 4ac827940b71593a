import { describe, expect, it } from 'vitest';
import { contentKey, contentOfLocal, planSync, type DraftContent } from './draftSync';

const content = (text: string, extra: Partial<DraftContent> = {}): DraftContent => ({
  text,
  cw: null,
  visibility: 'public',
  localOnly: false,
  replyId: null,
  renoteId: null,
  visibleUserIds: [],
  pollChoices: null,
  ...extra,
});
const link = (text: string) => ({ serverId: 's1', baseline: contentKey(content(text)) });

describe('planSync', () => {
  it('creates a server copy for a draft never synced, and does nothing for none at all', () => {
    expect(planSync(content('hi'), null, null)).toEqual({ kind: 'create' });
    expect(planSync(null, null, null)).toEqual({ kind: 'none' });
  });

  it('updates the server when only MissDeck changed it, takes the server copy when only the server did', () => {
    expect(planSync(content('edited here'), link('base'), content('base'))).toEqual({ kind: 'update', serverId: 's1' });
    expect(planSync(content('base'), link('base'), content('edited on the web'))).toEqual({ kind: 'adopt', serverId: 's1' });
    expect(planSync(content('base'), link('base'), content('base'))).toEqual({ kind: 'none' });
  });

  it('keeps both when both sides changed differently, and just rebases when they changed alike', () => {
    expect(planSync(content('mine'), link('base'), content('theirs'))).toEqual({ kind: 'conflict', serverId: 's1' });
    expect(planSync(content('same'), link('base'), content('same'))).toEqual({ kind: 'rebase', serverId: 's1' });
  });

  it('a server copy that is gone: recreated when edited here since, else forgotten here too', () => {
    expect(planSync(content('edited offline'), link('base'), null)).toEqual({ kind: 'create' });
    expect(planSync(content('base'), link('base'), null)).toEqual({ kind: 'dropLocal' });
  });

  it('a draft deleted here deletes the server copy only when nobody changed it there', () => {
    expect(planSync(null, link('base'), content('base'))).toEqual({ kind: 'deleteServer', serverId: 's1' });
    expect(planSync(null, link('base'), content('edited on the web'))).toEqual({ kind: 'unlink' });
    expect(planSync(null, link('base'), null)).toEqual({ kind: 'unlink' });
  });

  it('compares what both sides can hold: recipients by id in any order, empty poll choices left out', () => {
    const local = contentOfLocal({
      text: 'to you',
      cw: null,
      visibility: 'specified',
      localOnly: false,
      replyId: null,
      renoteId: null,
      pollChoices: ['a', ' ', 'b'],
      recipients: [
        { id: 'u2', username: 'bob', host: null, name: null, avatarUrl: null },
        { id: 'u1', username: 'carol', host: null, name: null, avatarUrl: null },
      ],
    });
    const server = content('to you', { visibility: 'specified', visibleUserIds: ['u1', 'u2'], pollChoices: ['a', 'b'] });
    expect(contentKey(local)).toBe(contentKey(server));
    expect(contentKey({ ...server, visibility: 'public' })).toBe(contentKey(content('to you', { visibility: 'public', pollChoices: ['a', 'b'] })));
  });
});
