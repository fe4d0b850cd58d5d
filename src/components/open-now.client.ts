// <open-now>: shows "Öppet nu · stänger 16.30" and the like from the embedded Schedule, in
// Stockholm time whatever the visitor's clock zone. Without JavaScript the text stays hidden.
import { describeOpenState, openStateAt } from '../lib/opening-hours/open-state.ts';
import type { Schedule } from '../lib/opening-hours/schedule.ts';

class OpenNow extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const text = this.querySelector<HTMLElement>('[data-open-now-text]');
    let schedule: Schedule;
    try {
      schedule = JSON.parse(this.dataset.schedule ?? '');
    } catch {
      return;
    }
    if (!text) return;
    const render = () => {
      const now = new Date();
      const state = openStateAt(schedule, now);
      text.textContent = describeOpenState(state, now, schedule.utcOffsets);
      text.hidden = false;
      this.dataset.state = state.kind;
      // Again just after the next whole minute, so that a page left open stays right.
      this.#timer = setTimeout(render, 60_000 - (now.getTime() % 60_000));
    };
    render();
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
  }
}

customElements.define('open-now', OpenNow);
