import { describe, expect, it } from 'vitest';
import type { NoteDraftsStatus, ServerDraftView } from '../../../shared/model/noteDrafts';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { ok } from '../../store/testing/fakeBridge';
import { renderIn, setup, tick } from '../notes/testing/harness';
import { Composer } from './Composer';

const status = (patch: Partial<NoteDraftsStatus>): NoteDraftsStatus => ({ available: true, reason: null, draftLimit: 10, scheduledLimit: 1, drafts: 0, scheduled: 0, ...patch });
const created = (scheduledAt: number): ServerDraftView => ({
  id: 'd1', createdAt: new Date().toISOString(), scheduledAt, isActuallyScheduled: true, text: 'later', cw: null, visibility: 'public', localOnly: false,
  replyId: null, renoteId: null, visibleUserIds: [], fileIds: [], pollChoices: null, pollMultiple: false, reply: null, renote: null,
});

describe('composer: schedule', () => {
  it('schedules the note at the chosen local time, showing the zone and the allowance used', async () => {
    const s = setup({ 'noteDrafts.status': () => ok(status({ scheduled: 0 })), 'noteDrafts.schedule': (input) => ok(created(input.scheduledAt)) });
    const screen = await renderIn(s, <Composer mode="new" />);
    await screen.getByLabelText('Note text').fill('later');
    await screen.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect.element(screen.getByText('0 of 1 scheduled notes used')).toBeVisible();
    await expect.element(screen.getByText(/^Time zone: /)).toBeVisible();
    const at = new Date(Date.now() + 86_400_000);
    at.setSeconds(0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    await screen.getByLabelText('Post at').fill(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`);
    await screen.getByRole('button', { name: 'Schedule', exact: true }).last().click();
    await tick();
    expect(s.fake.callsOf('noteDrafts.schedule')).toEqual([{ accountId: 'a1', scheduledAt: at.getTime(), note: { visibility: 'public', text: 'later' } }]);
    expect(s.fake.callsOf('notes.create')).toEqual([]);
  });

  it('a past time cannot be scheduled', async () => {
    const s = setup({ 'noteDrafts.status': () => ok(status({})) });
    const screen = await renderIn(s, <Composer mode="new" />);
    await screen.getByLabelText('Note text').fill('too late');
    await screen.getByRole('button', { name: 'Schedule', exact: true }).click();
    await screen.getByLabelText('Post at').fill('2020-01-01T10:00');
    await expect.element(screen.getByRole('button', { name: 'Schedule', exact: true }).last()).toBeDisabled();
  });

  it('says the allowance is used before the user tries: Schedule disabled, with the reason shown', async () => {
    const s = setup({ 'noteDrafts.status': () => ok(status({ scheduled: 1 })) });
    const screen = await renderIn(s, <Composer mode="new" />);
    await expect.element(screen.getByRole('button', { name: 'Schedule', exact: true })).toBeDisabled();
    await expect.element(screen.getByText(/All 1 scheduled notes this account may have are used/)).toBeVisible();
  });

  it('an account signed in before MissDeck asked for drafts is told to sign in again', async () => {
    const s = setup({ 'noteDrafts.status': () => ok(status({ available: false, reason: coreMessage('signInAgainForDrafts', { acct: '@alice@mi.example' }) })) });
    const screen = await renderIn(s, <Composer mode="new" />);
    await screen.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect.element(screen.getByText(/Sign in to @alice@mi.example again to use scheduled notes/)).toBeVisible();
    expect(screen.container.querySelector('[data-testid="compose-schedule"]')).toBeNull();
  });
});
