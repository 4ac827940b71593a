import type { ContextMenuParamsLike } from './contextMenu';

/** For tests: a right-click on an empty spot (nothing selected, no link, no image); `patch` puts something under the pointer. */
export function contextMenuParams(patch: Partial<ContextMenuParamsLike> = {}): ContextMenuParamsLike {
  return {
    x: 10,
    y: 20,
    isEditable: false,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    linkURL: '',
    srcURL: '',
    mediaType: 'none',
    hasImageContents: false,
    editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
    ...patch,
  };
}
