import type { World } from './world';

/**
 * The stand-in's translator. Off by default, as on the recording server (reading/meta.json:
 * `translatorAvailable: false`; reading/notes-translate-unavailable.json). No successful translation
 * could be recorded (no DeepL key there), so when a test turns it on the answer is MODELLED on the
 * documented shape only (meta/openapi-api.json, `notes/translate` 200: `{sourceLang, text}`), with
 * DeepL's upper-case source language codes. The "translation" marks the text with the target
 * language; it translates nothing.
 */
const on = new WeakMap<World, boolean>();

export const translatorAvailable = (world: World): boolean => on.get(world) ?? false;
export const setTranslatorAvailable = (world: World, available: boolean): void => void on.set(world, available);

/** Kana or kanji: Japanese; anything else: English (enough for tests). */
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

export function modelledTranslation(text: string, targetLang: string): { sourceLang: string; text: string } {
  // Misskey sends DeepL the part before the region (`ja-JP` → `ja`).
  const target = (targetLang.split('-')[0] ?? targetLang).toUpperCase();
  return { sourceLang: japanese.test(text) ? 'JA' : 'EN', text: `[${target}] ${text}` };
}
