import { z } from 'zod';
import type { MutedWord } from '../../../shared/model/mutes';

const mutedWord = z.union([z.array(z.string()), z.string()]);

/** The mute fields of a MeDetailed (`i`, `i/update`, the main channel's `meUpdated`), each checked on its own. */
const meMutes = z.object({
  mutedWords: z.array(mutedWord).optional().catch(undefined),
  hardMutedWords: z.array(mutedWord).optional().catch(undefined),
  mutedInstances: z.array(z.string()).optional().catch(undefined),
});

export interface MeMutes {
  mutedWords?: MutedWord[];
  hardMutedWords?: MutedWord[];
  mutedInstances?: string[];
}

/** What of the word and instance mutes `me` carries; a field missing or malformed is left out (kept as it was). */
export function readMeMutes(me: unknown): MeMutes {
  const parsed = meMutes.safeParse(me);
  if (!parsed.success) return {};
  const out: MeMutes = {};
  if (parsed.data.mutedWords) out.mutedWords = parsed.data.mutedWords;
  if (parsed.data.hardMutedWords) out.hardMutedWords = parsed.data.hardMutedWords;
  if (parsed.data.mutedInstances) out.mutedInstances = parsed.data.mutedInstances;
  return out;
}
