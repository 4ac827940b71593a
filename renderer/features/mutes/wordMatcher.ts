import { RE2JS } from 're2js';
import isSafeRegex from 'safe-regex2';
import type { MutedWord } from '../../../shared/model/mutes';

/**
 * Misskey's word-mute rules (its web client's `check-word-mute.ts`, its server's `misc/check-word-mute.ts`):
 * an array entry matches when every non-empty keyword appears (case-sensitive substring); a
 * `/pattern/flags` string is a regular expression; matching runs on the note's CW, text, file
 * captions and poll choices joined by new lines.
 *
 * Regular expressions come from the server, so a hostile or careless one must never freeze the
 * renderer. They run on RE2 (re2js: linear time whatever the pattern, the engine Misskey's own server
 * uses for word mutes). A pattern RE2 cannot express (look-around, back-references) runs on the
 * browser's engine only if safe-regex2 finds no nested repetition, and then on a bounded text. A
 * pattern that does not compile, or fails both tests, is skipped, as Misskey skips a broken one.
 */

/** The browser engine's fallback, which can backtrack, sees only this many characters of a note (RE2 sees all of it). */
export const fallbackInputLimit = 2_000;

export type SkipReason = 'invalid' | 'unsafe';

export interface SkippedWord {
  entry: string;
  reason: SkipReason;
}

interface Rule {
  /** The matched words as the muted row shows them, or null. */
  match(text: string): string | null;
}

export interface WordMatcher {
  readonly isEmpty: boolean;
  /** Regular expressions that will not run, and why (for the settings to show). */
  readonly skipped: readonly SkippedWord[];
  /** The words that matched (distinct), or an empty list. */
  matches(text: string): string[];
}

const regexForm = /^\/(.+)\/(.*)$/s;

function keywordsRule(keywords: readonly string[]): Rule | null {
  const words = keywords.filter((word) => typeof word === 'string' && word !== '');
  if (words.length === 0) return null;
  const label = words.join(' ');
  return { match: (text) => (words.every((word) => text.includes(word)) ? label : null) };
}

function re2Flags(flags: string): number {
  let out = 0;
  if (flags.includes('i')) out |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) out |= RE2JS.MULTILINE;
  if (flags.includes('s')) out |= RE2JS.DOTALL;
  return out;
}

function regexRule(pattern: string, flags: string): Rule | SkipReason {
  try {
    // The browser's parser decides what is a valid JavaScript expression, as in Misskey's web client.
    new RegExp(pattern, flags);
  } catch {
    return 'invalid';
  }
  try {
    const re2 = RE2JS.compile(RE2JS.translateRegExp(pattern), re2Flags(flags));
    return {
      match(text: string) {
        const matcher = re2.matcher(text);
        return matcher.find() ? (matcher.group() ?? pattern) : null;
      },
    };
  } catch {
    // RE2 cannot express it (look-around, back-references): only a pattern without nested repetition may backtrack here.
  }
  if (!isSafeRegex(pattern)) return 'unsafe';
  const native = new RegExp(pattern, flags.replace(/[gy]/g, ''));
  return {
    match(text: string) {
      const found = native.exec(text.length > fallbackInputLimit ? text.slice(0, fallbackInputLimit) : text);
      return found ? found[0] : null;
    },
  };
}

/** Compiles an account's word list once; `matches` is then cheap enough to run on every note. */
export function compileWordMatcher(entries: readonly MutedWord[] | null | undefined): WordMatcher {
  const rules: Rule[] = [];
  const skipped: SkippedWord[] = [];
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (Array.isArray(entry)) {
      const rule = keywordsRule(entry);
      if (rule) rules.push(rule);
    } else if (typeof entry === 'string' && entry !== '') {
      const form = regexForm.exec(entry);
      if (!form) {
        const rule = keywordsRule([entry]);
        if (rule) rules.push(rule);
        continue;
      }
      const rule = regexRule(form[1]!, form[2]!);
      if (typeof rule === 'string') skipped.push({ entry, reason: rule });
      else rules.push(rule);
    }
  }
  return {
    isEmpty: rules.length === 0,
    skipped,
    matches(text) {
      if (text === '' || rules.length === 0) return [];
      const found = new Set<string>();
      for (const rule of rules) {
        const word = rule.match(text);
        if (word !== null) found.add(word);
      }
      return [...found];
    },
  };
}
