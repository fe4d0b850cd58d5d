// <search-box>: sends the words to /sok/ in the fragment (#q=…), so they reach neither a server
// nor the address the search page keeps (it reads them with receivedQuery and removes them).
// Kept free of imports so that it stays one small file on every page; it loads no search code.
class SearchBox extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    if (!form || !input) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const words = input.value.trim();
      window.location.assign(`${form.getAttribute('action')}${words ? `#q=${encodeURIComponent(words)}` : ''}`);
    });
  }
}

customElements.define('search-box', SearchBox);
