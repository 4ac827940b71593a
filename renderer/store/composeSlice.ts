import type { CommandInput } from '../../shared/contract/commands';
import type { CommandError } from '../../shared/contract/result';
import type { SliceCreator } from './types';

export interface ComposeSlice {
  /** Post a note; null when it went through, else why not. The note arrives through the stream. */
  createNote(input: CommandInput<'notes.create'>): Promise<CommandError | null>;
}

export const createComposeSlice: SliceCreator<ComposeSlice> = (api) => () => ({
  async createNote(input) {
    const result = await api.commands['notes.create'](input);
    return result.ok ? null : result.error;
  },
});
