import { t } from '../../../i18n';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DriveFileView } from '../../../../shared/model/content';
import { coreText } from '../../../i18n/coreText';
import { getBridge } from '../../../bridge';
import { base64Of } from '../composeLogic';

export interface Attachment {
  /** The `uploadId` sent with `drive.upload`; the key in the list. */
  id: string;
  name: string;
  type: string;
  /** A local preview of an image (object URL of the user's own file). */
  previewUrl: string | null;
  status: 'reading' | 'uploading' | 'done' | 'error';
  loaded: number;
  total: number;
  file: DriveFileView | null;
  isSensitive: boolean;
  comment: string;
  error: string | null;
}

const readAsBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64Of(String(reader.result)));
    reader.onerror = () => reject(reader.error ?? new Error(t('compose.readFailed')));
    reader.readAsDataURL(file);
  });

const newId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `u${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/**
 * The composer's attachments: each file uploads at once (`drive.upload`, progress from
 * `drive.uploadProgress`); sensitive and alt text are set on the drive file (`drive.update`).
 */
export function useAttachments(accountId: string | null, maxFiles: number) {
  const [items, setItems] = useState<Attachment[]>([]);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  });
  const patch = useCallback((id: string, change: Partial<Attachment> | ((a: Attachment) => Partial<Attachment>)) => {
    setItems((list) => list.map((a) => (a.id === id ? { ...a, ...(typeof change === 'function' ? change(a) : change) } : a)));
  }, []);

  useEffect(
    () =>
      getBridge().on('drive.uploadProgress', ({ uploadId, loaded, total }) => {
        if (!itemsRef.current.some((a) => a.id === uploadId)) return;
        patch(uploadId, (a) => (a.status === 'uploading' ? { loaded: Math.max(0, loaded), total: Math.max(0, total) } : {}));
      }),
    [patch],
  );

  // Object URLs of removed previews are released.
  useEffect(
    () => () => {
      for (const a of itemsRef.current) if (a.previewUrl) URL.revokeObjectURL(a.previewUrl);
    },
    [],
  );

  const upload = useCallback(
    async (id: string, file: File, account: string) => {
      let data: string;
      try {
        data = await readAsBase64(file);
      } catch {
        return patch(id, { status: 'error', error: t('compose.readFailed') });
      }
      patch(id, { status: 'uploading', total: file.size });
      const current = itemsRef.current.find((a) => a.id === id);
      const result = await getBridge().commands['drive.upload']({
        accountId: account,
        uploadId: id,
        name: (file.name || 'pasted-image').slice(0, 256),
        type: (file.type || 'application/octet-stream').slice(0, 128),
        dataBase64: data,
        ...(current?.isSensitive ? { isSensitive: true } : {}),
        ...(current?.comment ? { comment: current.comment.slice(0, 512) } : {}),
      });
      if (!result.ok) return patch(id, { status: 'error', error: coreText(result.error) });
      const after = itemsRef.current.find((a) => a.id === id);
      patch(id, { status: 'done', file: result.value, loaded: file.size, total: file.size });
      // Changed while it uploaded: tell the drive now.
      if (after && result.value && (after.isSensitive !== (result.value.isSensitive ?? false) || (after.comment || null) !== (result.value.comment ?? null))) {
        void getBridge().commands['drive.update']({ accountId: account, fileId: result.value.id, isSensitive: after.isSensitive, comment: after.comment || null });
      }
    },
    [patch],
  );

  /** Add files (picked, pasted or dropped); returns a message when some were over the limit. */
  const add = useCallback(
    (files: readonly File[]): string | null => {
      if (!accountId) return t('compose.chooseAccount');
      const room = Math.max(0, maxFiles - itemsRef.current.length);
      const taken = files.slice(0, room);
      const added: Attachment[] = taken.map((file) => ({
        id: newId(),
        name: file.name || 'pasted-image',
        type: file.type,
        previewUrl: file.type.startsWith('image/') ? URL.createObjectURL(file) : null,
        status: 'reading',
        loaded: 0,
        total: file.size,
        file: null,
        isSensitive: false,
        comment: '',
        error: null,
      }));
      itemsRef.current = [...itemsRef.current, ...added];
      setItems(itemsRef.current);
      added.forEach((a, i) => void upload(a.id, taken[i]!, accountId));
      return taken.length < files.length ? t('compose.maxFiles', { count: maxFiles }) : null;
    },
    [accountId, maxFiles, upload],
  );

  const remove = useCallback((id: string) => {
    const gone = itemsRef.current.find((a) => a.id === id);
    if (gone?.previewUrl) URL.revokeObjectURL(gone.previewUrl);
    itemsRef.current = itemsRef.current.filter((a) => a.id !== id);
    setItems(itemsRef.current);
  }, []);

  const update = useCallback(
    async (id: string, change: { isSensitive?: boolean; comment?: string }) => {
      patch(id, change);
      const a = itemsRef.current.find((x) => x.id === id);
      if (!a?.file || !accountId) return;
      const result = await getBridge().commands['drive.update']({
        accountId,
        fileId: a.file.id,
        ...(change.isSensitive !== undefined ? { isSensitive: change.isSensitive } : {}),
        ...(change.comment !== undefined ? { comment: change.comment.trim() === '' ? null : change.comment.slice(0, 512) } : {}),
      });
      if (!result.ok) patch(id, { error: t('compose.saveFailed', { message: coreText(result.error) }) });
      else patch(id, { error: null });
    },
    [patch, accountId],
  );

  const clear = useCallback(() => {
    for (const a of itemsRef.current) if (a.previewUrl) URL.revokeObjectURL(a.previewUrl);
    itemsRef.current = [];
    setItems([]);
  }, []);

  return { items, add, remove, update, clear };
}
