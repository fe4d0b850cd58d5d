// Counts Shift presses: three within five seconds trigger the exit, as in GOV.UK's
// "Exit this page". Any other key in between starts the count again.
export interface ShiftSequence {
  /** Returns how many Shift presses are counted now (0 after a reset, 3 when it triggers). */
  press(key: string, timeMs: number): number;
  reset(): void;
}

export function createShiftSequence(required = 3, windowMs = 5000): ShiftSequence {
  let presses: number[] = [];
  return {
    press(key, timeMs) {
      if (key !== 'Shift') {
        presses = [];
        return 0;
      }
      presses = [...presses.filter((t) => timeMs - t < windowMs), timeMs];
      if (presses.length >= required) {
        presses = [];
        return required;
      }
      return presses.length;
    },
    reset() {
      presses = [];
    },
  };
}
