// <search-box>: sends the words to /sok/ in the fragment (#q=…), so they reach neither the
// server nor the address the search page keeps. Loads no search code itself.
import { searchPagePath, toFragment } from './query-transfer.ts';

class SearchBox extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    if (!form || !input) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.location.assign(`${searchPagePath}${toFragment(input.value)}`);
    });
  }
}

customElements.define('search-box', SearchBox);
