import * as mfm from 'mfm-js';
import { maxPreviewsPerNote } from '../../../shared/model/linkPreview';

// Unique without the fragment, as Misskey's extractUrlFromMfm: [a/#1, a/#2, b/#3] → [a/#1, b/#3].
const withoutHash = (url: string) => url.replace(/#[^#]*$/, '');

const isWeb = (url: string): URL | null => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
};

export interface PreviewExclusions {
  /** The quoted note's `url`/`uri`: Misskey shows the quote, not a preview of it. */
  quoteUrls?: readonly (string | null | undefined)[];
  /** The origin of the server showing the note: its own notes and profiles are not previewed. */
  serverOrigin?: string | null;
}

/** A link to a note or a user on the server itself: the deck shows those as notes and profiles. */
function isOwnServerPage(url: URL, origin: string | null | undefined): boolean {
  return !!origin && url.origin === origin && (url.pathname.startsWith('/notes/') || url.pathname.startsWith('/@'));
}

/**
 * The links in a note's MFM that get a preview card, as Misskey's MkNote picks them
 * (`extractUrlFromMfm`: bare URLs and links that are not silent `?[…](…)`, unique ignoring the
 * fragment, the quoted note's own URL left out), http(s) only, at most three.
 */
export function previewLinks(nodes: mfm.MfmNode[], exclusions: PreviewExclusions = {}): string[] {
  const found = mfm.extract(nodes, (node) => node.type === 'url' || (node.type === 'link' && !node.props.silent)) as (mfm.MfmUrl | mfm.MfmLink)[];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const node of found) {
    const url = node.props.url;
    const key = withoutHash(url);
    if (seen.has(key)) continue;
    seen.add(key);
    if (exclusions.quoteUrls?.includes(url)) continue;
    const parsed = isWeb(url);
    if (!parsed || isOwnServerPage(parsed, exclusions.serverOrigin)) continue;
    out.push(url);
    if (out.length === maxPreviewsPerNote) break;
  }
  return out;
}

/** A cheap test before parsing anything: no "://" means no link to preview. */
export const mayHaveLinks = (text: string | null): text is string => text !== null && text.includes('://');
