import { useLocale } from '../../i18n/LocaleProvider';
import { formatNumber } from '../../i18n';
import { useRef, useState } from 'react';
import { ReactionEmoji } from '../mfm';
import { noteActions } from './state/noteActions';
import type { NoteView } from './noteView';
import { reactionLabel, withOwnReaction } from './reactionCounts';
import { Menu } from './Menu';
import { moderation } from '../mutes/state/moderation';
import { useMuteFilter } from '../mutes/state/mutesStore';

/**
 * The note's reactions with counts; the viewer's own is highlighted. Clicking one toggles it:
 * the own reaction is removed, another is reacted with (replacing the own one, as Misskey does).
 */
export function ReactionsBar({ note, accountId }: { note: NoteView; accountId: string | null }) {
  const { t } = useLocale();
  // The viewer's reaction as sent from here, for this version of the note (then the stream's word counts).
  const [pending, setPending] = useState<{ raw: unknown; mine: string | null } | null>(null);
  const mine = pending && pending.raw === note.raw ? pending.mine : note.myReaction;
  const mutedReactions = useMuteFilter(accountId).mutedReactions;
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const menuAnchor = useRef<HTMLElement | null>(null);
  // Muted reactions leave the bar, as in Misskey's web client; the viewer's own stays visible.
  const reactions = withOwnReaction(note.reactions, note.myReaction, mine).filter(([reaction]) => reaction === mine || !mutedReactions.has(reaction));
  if (reactions.length === 0) return null;

  const toggle = async (reaction: string) => {
    if (!accountId) return;
    const before = mine;
    if (before === reaction) {
      setPending({ raw: note.raw, mine: null });
      if (!(await noteActions.unreact(accountId, note.id))) setPending(null);
      return;
    }
    setPending({ raw: note.raw, mine: reaction });
    if (before) {
      // Misskey takes one reaction per user: remove the old one first.
      if (!(await noteActions.unreact(accountId, note.id))) return setPending(null);
    }
    if (!(await noteActions.react(accountId, note.id, reaction))) setPending(null);
  };

  return (
    <div className="note-reactions" role="group" aria-label={t('notes.reactions')}>
      {reactions.map(([reaction, count]) => {
        const own = reaction === mine;
        return (
          <button
            key={reaction}
            type="button"
            className="note-reaction"
            aria-pressed={own}
            data-own={own || undefined}
            disabled={!accountId}
            aria-label={own ? t('notes.reactionCountOwn', { reaction: reactionLabel(reaction), n: formatNumber(count) }) : t('notes.reactionCount', { reaction: reactionLabel(reaction), n: formatNumber(count) })}
            title={reactionLabel(reaction)}
            onClick={() => void toggle(reaction)}
            onContextMenu={(event) => {
              if (!accountId) return;
              event.preventDefault();
              menuAnchor.current = event.currentTarget;
              setMenuFor(reaction);
            }}
          >
            <ReactionEmoji reaction={reaction} reactionEmojis={note.reactionEmojis} />
            <span className="note-reaction-count">{count}</span>
          </button>
        );
      })}
      {menuFor !== null && accountId && (
        <Menu
          label={reactionLabel(menuFor)}
          items={[{ label: t('mutes.menu.muteReaction'), onSelect: () => void moderation.muteReaction(accountId, menuFor) }]}
          anchor={menuAnchor}
          onClose={() => setMenuFor(null)}
        />
      )}
    </div>
  );
}
