// <quick-exit>: the link works without JavaScript; with it, the button and Shift×3 blank the
// page and replace this history entry with the neutral page, so Back does not return here.
import { createShiftSequence } from './shift-sequence.ts';

class QuickExit extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a[data-quick-exit-link]');
    const overlay = this.querySelector<HTMLElement>('[data-quick-exit-overlay]');
    const status = this.querySelector<HTMLElement>('[data-quick-exit-status]');
    const hint = this.querySelector<HTMLElement>('[data-quick-exit-hint]');
    if (!link || !overlay || !status) return;
    hint?.removeAttribute('hidden');

    const leave = () => {
      overlay.hidden = false;
      status.textContent = this.dataset.leaving ?? '';
      window.location.replace(link.href);
    };
    link.addEventListener('click', (event) => {
      event.preventDefault();
      leave();
    });

    const sequence = createShiftSequence();
    document.addEventListener('keydown', (event) => {
      if (event.repeat) return;
      const count = sequence.press(event.key, event.timeStamp);
      if (count === 3) leave();
      else if (count > 0) status.textContent = (this.dataset.progress ?? '').replace('{n}', String(count));
    });

    // Coming back through the back/forward cache must show the page, not the blank overlay.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) {
        overlay.hidden = true;
        status.textContent = '';
        sequence.reset();
      }
    });
  }
}

customElements.define('quick-exit', QuickExit);
