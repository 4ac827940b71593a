import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatTarget } from '../../../shared/model/chat';
import { getBridge } from '../../bridge';
import { coreText } from '../../i18n/coreText';
import { useAttachments } from '../compose/state/attachments';
import { addSentMessage } from './chatStore';
import { Icon } from '../notes/icons';

const maxLength = 2000;

/** Text (Enter sends, Shift+Enter a new line) and one file, uploaded at once with its progress shown. */
export function ChatComposer({ accountId, target, label }: { accountId: string; target: ChatTarget; label: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const attachments = useAttachments(accountId, 1);
  const attachment = attachments.items[0];
  const uploading = attachment !== undefined && attachment.status !== 'done' && attachment.status !== 'error';
  const canSend = !sending && !uploading && (text.trim() !== '' || attachment?.file) && [...text].length <= maxLength;

  const send = async () => {
    if (!canSend) return;
    setSending(true);
    setError(null);
    const result = await getBridge().commands['chat.send']({
      accountId,
      target,
      ...(text.trim() !== '' ? { text } : {}),
      ...(attachment?.file ? { fileId: attachment.file.id } : {}),
    });
    setSending(false);
    if (!result.ok) {
      setError(coreText(result.error));
      return;
    }
    addSentMessage(accountId, target, result.value);
    setText('');
    attachments.clear();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void send();
  };

  return (
    <div className="chat-composer" data-chat-composer>
      {error && (
        <p className="column-note column-note-warn" role="alert" data-chat-error>
          {error}
        </p>
      )}
      {attachment && (
        <p className="chat-attachment" data-chat-attachment={attachment.status}>
          <span>{attachment.name}</span>{' '}
          {attachment.status === 'uploading' && (
            <progress max={Math.max(1, attachment.total)} value={attachment.loaded} aria-label={t('chat.uploading', { percent: Math.round((attachment.loaded / Math.max(1, attachment.total)) * 100) })} />
          )}
          {attachment.error && <span className="chat-attachment-error">{attachment.error}</span>}
          <button type="button" className="chat-action" onClick={() => attachments.remove(attachment.id)}>
            {t('common.remove')}
          </button>
        </p>
      )}
      <div className="chat-composer-row">
        <button type="button" className="secondary-button small" onClick={() => fileInput.current?.click()} aria-label={t('chat.attach')} title={t('chat.attach')} disabled={attachment !== undefined}>
          <Icon name="clip" size={16} />
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          data-chat-file-input
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            if (files.length > 0) setError(attachments.add(files));
            event.currentTarget.value = '';
          }}
        />
        <textarea
          className="chat-input"
          rows={2}
          value={text}
          aria-label={label}
          placeholder={t('chat.message')}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          data-chat-input
        />
        <button type="button" className="primary-button small" disabled={!canSend} onClick={() => void send()} data-chat-send>
          {t('chat.send')}
        </button>
      </div>
    </div>
  );
}
