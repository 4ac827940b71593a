import { useChatDesktopNotifier } from '../chat/useChatDesktopNotifier';
import { useTranslation } from 'react-i18next';
import { coreText } from '../../i18n/coreText';
import { useAppState } from '../../store';
import { AddAccountScreen } from '../accounts/AddAccountScreen';
import { AnnouncementPopup } from '../announcements/AnnouncementPopup';
import { AnnouncementsDialog } from '../announcements/AnnouncementsDialog';
import { useAnnouncements } from '../announcements/announcementsStore';
import { useAnnouncementFeed } from '../announcements/useAnnouncementFeed';
import { Deck } from '../deck/Deck';
import { useMutesSync } from '../mutes/useMutesSync';
import { useDesktopNotifier } from '../notifications/useDesktopNotifier';
import { KeyboardHelp } from '../keyboard/KeyboardHelp';
import { SettingsDialog } from '../settings/SettingsDialog';
import { settingsUi, useSettingsUi } from '../settings/settingsUi';
import { useAppearance } from '../../theme/appearance';
import { useMenuCommands } from './useMenuCommands';
import { NoticeStrip } from './NoticeStrip';
import { TransportBanner } from './TransportBanner';

export function App() {
  const { t } = useTranslation();
  // The deck is shown once with its columns (or its error), not first empty and then again: one
  // render and one paint fewer before the cached notes show at a start.
  const loaded = useAppState((s) => s.accountsLoaded && (s.deckLoaded || s.deckError !== null || s.accounts.length === 0));
  const noAccounts = useAppState((s) => s.accounts.length === 0);
  const view = useAppState((s) => s.view);
  const loadError = useAppState((s) => s.accountsError);
  const settingsOpen = useSettingsUi((s) => s.settingsOpen);
  const shortcutsOpen = useSettingsUi((s) => s.shortcutsOpen);
  const announcementsListOpen = useAnnouncements((s) => s.listFor !== null);
  useDesktopNotifier();
  useAnnouncementFeed();
  useChatDesktopNotifier();
  useAppearance();
  useMenuCommands();
  useMutesSync();

  const addingAccount = loaded && (noAccounts || view === 'addAccount');
  let screen;
  if (!loaded) {
    screen = (
      <main className="splash" aria-busy="true">
        <p>{loadError ? coreText(loadError) : t('app.starting')}</p>
      </main>
    );
  } else if (addingAccount) {
    screen = <AddAccountScreen />;
  } else {
    screen = (
      <>
        <header className="visually-hidden">
          <h1>{t('app.name')}</h1>
        </header>
        <Deck />
      </>
    );
  }
  return (
    <div className="app">
      <TransportBanner />
      {/* The add-account screen shows the notices in its card, where the user looks. */}
      {!addingAccount && <NoticeStrip />}
      {screen}
      {settingsOpen && <SettingsDialog onClose={settingsUi.closeSettings} />}
      {shortcutsOpen && <KeyboardHelp onClose={settingsUi.closeShortcuts} />}
      {loaded && !addingAccount && <AnnouncementPopup />}
      {announcementsListOpen && <AnnouncementsDialog />}
    </div>
  );
}
