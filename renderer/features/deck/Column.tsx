import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type DragEvent, type KeyboardEvent } from 'react';
import { everyAccount, type ColumnView } from '../../../shared/model/column';
import { accountAcct } from '../../lib/acct';
import { useAppState, useAppStoreApi } from '../../store';
import { columnAccountState } from '../../store/accountSelectors';
import { useSetting } from '../settings/settingsStore';
import { ChatColumnBody } from '../chat/ChatColumnBody';
import { NotificationList } from '../notifications/NotificationList';
import { ThreadColumnBody } from '../notes/thread/ThreadColumnBody';
import { AccountGoneNotice, ReauthNotice } from './ColumnAccountNotice';
import { ColumnSettingsMenu } from './ColumnSettingsMenu';
import { ColumnStatus } from './ColumnStatus';
import { columnIcons, columnSectionId, columnSourceName, columnTitles, columnWidth, isChatKind, isNotificationKind } from './columnKinds';
import { EmojiText } from '../emoji';
import { columnDragType, dropIndex, dropSide, type ColumnDrop } from './columnDrag';
import { useColumnArranging } from './useColumnArranging';
import { MissingAccountNotice } from './MissingAccountNotice';
import { columnClosing } from '../decks/openInColumn';
import { setColumnOnScreen } from './columnRegistry';
import { liveLabel } from './liveState';
import { LiveStateBadge } from './LiveStateBadge';
import { NoteList } from './NoteList';
import { useColumnLive } from './useColumnLive';

/** A column this close to the deck's view (px, sideways) counts as on screen. */
const columnViewMargin = 64;

interface ColumnProps {
  column: ColumnView;
  index: number;
  count: number;
  /** In a slot with others: its share of the slot's height. */
  stackedShare?: number;
}

/** The shell every column kind shares: header (drag handle, settings), status, then the kind's list. */
export function Column({ column, index, count, stackedShare }: ColumnProps) {
  const { t } = useTranslation();
  const menuId = useId();
  const store = useAppStoreApi();
  const account = useAppState((s) => s.accounts.find((a) => a.id === column.accountId));
  const accountState = useAppState((s) => columnAccountState(s.accounts, column));
  const status = useAppState((s) => s.columnLoads[column.id]?.status ?? 'idle');
  const unseen = useAppState((s) => s.columnUnseen[column.id] ?? 0);
  const loadColumn = useAppState((s) => s.loadColumn);
  const moveColumn = useAppState((s) => s.moveColumn);
  const updateColumn = useAppState((s) => s.updateColumn);
  const live = useColumnLive(column);
  const tintColumns = useSetting('tintColumns');
  const [menuOpen, setMenuOpen] = useState(false);
  const [drop, setDrop] = useState<ColumnDrop | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const sectionRef = useRef<HTMLElement>(null);

  // Whether the deck shows this column now (or nearly: 64 px either side). One scrolled
  // out of view sideways renders no rows and gets its live notes less often; the store keeps them
  // all (see the timeline scheduler in main.tsx). Measured once before the first paint, then
  // followed by an observer: a deck of ten columns starts by building the rows of those in view only.
  const [onScreen, setOnScreen] = useState(false);
  useLayoutEffect(() => {
    const box = sectionRef.current?.getBoundingClientRect();
    const inView = !box || (box.right > -columnViewMargin && box.left < window.innerWidth + columnViewMargin);
    setColumnOnScreen(column.id, inView);
    setOnScreen(inView);
  }, [column.id]);
  useEffect(() => {
    const el = sectionRef.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        setColumnOnScreen(column.id, entry.isIntersecting);
        setOnScreen(entry.isIntersecting);
      },
      { rootMargin: `0px ${columnViewMargin}px` },
    );
    io.observe(el);
    return () => {
      io.disconnect();
      setColumnOnScreen(column.id, true);
    };
  }, [column.id, column.collapsed]);

  // A column opened from another gives focus back to it when closed.
  useEffect(() => {
    const section = sectionRef.current;
    return () => {
      const active = document.activeElement;
      columnClosing(column.id, !active || active === document.body || !active.isConnected || (section?.contains(active) ?? false));
    };
  }, [column.id]);

  // Only a signed-in account can feed a column; the others keep what they show.
  useEffect(() => {
    if (status === 'idle' && accountState === 'ok' && !isChatKind(column.kind)) void loadColumn(column.id);
  }, [status, accountState, column.id, column.kind, loadColumn]);

  const closeMenu = useCallback((refocus: boolean) => {
    setMenuOpen(false);
    if (refocus) requestAnimationFrame(() => menuButton.current?.focus());
  }, []);

  const title = columnTitles[column.kind];
  const source = columnSourceName(column.kind, column.params);
  const acct = column.accountId === everyAccount ? 'All accounts' : account ? accountAcct(account) : accountState === 'gone' ? 'removed account' : 'unknown account';
  const name = `${title}${source ? ` ${source}` : ''} — ${acct}`;
  const notifications = isNotificationKind(column.kind);
  // The server's theme colour (a #hex checked by the core); theme.css turns it into the tint.
  const tint = tintColumns && column.accountId !== everyAccount ? (account?.serverThemeColor ?? null) : null;
  const tintStyle = tint === null ? undefined : ({ '--column-tint': tint } as CSSProperties);

  // Keyboard reordering: Alt+Shift+←/→ anywhere in the column; focus stays where it was.
  const move = (by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= count) return;
    const active = document.activeElement as HTMLElement | null;
    void moveColumn(column.id, to);
    requestAnimationFrame(() => active?.isConnected && active.focus({ preventScroll: false }));
  };
  const arranging = useColumnArranging(column, index);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (arranging.onStackKey(event)) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    event.stopPropagation();
    move(event.key === 'ArrowLeft' ? -1 : 1);
  };

  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(columnDragType, column.id);
    event.dataTransfer.effectAllowed = 'move';
    if (sectionRef.current) event.dataTransfer.setDragImage(sectionRef.current, 20, 20);
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(columnDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const side = dropSide(event.currentTarget.getBoundingClientRect(), event.clientX, event.clientY, column.collapsed);
    if (side !== drop) setDrop(side);
  };
  const onDrop = (event: DragEvent) => {
    const draggedId = event.dataTransfer.getData(columnDragType);
    setDrop(null);
    if (!draggedId) return;
    event.preventDefault();
    if (drop === 'stack') {
      if (draggedId !== column.id) void arranging.stackUnder(draggedId, column.id);
      return;
    }
    const to = dropIndex(store.getState().columns, draggedId, column.id, drop ?? 'before');
    if (to !== null) void moveColumn(draggedId, to);
  };

  const common = {
    ref: sectionRef,
    'data-column-id': column.id,
    'data-column-kind': column.kind,
    'data-account-state': accountState,
    'data-live-state': live.state,
    'data-drop': drop ?? undefined,
    'data-tint': tint === null ? undefined : '',
    onKeyDown,
    onDragOver,
    onDragLeave: () => setDrop(null),
    onDrop,
  };

  if (column.collapsed) {
    return (
      <section {...common} className="column column-collapsed" aria-label={name} data-collapsed="true" style={tintStyle}>
        <button
          type="button"
          className="collapsed-strip"
          draggable
          onDragStart={onDragStart}
          aria-label={unseen > 0 ? t('columns.expandNamedNew', { name, count: unseen }) : t('columns.expandNamed', { name })}
          title={t('columns.expandTitle', { name })}
          onClick={() => void updateColumn(column.id, { collapsed: false })}
        >
          <span className="collapsed-icon" aria-hidden="true">
            <EmojiText text={columnIcons[column.kind]} />
          </span>
          {unseen > 0 && (
            <span className="collapsed-count" data-unseen={unseen}>
              {unseen > 99 ? '99+' : unseen}
            </span>
          )}
          <span className="collapsed-title">
            {title}
            {source && <EmojiText text={` ${source}`} />} · {acct}
          </span>
          <span className="live-dot" data-live-state={live.state} title={liveLabel({ ...live, retryAt: undefined }, 0)} aria-hidden="true" />
        </button>
      </section>
    );
  }

  return (
    <section
      {...common}
      className="column"
      id={columnSectionId(column.id)}
      aria-label={name}
      data-stacked={column.stacked || undefined}
      style={{ ...(stackedShare === undefined ? { width: columnWidth(column.width) } : { flexGrow: stackedShare }), ...tintStyle }}
    >
      <header className="column-header" draggable onDragStart={onDragStart} title={t('columns.drag')}>
        <span className="column-icon" aria-hidden="true">
          <EmojiText text={columnIcons[column.kind]} />
        </span>
        <div className="column-title">
          <h2>
            {title}
            {source && (
              <span className="column-detail">
                {' '}
                <EmojiText text={source} />
              </span>
            )}
          </h2>
          <span className="column-subline">
            <span className="column-account">{acct}</span>
            <LiveStateBadge view={live.state === 'refused' ? { state: 'refused' } : live} compact />
          </span>
        </div>
        <button
          ref={menuButton}
          type="button"
          className="icon-button"
          aria-label={t('columns.settings')}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuId : undefined}
          title={t('columns.settings')}
          data-column-settings-button
          onClick={() => setMenuOpen((open) => !open)}
        >
          ⋯
        </button>
      </header>
      {menuOpen && (
        <div id={menuId} className="column-menu-anchor">
          <ColumnSettingsMenu column={column} index={index} count={count} label={t('columns.settingsFor', { name })} onClose={closeMenu} />
        </div>
      )}
      {live.state === 'refused' && (
        <p className="column-note column-note-warn" data-live-message>
          {liveLabel(live, 0)}
        </p>
      )}
      {accountState === 'needsReauth' && account && <ReauthNotice account={account} />}
      {accountState === 'gone' && (column.missingAccount ? <MissingAccountNotice acct={column.missingAccount} /> : <AccountGoneNotice columnId={column.id} />)}
      {accountState === 'ok' && !isChatKind(column.kind) && <ColumnStatus columnId={column.id} notifications={notifications} />}
      {isChatKind(column.kind) ? (
        accountState === 'ok' && <ChatColumnBody columnId={column.id} accountId={column.accountId} params={column.params} />
      ) : column.kind === 'thread' ? (
        <ThreadColumnBody columnId={column.id} accountId={column.accountId} params={column.params} onScreen={onScreen} />
      ) : notifications ? (
        <NotificationList columnId={column.id} accountId={column.accountId} onScreen={onScreen} />
      ) : (
        <NoteList columnId={column.id} accountId={column.accountId} onScreen={onScreen} />
      )}
    </section>
  );
}
