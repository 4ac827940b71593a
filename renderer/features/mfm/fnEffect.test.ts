import { describe, expect, it } from 'vitest';
import { fnEffect, numberArg, type FnEffect } from './fnEffect';
import { safeHexColor } from './safeColor';

const effect = (name: string, args: Record<string, string | true> = {}): FnEffect => {
  const r = fnEffect(name, args);
  if (r.kind !== 'effect') throw new Error(`${name} gave ${r.kind}`);
  return r.effect;
};

describe('safeHexColor', () => {
  it('accepts 3, 4, 6 and 8 hex digits', () => {
    for (const c of ['f00', 'F00a', 'ff0000', 'ff000080']) expect(safeHexColor(c)).toBe(`#${c}`);
  });
  it('rejects everything else', () => {
    for (const c of ['red', '#f00', 'ff', 'fffff', 'fffffff', 'ggg', 'f00;background:url(x)', 'f00 ', '', 'f00)']) {
      expect(safeHexColor(c)).toBeNull();
    }
    expect(safeHexColor(true)).toBeNull();
    expect(safeHexColor(undefined)).toBeNull();
  });
});

describe('numberArg', () => {
  it('reads plain decimals and an optional unit', () => {
    expect(numberArg('2', 0)).toBe(2);
    expect(numberArg('-1.5', 0)).toBe(-1.5);
    expect(numberArg('.5', 0)).toBe(0.5);
    expect(numberArg('2s', 0, 's')).toBe(2);
  });
  it('falls back on anything that is not a plain number', () => {
    for (const v of ['1e400', 'Infinity', 'NaN', '0x10', '1;', 'calc(1)', '', ' 1']) expect(numberArg(v, 7)).toBe(7);
    expect(numberArg(true, 7)).toBe(7);
    expect(numberArg('9'.repeat(400), 7)).toBe(7);
  });
});

describe('fnEffect', () => {
  it('scales text with x2/x3/x4', () => {
    expect(effect('x2')).toMatchObject({ className: 'mfm-x2', scale: 2 });
    expect(effect('x4')).toMatchObject({ className: 'mfm-x4', scale: 6 });
  });
  it('flips', () => {
    expect(effect('flip').className).toBe('mfm-flip-h');
    expect(effect('flip', { v: true }).className).toBe('mfm-flip-v');
    expect(effect('flip', { h: true, v: true }).className).toBe('mfm-flip-hv');
  });
  it('clamps animation speed to 0.2s..10s', () => {
    expect(effect('spin', { speed: '2s' }).style).toEqual({ animationDuration: '2s' });
    expect(effect('spin', { speed: '0.001s' }).style?.animationDuration).toBe('0.2s');
    expect(effect('jump', { speed: '99999s' }).style?.animationDuration).toBe('10s');
    expect(effect('shake', { speed: 'fast;color:red' }).style?.animationDuration).toBe('0.5s');
    expect(effect('spin', { left: true, y: true }).className).toBe('mfm-anim mfm-spin-y mfm-reverse');
    expect(effect('tada', { delay: '100s' }).style?.animationDelay).toBe('10s');
    for (const name of ['spin', 'jump', 'bounce', 'shake', 'twitch', 'rainbow', 'tada', 'sparkle']) {
      expect(effect(name).className).toContain('mfm-anim');
    }
  });
  it('allows four font families only', () => {
    expect(effect('font', { serif: true }).className).toBe('mfm-font-serif');
    expect(effect('font', { fantasy: true }).className).toBe('mfm-font-fantasy');
    expect(fnEffect('font', { 'Comic Sans': true })).toEqual({ kind: 'none' });
  });
  it('clamps rotate, position and scale', () => {
    expect(effect('rotate').style?.transform).toBe('rotate(90deg)');
    expect(effect('rotate', { deg: '30' }).style?.transform).toBe('rotate(30deg)');
    expect(effect('rotate', { deg: '99999' }).style?.transform).toBe('rotate(360deg)');
    expect(effect('rotate', { deg: '-720', x: true }).style?.transform).toBe('rotateX(-360deg)');
    expect(effect('position', { x: '99999', y: '-99999' }).style?.transform).toBe('translate(5em, -5em)');
    expect(effect('position', { x: '1.5' }).style?.transform).toBe('translate(1.5em, 0em)');
    expect(effect('scale', { x: '100', y: '0' }).style?.transform).toBe('scale(5, 0.1)');
    expect(effect('scale', { x: '100' }).scale).toBe(5);
  });
  it('colours only from validated hex', () => {
    expect(effect('fg', { color: 'f00' }).style).toEqual({ color: '#f00' });
    expect(effect('bg', { color: 'ff000080' }).style).toEqual({ backgroundColor: '#ff000080' });
    expect(fnEffect('fg', { color: 'red;background:url(x)' })).toEqual({ kind: 'none' });
    expect(fnEffect('bg', { color: 'url(javascript:x)' })).toEqual({ kind: 'none' });
  });
  it('bounds borders', () => {
    expect(effect('border', { style: 'dashed', width: '2' }).style).toEqual({ border: '2px dashed currentColor', borderRadius: '0px' });
    expect(effect('border', { width: '500', radius: '9999', color: '0f0', style: 'url(x)' }).style).toEqual({
      border: '10px solid #0f0',
      borderRadius: '50px',
    });
    expect(effect('border', { noclip: true }).className).toBe('mfm-border');
    expect(effect('border').className).toBe('mfm-border mfm-clip');
  });
  it('knows ruby and unixtime; leaves unknown names alone', () => {
    expect(fnEffect('ruby', {})).toEqual({ kind: 'ruby' });
    expect(fnEffect('unixtime', {})).toEqual({ kind: 'unixtime' });
    expect(fnEffect('marquee', {})).toEqual({ kind: 'none' });
    expect(fnEffect('__proto__', {})).toEqual({ kind: 'none' });
  });
});
