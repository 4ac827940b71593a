import type { MutedWord } from '../../../shared/model/mutes';

/** A word list as Misskey's settings show it: one entry per line, keywords separated by spaces. */
export function wordListToText(words: readonly MutedWord[]): string {
  return words.map((entry) => (Array.isArray(entry) ? entry.join(' ') : entry)).join('\n');
}

/**
 * A settings text as Misskey's web client stores it: a `/pattern/flags` line stays a string (a
 * regular expression), any other line becomes its space-separated keywords; blank lines go.
 */
export function textToWordList(text: string): MutedWord[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (/^\/(.+)\/(.*)$/.test(line) ? line : line.split(/\s+/)));
}

/** One entry per line, trimmed, blank lines and repeats dropped (hosts, reactions). */
export const linesOf = (text: string): string[] => [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
