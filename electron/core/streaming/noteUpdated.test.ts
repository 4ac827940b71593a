import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../e2e/support/core/fixtures';
import { parseNoteUpdated } from './noteUpdated';

const recorded = JSON.parse(readFileSync(resolve(fixturesDir, 'streaming/subnote-noteUpdated.json'), 'utf8')) as {
  received: { type: string; body: unknown }[];
};

describe('parseNoteUpdated', () => {
  it('reads every noteUpdated frame a real server sent', () => {
    const frames = recorded.received.filter((frame) => frame.type === 'noteUpdated');
    const parsed = frames.map((frame) => parseNoteUpdated(frame.body));
    expect(parsed.map((p) => p?.update.type)).toEqual(['reacted', 'reacted', 'unreacted', 'pollVoted', 'deleted']);
    expect(parsed[1]).toEqual({
      noteId: 'atzrtoq8nke00063',
      update: { type: 'reacted', reaction: ':missdeck_ok@.:', emoji: { name: 'missdeck_ok@.', url: expect.stringMatching(/^http/) }, userId: 'atzrimg2nke00003' },
    });
    expect(parsed[3]?.update).toEqual({ type: 'pollVoted', choice: 1, userId: 'atzrimohnke00005' });
  });

  it.each([null, 'x', { id: 1 }, { id: 'n', type: 'reacted', body: { reaction: 5 } }, { id: 'n', type: 'updated', body: {} }, { id: 'n', type: 'deleted', body: {} }])(
    'drops a malformed body: %j',
    (body) => {
      expect(parseNoteUpdated(body)).toBeNull();
    },
  );
});
