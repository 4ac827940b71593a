import { useAppState } from '../../store';
import { AddAccountScreen } from '../accounts/AddAccountScreen';
import { Deck } from '../deck/Deck';
import { useDesktopNotifier } from '../notifications/useDesktopNotifier';
import { NoticeStrip } from './NoticeStrip';
import { TransportBanner } from './TransportBanner';

export function App() {
  const loaded = useAppState((s) => s.accountsLoaded);
  const noAccounts = useAppState((s) => s.accounts.length === 0);
  const view = useAppState((s) => s.view);
  const loadError = useAppState((s) => s.accountsError);
  useDesktopNotifier();

  const addingAccount = loaded && (noAccounts || view === 'addAccount');
  let screen;
  if (!loaded) {
    screen = (
      <main className="splash" aria-busy="true">
        <p>{loadError ? loadError.message : 'Starting MissDeck…'}</p>
      </main>
    );
  } else if (addingAccount) {
    screen = <AddAccountScreen />;
  } else {
    screen = <Deck />;
  }
  return (
    <div className="app">
      <TransportBanner />
      {/* The add-account screen shows the notices in its card, where the user looks. */}
      {!addingAccount && <NoticeStrip />}
      {screen}
    </div>
  );
}
