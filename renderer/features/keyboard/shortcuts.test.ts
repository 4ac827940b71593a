import { describe, expect, it } from 'vitest';
import { isTypingTarget, nextIndex, shortcutFor, shortcuts } from './shortcuts';

const on = { tagName: 'ARTICLE' };

describe('keyboard shortcuts', () => {
  it('maps TweetDeck keys to actions', () => {
    const cases: [string, string][] = [
      ['ArrowLeft', 'columnLeft'], ['h', 'columnLeft'], ['ArrowRight', 'columnRight'], ['l', 'columnRight'],
      ['ArrowUp', 'itemUp'], ['k', 'itemUp'], ['ArrowDown', 'itemDown'], ['j', 'itemDown'],
      ['Enter', 'open'], ['o', 'open'], ['r', 'reply'], ['t', 'renote'], ['f', 'react'], ['+', 'react'], ['v', 'fold'], ['V', 'fold'],
      ['n', 'compose'], ['.', 'top'], ['Home', 'top'], ['?', 'help'], ['Escape', 'close'],
    ];
    for (const [key, action] of cases) expect(shortcutFor({ key }, on), key).toBe(action);
    expect(shortcutFor({ key: 'x' }, on)).toBeNull();
  });

  it('stays out of the way while typing, composing, or with modifiers', () => {
    expect(shortcutFor({ key: 'j' }, { tagName: 'TEXTAREA' })).toBeNull();
    expect(shortcutFor({ key: 'j' }, { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(shortcutFor({ key: 'j' }, { tagName: 'DIV', isContentEditable: true })).toBeNull();
    expect(shortcutFor({ key: 'j', isComposing: true }, on)).toBeNull();
    expect(shortcutFor({ key: 'Process', keyCode: 229 }, on)).toBeNull();
    expect(shortcutFor({ key: 'r', ctrlKey: true }, on)).toBeNull();
    expect(shortcutFor({ key: 'ArrowLeft', altKey: true }, on)).toBeNull();
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
  });

  it("leaves controls' own keys to them, and overlays to themselves", () => {
    expect(shortcutFor({ key: 'Enter' }, { tagName: 'BUTTON' })).toBeNull();
    expect(shortcutFor({ key: 'j' }, { tagName: 'BUTTON' })).toBe('itemDown');
    expect(shortcutFor({ key: 'ArrowDown' }, { tagName: 'BUTTON', role: 'menuitem' })).toBeNull();
    expect(shortcutFor({ key: 'Escape' }, { tagName: 'BUTTON', inOverlay: true })).toBeNull();
    expect(shortcutFor({ key: '?' }, { tagName: 'DIV', inOverlay: true })).toBeNull();
  });

  it('moves within bounds', () => {
    expect(nextIndex(null, 1, 5)).toBe(0);
    expect(nextIndex(0, -1, 5)).toBe(0);
    expect(nextIndex(3, 1, 5)).toBe(4);
    expect(nextIndex(4, 1, 5)).toBe(4);
    expect(nextIndex(2, 1, 0)).toBeNull();
  });

  it('lists every action once in the help table', () => {
    const actions = shortcuts.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
  });
});
