import { useLocale } from '../../i18n/LocaleProvider';
import { formatNumber, formatPercent } from '../../i18n';
import { useId, useState } from 'react';
import { useNow } from '../../lib/useNow';
import { MfmPlain } from '../mfm';
import { noteActions } from './state/noteActions';
import { pollSummary, pollTimeLeft, type NoteView, type PollView } from './noteView';

/**
 * A poll: results as bars with counts once voted or ended, else buttons to vote (`notes.vote`).
 * A multiple-choice poll can take more votes until it ends.
 */
export function NotePoll({ note, poll, accountId }: { note: NoteView; poll: PollView; accountId: string | null }) {
  const { t } = useLocale();
  const now = useNow();
  const labelId = useId();
  // Votes sent from here, shown at once (the stream confirms them), for this version of the note.
  const [sent, setSent] = useState<{ raw: unknown; choices: number[] }>({ raw: note.raw, choices: [] });
  const mine = sent.raw === note.raw ? sent.choices : [];
  const shown: PollView = {
    ...poll,
    choices: poll.choices.map((c, i) => (mine.includes(i) && !c.isVoted ? { ...c, votes: c.votes + 1, isVoted: true } : c)),
  };
  const summary = pollSummary(shown, now);
  const showResults = summary.expired || summary.voted || !accountId;
  const left = pollTimeLeft(poll.expiresAt, now);

  const vote = async (index: number) => {
    if (!accountId) return;
    setSent({ raw: note.raw, choices: [...mine, index] });
    const ok = await noteActions.vote(accountId, note.id, index);
    if (!ok) setSent((s) => ({ ...s, choices: s.choices.filter((c) => c !== index) }));
  };

  return (
    <div className="note-poll" role="group" aria-labelledby={labelId} data-expired={summary.expired || undefined}>
      <span id={labelId} className="visually-hidden">
        {poll.multiple ? t('poll.labelMultiple') : t('poll.title')}
      </span>
      <ul className="note-poll-choices">
        {summary.choices.map((choice, index) => {
          const canVote = accountId && summary.canVote && !choice.isVoted;
          const label = choice.text || t('poll.choiceN', { n: index + 1 });
          return (
            <li key={index} className="note-poll-choice" data-voted={choice.isVoted || undefined}>
              {canVote && !showResults ? (
                <button type="button" className="note-poll-vote" onClick={() => void vote(index)} aria-label={t('poll.voteFor', { label })}>
                  <MfmPlain text={label} emojis={note.emojis} host={note.user.host} />
                </button>
              ) : (
                <div className="note-poll-result">
                  <span className="note-poll-bar" style={{ width: `${choice.percent}%` }} aria-hidden="true" />
                  <span className="note-poll-text">
                    {choice.isVoted && (
                      <span role="img" aria-label={t('poll.yourVote')}>
                        {'✓ '}
                      </span>
                    )}
                    <MfmPlain text={label} emojis={note.emojis} host={note.user.host} />
                  </span>
                  <span className="note-poll-count">
                    {t('poll.result', { votes: formatNumber(choice.votes), percent: formatPercent(choice.percent / 100) })}
                  </span>
                  {canVote && (
                    <button type="button" className="note-poll-more" onClick={() => void vote(index)} aria-label={t('poll.voteFor', { label })}>
                      {t('poll.vote')}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p className="note-poll-meta">
        {t('poll.votes', { count: summary.total, formatted: formatNumber(summary.total) })}
        {poll.multiple ? ` · ${t('poll.multipleShort')}` : ''}
        {summary.expired ? ` · ${t('poll.ended')}` : left ? ` · ${left}` : ''}
      </p>
    </div>
  );
}
