import { z } from 'zod';
import { linkPreviewLimits, type LinkPreview } from '../model/linkPreview';

const returns = <T>(): T => undefined as T;

/** Link previews: asked of the account's server, cached in the core by URL. */
export const previewCommands = {
  /** The link's preview, or null when there is none to show (failed, timed out, malformed, turned off by the server). */
  'previews.get': {
    input: z
      .object({
        accountId: z.string().min(1).max(64),
        url: z.string().min(1).max(linkPreviewLimits.url),
        lang: z.enum(['en', 'ja']),
      })
      .strict(),
    output: returns<LinkPreview | null>(),
  },
} as const;

export type PreviewCommandName = keyof typeof previewCommands;
