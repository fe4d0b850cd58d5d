// <search-box>: carries the words to the search page (/sok/, /en/sok/) in the tab's window.name,
// which that page reads and clears at once (takeCarriedQuery). Unlike an address, even a fragment (#q=…), window.name is
// never written to the session history, the browser's history database or its address-bar
// suggestions, so the next person using the phone cannot find the words there.
// Kept free of imports so that it stays one small file on every page; it loads no search code.
const carriedPrefix = 'en-vag-in:sok:';

class SearchBox extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    if (!form || !input) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const words = input.value.trim();
      window.name = words ? `${carriedPrefix}${words}` : '';
      // The box is emptied before the page is left, so the back/forward cache keeps no words either.
      input.value = '';
      window.location.assign(form.getAttribute('action') ?? '/sok/');
    });
  }
}

customElements.define('search-box', SearchBox);
