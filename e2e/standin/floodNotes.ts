import { gradientPng } from './files';
import { react } from './noteReactions';
import type { NewNote, UserRec } from './state';
import type { World } from './world';

// What makes a flood note look like a real one (issue 15): real users each have an avatar of their
// own, custom emoji in names and text, MFM in the text, links (a page of its own per note, which
// the stand-in previews, and one it cannot), a picture now and then, and reactions that keep arriving on the notes on screen.

/** Authors of a realistic flood: enough that avatars seldom repeat on one screen. */
export const realisticAuthors = 30;

const nameDecorations = [':blob_wave:', ':missdeck_ok:', ':kusa:', ':blob_heart:', ''];

/** A display name with a custom emoji in it, as many real names have. */
export const realisticName = (index: number): string => `Flood ${index + 1} ${nameDecorations[index % nameDecorations.length]}`.trim();

const bodies = [
  (k: number) => `Just shipped **version ${k % 9}.${k % 7}** of the thing :missdeck_ok: check it out https://preview.example/posts/v${k}`,
  (k: number) => `good morning everyone :blob_wave: coffee number ${k % 4} today #morning`,
  () => `$[x2 :kusa:] this is too funny @alice`,
  (k: number) => `Reading list:\n- ~~finish the book~~\n- *start* the next one\n- \`npm test\` before lunch (${k})`,
  (k: number) => `<small>quiet note ${k}</small> and a longer sentence about the weather turning cold again :blob_heart:`,
  (k: number) => `$[tada 🎉] we reached ${1000 + k} followers! thank you all #milestone`,
  (k: number) => `> quoted thought number ${k}\nand my answer to it, with a link https://misskey-hub.net/docs/ and :missdeck_two:`,
  (k: number) => `$[fg.color=e06c9f colourful] $[bg.color=333 text] $[font.serif serif] no.${k}`,
];

/** The note number `k` of a flood by `author`: MFM and custom emoji, and a picture on one note in ten. */
export function realisticNote(w: World, author: UserRec, k: number, head: string): Pick<NewNote, 'text' | 'fileIds'> {
  const text = `${head}\n${bodies[k % bodies.length]!(k)}`;
  if (k % 10 !== 5) return { text };
  const file = w.drive.add(author.id, { name: `photo-${k}.png`, bytes: gradientPng(320, 200, k) });
  return { text, fileIds: [file.id] };
}

const reactions = ['👍', '❤', '😆', '🎉', ':missdeck_ok:', ':blob_heart:', ':kusa:'];

/** Reactions keep arriving on the newest notes of a flood while it runs, `perSecond` of them; returns a stop. */
export function reactLive(w: World, noteIds: () => readonly string[], reactors: readonly UserRec[], perSecond: number): () => void {
  let n = 0;
  const timer = setInterval(() => {
    const recent = noteIds().slice(-20);
    if (recent.length === 0) return;
    n++;
    const note = w.state.noteById(recent[(n * 7) % recent.length]!);
    const reactor = reactors[n % reactors.length]!;
    if (!note) return;
    try {
      react(w, reactor, note, reactions[n % reactions.length]!);
    } catch {
      // ALREADY_REACTED with the same reaction: the next tick picks another.
    }
  }, 1000 / perSecond);
  return () => clearInterval(timer);
}
