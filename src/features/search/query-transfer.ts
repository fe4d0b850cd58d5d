// How the search page receives words. From the header's search box: in window.name (see
// search-box.client.ts), taken and cleared at once, so they outlive neither the arrival nor the tab.
// From a link someone made: in the fragment (#q=…) or as ?q=, which the page then removes from
// its address.
export const carriedPrefix = 'en-vag-in:sok:';

/** The words carried in window.name, if any; window.name is emptied either way it held them. */
export function takeCarriedQuery(win: { name: string }): string {
  if (!win.name.startsWith(carriedPrefix)) return '';
  const words = win.name.slice(carriedPrefix.length);
  win.name = '';
  return words.trim();
}

export function receivedQuery(location: Pick<Location, 'hash' | 'search'>): string {
  const fromFragment = new URLSearchParams(location.hash.replace(/^#/, '')).get('q');
  const fromQuery = new URLSearchParams(location.search).get('q');
  return (fromFragment ?? fromQuery ?? '').trim();
}
