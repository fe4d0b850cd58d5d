import { describe, expect, it } from 'vitest';
import { createShiftSequence } from '../../src/features/quick-exit/shift-sequence.ts';

describe('Shift pressed three times', () => {
  it('triggers on the third press within five seconds', () => {
    const s = createShiftSequence();
    expect(s.press('Shift', 0)).toBe(1);
    expect(s.press('Shift', 1000)).toBe(2);
    expect(s.press('Shift', 4900)).toBe(3);
  });
  it('does not trigger when the presses are spread over more than five seconds', () => {
    const s = createShiftSequence();
    s.press('Shift', 0);
    s.press('Shift', 3000);
    expect(s.press('Shift', 5500)).toBe(2);
  });
  it('starts again after another key, so typing capitals does not leave the page', () => {
    const s = createShiftSequence();
    s.press('Shift', 0);
    s.press('Shift', 100);
    expect(s.press('A', 200)).toBe(0);
    expect(s.press('Shift', 300)).toBe(1);
  });
  it('starts again after triggering', () => {
    const s = createShiftSequence();
    s.press('Shift', 0);
    s.press('Shift', 1);
    s.press('Shift', 2);
    expect(s.press('Shift', 3)).toBe(1);
  });
});
