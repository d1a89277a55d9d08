import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor, type KeyLike } from './shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it.each([
    [key('z', { ctrlKey: true }), 'undo'],
    [key('z', { metaKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('Delete'), 'delete'],
    [key('Backspace'), 'delete'],
    [key('n'), 'new-sticky'],
    [key('N'), 'new-sticky'],
    [key('?', { shiftKey: true }), 'help'],
    [key('Escape'), 'close'],
  ] as const)('maps %j to %s', (e, action) => {
    expect(shortcutFor(e)).toBe(action);
  });

  it.each([key('n', { ctrlKey: true }), key('z'), key('n', { altKey: true }), key('z', { ctrlKey: true, altKey: true }), key('a'), key('N', { shiftKey: true })])(
    'ignores %j',
    (e) => {
      expect(shortcutFor(e)).toBeNull();
    },
  );
});

describe('isTypingTarget', () => {
  it.each([
    [{ tagName: 'INPUT', type: 'text' }, true],
    [{ tagName: 'input' }, true],
    [{ tagName: 'INPUT', type: 'datetime-local' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'CANVAS' }, false],
    [null, false],
  ])('%j → %s', (target, typing) => {
    expect(isTypingTarget(target)).toBe(typing);
  });
});
