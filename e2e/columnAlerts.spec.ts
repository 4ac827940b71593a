import { expect, test, type Locator, type Page } from '@playwright/test';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

interface Recorded {
  notifications: { title: string; tag: string | null }[];
  /** The frequency of every oscillator started: the app's chime is two of them. */
  tones: number[];
}

/**
 * Wraps what the app's alerts reach for, before any app code runs: `Notification` (each one
 * constructed is recorded, then shown as usual), WebAudio oscillators (each start is recorded), and
 * `document.hasFocus`, which the test turns false to stand for a window in the background.
 */
function recordAlerts(): void {
  const recorded: Recorded = { notifications: [], tones: [] };
  const win = window as unknown as { __alerts: Recorded; __setBackground(on: boolean): void };
  win.__alerts = recorded;
  let background = false;
  win.__setBackground = (on) => {
    background = on;
  };
  const hasFocus = Document.prototype.hasFocus;
  Document.prototype.hasFocus = function (this: Document) {
    return background ? false : hasFocus.call(this);
  };
  const Original = window.Notification;
  class RecordedNotification extends Original {
    constructor(title: string, options?: NotificationOptions) {
      recorded.notifications.push({ title, tag: options?.tag ?? null });
      super(title, options);
    }
  }
  Object.defineProperty(RecordedNotification, 'permission', { get: () => Original.permission });
  window.Notification = RecordedNotification;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
    recorded.tones.push(this.frequency.value);
    start.call(this, when);
  };
}

const alerts = (page: Page) => page.evaluate(() => (window as unknown as { __alerts: Recorded }).__alerts);
const columnOf = (page: Page, kind: string) => page.locator(`main.deck-columns section[data-column-kind="${kind}"]`);
const noteIn = (column: Locator, text: string) => column.locator('article[data-note-id]').filter({ hasText: text });

async function turnOn(column: Locator, alert: 'notify' | 'sound'): Promise<void> {
  await column.locator('[data-column-settings-button]').click();
  const item = column.getByRole('menu').locator(`[data-column-alert="${alert}"]`);
  await item.click();
  await expect(item).toHaveAttribute('aria-checked', 'true');
  await column.page().keyboard.press('Escape');
  await expect(column.getByRole('menu')).toBeHidden();
}

test('a column with desktop notification and sound on tells of a new note; the others stay quiet', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['notifications']);
  await context.addInitScript(recordAlerts);
  session = await startDeckSession();
  const server = session.standinUrl;
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  const home = columnOf(page, 'home');
  const local = columnOf(page, 'local');
  await expect(home).toHaveAttribute('data-live-state', 'live');
  // The window in the background, where desktop notifications are for.
  await page.evaluate(() => (window as unknown as { __setBackground(on: boolean): void }).__setBackground(true));

  // Off by default: a note arrives in home and local, and nothing is said.
  await control(server, 'post', { username: 'bob', text: 'Before any alert is on' });
  await expect(noteIn(home, 'Before any alert is on')).toBeVisible();
  await expect(noteIn(local, 'Before any alert is on')).toBeVisible();
  expect(await alerts(page)).toEqual({ notifications: [], tones: [] });

  await turnOn(home, 'notify');
  await turnOn(home, 'sound');
  await control(server, 'post', { username: 'bob', text: 'A note that rings' });
  await expect(noteIn(home, 'A note that rings')).toBeVisible();
  await expect(noteIn(local, 'A note that rings')).toBeVisible();

  const homeId = await home.getAttribute('data-column-id');
  await expect.poll(async () => (await alerts(page)).notifications).toEqual([{ title: '1 new item in Home', tag: `column/${homeId}` }]);
  // The chime: E6 then A6, once.
  await expect.poll(async () => (await alerts(page)).tones).toEqual([1318.5, 1760]);
});
