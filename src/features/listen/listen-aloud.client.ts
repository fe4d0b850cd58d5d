// <listen-aloud>: "Lyssna". The control is in the HTML but hidden; it is shown only where the
// browser can speak (speechSynthesis), and the player (listen-player.ts) is fetched from this site
// on the first press, so a reading page carries only this loader until someone listens.
//
// The player is built as a file of its own and imported by its address: Vite wraps every
// import('./…') in its preloading helper, which would make this loader three times its size on
// every reading page. `?worker&url` is only how Vite bundles a module apart and names its file;
// the player runs on the page, not in a worker.
import playerUrl from './listen-player.ts?worker&url';

class ListenAloud extends HTMLElement {
  connectedCallback() {
    const toggle = this.querySelector<HTMLButtonElement>('[data-listen-toggle]');
    if (!toggle || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') return;
    this.hidden = false;
    const first = () => {
      toggle.removeEventListener('click', first);
      // The player starts itself on the control that asked (listen-player.ts).
      this.dataset.listenStarting = '';
      import(/* @vite-ignore */ playerUrl).catch(() => {
        // Offline or a failed fetch: the next press tries again.
        delete this.dataset.listenStarting;
        toggle.addEventListener('click', first);
      });
    };
    toggle.addEventListener('click', first);
  }
}

customElements.define('listen-aloud', ListenAloud);
