import { performance } from 'node:perf_hooks';
import { realisticAuthors, realisticName, realisticNote, reactLive } from './floodNotes';
import { createNote } from './noteActions';
import type { SeedInfo } from './seed';
import type { NewNote, UserRec } from './state';
import type { World } from './world';

// Posts notes at a steady rate for load tests. The timer catches up: every wake-up posts all notes
// that are due by then (note k is due at k/rate s), so timer jitter does not lower the rate.

export type FloodChannel = 'home' | 'local' | 'global' | 'hybrid' | 'hashtag' | 'antenna' | 'list' | 'role' | 'channel';

export interface FloodParams {
  /** Notes per second. */
  rate: number;
  durationMs: number;
  /** Timelines that must receive the notes (default home, local, global, hybrid). */
  channels?: FloodChannel[];
  /** Authors (created when missing); default flood1..flood<users>. */
  usernames?: string[];
  /** Number of generated authors when `usernames` is not given (default 5). */
  users?: number;
  /** Users that follow the authors so their home timelines get the notes (default ['alice']). */
  followers?: string[];
  /** Text length in characters (default: a short line). */
  textSize?: number;
  /**
   * Notes shaped like real ones (default false): 30 authors with avatars of their own and custom
   * emoji in their names, MFM and custom emoji in the text, a picture on one note in ten, and
   * reactions arriving live on the newest notes (`reactionsPerSecond`, default 5).
   */
  realistic?: boolean;
  reactionsPerSecond?: number;
}

export interface FloodStatus {
  floodId: string;
  sent: number;
  planned: number;
  noteIds: string[];
  running: boolean;
  elapsedMs: number;
  /** sent / elapsed, notes per second. */
  achievedRate: number;
}

interface Run {
  id: string;
  planned: number;
  noteIds: string[];
  startedAt: number;
  endedAt: number | null;
  timer: NodeJS.Timeout | null;
  stopReactions: (() => void) | null;
}

const FILLER = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. ';

export class Flooder {
  private readonly runs = new Map<string, Run>();
  private seq = 0;

  constructor(
    private readonly w: World,
    private readonly seed: SeedInfo,
  ) {}

  start(p: FloodParams): { floodId: string } {
    if (!(p.rate > 0) || !(p.durationMs > 0)) throw new Error('rate and durationMs must be > 0');
    const channels = new Set<FloodChannel>(p.channels ?? ['home', 'local', 'global', 'hybrid']);
    const authors = this.authors(p);
    for (const name of p.followers ?? ['alice']) {
      const f = this.w.state.userByName(name);
      if (!f) throw new Error(`no such user: ${name}`);
      for (const a of authors) if (a.id !== f.id) this.w.state.follows.get(f.id)!.add(a.id); // silent (setup, not an event)
    }
    if (channels.has('list')) {
      const list = this.w.social.lists.get(this.seed.listId)!;
      for (const a of authors) if (!list.userIds.includes(a.id)) list.userIds.push(a.id);
    }
    if (channels.has('role')) for (const a of authors) this.w.social.roles.get(this.seed.roleId)!.members.add(a.id);
    const publicTl = ['local', 'global', 'hybrid', 'hashtag', 'antenna', 'role'].some((c) => channels.has(c as FloodChannel));
    const base: NewNote = {
      visibility: publicTl || channels.has('channel') ? 'public' : 'home',
      channelId: channels.has('channel') ? this.seed.channelId : null,
    };
    const suffix = (channels.has('hashtag') ? ' #flood' : '') + (channels.has('antenna') ? ' #missdeck' : '');

    const id = `flood${++this.seq}`;
    const run: Run = {
      id,
      planned: Math.max(1, Math.round((p.rate * p.durationMs) / 1000)),
      noteIds: [],
      startedAt: performance.now(),
      endedAt: null,
      timer: null,
      stopReactions: null,
    };
    this.runs.set(id, run);
    const interval = 1000 / p.rate;
    const tick = () => {
      run.timer = null;
      const elapsed = performance.now() - run.startedAt;
      const due = Math.min(run.planned, Math.floor(elapsed / interval) + 1);
      while (run.noteIds.length < due) {
        const k = run.noteIds.length;
        const author = authors[k % authors.length]!;
        const head = `flood ${id} no.${k + 1} by ${author.username}${suffix}`;
        const text = p.textSize && p.textSize > head.length ? head + ' ' + FILLER.repeat(Math.ceil(p.textSize / FILLER.length)).slice(0, p.textSize - head.length - 1) : head;
        const body = p.realistic ? realisticNote(this.w, author, k, head) : { text };
        run.noteIds.push(createNote(this.w, author, { ...base, ...body }).id);
      }
      if (run.noteIds.length >= run.planned) {
        run.endedAt = performance.now();
        run.stopReactions?.();
        return;
      }
      const wait = run.noteIds.length * interval - (performance.now() - run.startedAt);
      run.timer = setTimeout(tick, Math.max(0, wait));
    };
    run.timer = setTimeout(tick, 0);
    if (p.realistic) {
      const reactors = ['alice', 'bob', 'admin'].flatMap((name) => this.w.state.userByName(name) ?? []).concat(authors);
      run.stopReactions = reactLive(this.w, () => run.noteIds, reactors, p.reactionsPerSecond ?? 5);
    }
    return { floodId: id };
  }

  private authors(p: FloodParams): UserRec[] {
    const names = p.usernames ?? Array.from({ length: p.users ?? (p.realistic ? realisticAuthors : 5) }, (_, i) => `flood${i + 1}`);
    if (names.length === 0) throw new Error('usernames must not be empty');
    return names.map((n, i) => this.w.state.userByName(n) ?? this.w.state.addUser(n, { name: p.realistic ? realisticName(i) : `Flood ${n}` }));
  }

  status(floodId: string): FloodStatus {
    const run = this.runs.get(floodId);
    if (!run) throw new Error(`no such flood: ${floodId}`);
    const elapsedMs = (run.endedAt ?? performance.now()) - run.startedAt;
    return {
      floodId,
      sent: run.noteIds.length,
      planned: run.planned,
      noteIds: [...run.noteIds],
      running: run.endedAt === null,
      elapsedMs: Math.round(elapsedMs),
      achievedRate: elapsedMs > 0 ? Math.round((run.noteIds.length / elapsedMs) * 100_000) / 100 : 0,
    };
  }

  /** Stops one flood, or all of them without an id. */
  stop(floodId?: string): { stopped: number } {
    let stopped = 0;
    for (const run of this.runs.values()) {
      if (floodId !== undefined && run.id !== floodId) continue;
      if (run.endedAt !== null) continue;
      if (run.timer) clearTimeout(run.timer);
      run.timer = null;
      run.stopReactions?.();
      run.endedAt = performance.now();
      stopped++;
    }
    return { stopped };
  }
}
