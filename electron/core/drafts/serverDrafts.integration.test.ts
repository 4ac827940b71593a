import { describe, expect, it } from 'vitest';
import type { DraftView } from '../../../shared/model/content';
import type { NoteDraftsStatus, ServerDraftView } from '../../../shared/model/noteDrafts';
import { memoryStore, signIn } from '../../../e2e/support/core/coreHarness';
import { useTwoServers } from '../../../e2e/support/core/twoServers';

const servers = useTwoServers();
const draft = (text: string) => ({ text, cw: null, visibility: 'public' as const, localOnly: false, replyId: null, renoteId: null, pollChoices: null, recipients: [] });
type Listed = { id: string; text: string | null }[];

async function aliceOnA(store = memoryStore()) {
  const harness = await servers.boot(store);
  const accountId = await signIn(harness, servers.serverA, 'alice');
  const token = servers.serverA.tokens.alice!;
  const serverList = async (): Promise<Listed> => {
    const res = await fetch(`${servers.serverA.url}/api/notes/drafts/list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ i: token }) });
    return (await res.json()) as Listed;
  };
  const serverCall = (name: string, body: Record<string, unknown>) =>
    fetch(`${servers.serverA.url}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, i: token }) }).then((r) => r.json() as Promise<Record<string, unknown>>);
  return { harness, accountId, serverList, serverCall, store };
}

describe('server drafts', () => {
  it('a draft saved in MissDeck is kept by the server, edits follow, and posting it removes it there', async () => {
    const { harness, accountId, serverList } = await aliceOnA();
    await harness.call('drafts.save', { accountId, draft: draft('kept by the server') });
    await expect.poll(serverList, { timeout: 5000 }).toMatchObject([{ text: 'kept by the server' }]);
    await harness.call('drafts.save', { accountId, draft: draft('edited in MissDeck') });
    await expect.poll(async () => (await serverList()).map((d) => d.text), { timeout: 5000 }).toEqual(['edited in MissDeck']);
    await harness.call('drafts.save', { accountId, draft: null });
    await expect.poll(serverList, { timeout: 5000 }).toEqual([]);
  });

  it('takes an edit made in the web client, and keeps both when both sides changed', async () => {
    const { harness, accountId, serverList, serverCall } = await aliceOnA();
    await harness.call('drafts.save', { accountId, draft: draft('base') });
    await expect.poll(serverList, { timeout: 5000 }).toHaveLength(1);
    const id = (await serverList())[0]!.id;
    await serverCall('notes/drafts/update', { draftId: id, text: 'edited on the web' });
    expect(await harness.call<DraftView>('drafts.get', { accountId })).toMatchObject({ text: 'edited on the web' });

    // Both change now: the server's edit stays as it is, MissDeck's becomes a draft of its own.
    await serverCall('notes/drafts/update', { draftId: id, text: 'web again' });
    await harness.call('drafts.save', { accountId, draft: draft('MissDeck again') });
    await expect.poll(async () => (await serverList()).map((d) => d.text).sort(), { timeout: 5000 }).toEqual(['MissDeck again', 'web again']);
    const status = await harness.call<{ notices: { messageKey?: string }[] }>('app.status');
    expect(status.notices.map((n) => n.messageKey)).toContain('draftConflictKeptBoth');
  });

  it('keeps a draft written while the server is down and sends it when it is back', async () => {
    const { harness, accountId, serverList } = await aliceOnA();
    servers.serverA.failNext({ endpoint: 'notes/drafts/list', status: 503, times: 1 });
    await harness.call('drafts.save', { accountId, draft: draft('written offline') });
    expect(await harness.call<DraftView>('drafts.get', { accountId })).toMatchObject({ text: 'written offline' });
    // The retry comes 30 s later; a read syncs at once.
    await expect.poll(async () => (await harness.call('drafts.get', { accountId }), (await serverList()).map((d) => d.text)), { timeout: 5000 }).toEqual(['written offline']);
  });
});

describe('scheduled notes', () => {
  it('shows the limits, schedules, reschedules, refuses a second one and posts at the time', async () => {
    const { harness, accountId } = await aliceOnA();
    const before = await harness.call<NoteDraftsStatus>('noteDrafts.status', { accountId });
    expect(before).toMatchObject({ available: true, scheduledLimit: 1, draftLimit: 10, scheduled: 0 });
    const at = Date.now() + 3_600_000;
    const scheduled = await harness.call<ServerDraftView>('noteDrafts.schedule', { accountId, scheduledAt: at, note: { text: 'later, from the core' } });
    expect(scheduled).toMatchObject({ isActuallyScheduled: true, scheduledAt: at, text: 'later, from the core' });
    expect(await harness.call<NoteDraftsStatus>('noteDrafts.status', { accountId })).toMatchObject({ scheduled: 1 });
    const second = await harness.callResult('noteDrafts.schedule', { accountId, scheduledAt: at + 1000, note: { text: 'one too many' } });
    expect(second.ok ? null : second.error.messageKey).toBe('tooManyScheduledNotes');
    const moved = await harness.call<ServerDraftView>('noteDrafts.reschedule', { accountId, draftId: scheduled.id, scheduledAt: at + 60_000 });
    expect(moved.scheduledAt).toBe(at + 60_000);
    const list = await harness.call<ServerDraftView[]>('noteDrafts.list', { accountId, scheduled: true });
    expect(list.map((d) => d.id)).toEqual([scheduled.id]);
    const posted = await harness.call<{ text: string }>('noteDrafts.postNow', { accountId, draftId: scheduled.id });
    expect(posted.text).toBe('later, from the core');
    expect(await harness.call('noteDrafts.list', { accountId, scheduled: true })).toEqual([]);
  });

  it('tells an account signed in without write:account to sign in again, and keeps drafts locally', async () => {
    const store = memoryStore();
    const { harness, accountId } = await aliceOnA(store);
    const accounts = store.data.accounts as { accounts: { permissions: string[] }[] };
    expect(accounts.accounts[0]!.permissions).toContain('write:account');
    accounts.accounts[0]!.permissions = accounts.accounts[0]!.permissions.filter((p) => p !== 'write:account');
    await harness.core.dispose();
    const again = await servers.boot(store);
    const status = await again.call<NoteDraftsStatus>('noteDrafts.status', { accountId });
    expect(status).toMatchObject({ available: false, reason: { messageKey: 'signInAgainForDrafts' } });
    const refused = await again.callResult('noteDrafts.list', { accountId, scheduled: true });
    expect(refused.ok ? null : refused.error.messageKey).toBe('signInAgainForDrafts');
    await again.call('drafts.save', { accountId, draft: draft('only here') });
    expect(await again.call<DraftView>('drafts.get', { accountId })).toMatchObject({ text: 'only here' });
  });
});

describe('server drafts list', () => {
  it('opens a server draft in the composer, first sending what the composer held so neither is lost', async () => {
    const { harness, accountId, serverList, serverCall } = await aliceOnA();
    const made = (await serverCall('notes/drafts/create', { text: 'written in the web client', cw: 'cw there' })) as { createdDraft: { id: string } };
    await harness.call('drafts.save', { accountId, draft: draft('held in the composer') });
    const listed = await harness.call<{ id: string; text: string }[]>('noteDrafts.list', { accountId, scheduled: false });
    expect(listed.map((d) => d.text)).toContain('written in the web client');
    await harness.call('noteDrafts.open', { accountId, draftId: made.createdDraft.id });
    expect(await harness.call<DraftView>('drafts.get', { accountId })).toMatchObject({ text: 'written in the web client', cw: 'cw there' });
    expect((await serverList()).map((d) => d.text).sort()).toEqual(['held in the composer', 'written in the web client']);
    // Edits now go to the opened draft.
    await harness.call('drafts.save', { accountId, draft: { ...draft('edited after opening'), cw: 'cw there' } });
    await expect.poll(async () => (await serverList()).map((d) => d.text).sort(), { timeout: 5000 }).toEqual(['edited after opening', 'held in the composer']);
  });
});
