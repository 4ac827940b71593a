import { t } from '../../i18n';
import type { CommandInput } from '../../../shared/contract/commands';
import type { NoteVisibility } from '../../../shared/model/note';

/** Text length as Misskey counts it (code points: an emoji or a kanji is one). */
export const textLength = (text: string): number => [...text].length;

/** Characters left for the note's text (negative: too long). */
export const remainingChars = (text: string, max: number): number => max - textLength(text);

export const pollExpiries = [
  { id: 'none', label: 'No end', ms: null },
  { id: '1h', label: '1 hour', ms: 3_600_000 },
  { id: '1d', label: '1 day', ms: 86_400_000 },
  { id: '1w', label: '1 week', ms: 7 * 86_400_000 },
] as const;
export type PollExpiry = (typeof pollExpiries)[number]['id'];

export interface PollDraft {
  choices: string[];
  multiple: boolean;
  expiry: PollExpiry;
}

export const newPoll = (): PollDraft => ({ choices: ['', ''], multiple: false, expiry: 'none' });

export interface ComposeFields {
  text: string;
  cw: string | null;
  visibility: NoteVisibility;
  recipients: { id: string }[];
  localOnly: boolean;
  poll: PollDraft | null;
  fileIds: string[];
  replyId?: string;
  renoteId?: string;
}

/** Why the note cannot be posted as it is, or null. */
export function postBlocker(fields: ComposeFields, maxLength: number): string | null {
  if (remainingChars(fields.text, maxLength) < 0) return t('compose.tooLong');
  const choices = fields.poll?.choices.map((c) => c.trim()).filter(Boolean) ?? [];
  if (fields.poll && choices.length < 2) return t('compose.pollTwoChoices');
  if (fields.visibility === 'specified' && fields.recipients.length === 0 && !fields.replyId) return t('compose.chooseRecipients');
  const hasContent = fields.text.trim() !== '' || fields.fileIds.length > 0 || !!fields.poll || !!fields.renoteId;
  if (!hasContent) return t('compose.writeFirst');
  return null;
}

/** The `notes.create` input for what the composer holds. */
export function createInput(accountId: string, fields: ComposeFields): CommandInput<'notes.create'> {
  const input: CommandInput<'notes.create'> = { accountId, visibility: fields.visibility };
  if (fields.text.trim() !== '') input.text = fields.text;
  if (fields.cw != null && fields.cw.trim() !== '') input.cw = fields.cw;
  if (fields.localOnly) input.localOnly = true;
  if (fields.visibility === 'specified') input.visibleUserIds = fields.recipients.map((r) => r.id);
  if (fields.replyId) input.replyId = fields.replyId;
  if (fields.renoteId) input.renoteId = fields.renoteId;
  if (fields.fileIds.length > 0) input.fileIds = fields.fileIds;
  if (fields.poll) {
    const choices = fields.poll.choices.map((c) => c.trim()).filter(Boolean).slice(0, 10);
    const ms = pollExpiries.find((e) => e.id === fields.poll!.expiry)?.ms ?? null;
    input.poll = { choices, multiple: fields.poll.multiple, ...(ms ? { expiredAfter: ms } : {}) };
  }
  return input;
}

/** What a `dataURL` from FileReader carries after the comma. */
export const base64Of = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1);
