// How the search page receives words: in the fragment (#q=…) from the header's search box, which
// browsers never send to a server, or as ?q= from a link someone made.
export function receivedQuery(location: Pick<Location, 'hash' | 'search'>): string {
  const fromFragment = new URLSearchParams(location.hash.replace(/^#/, '')).get('q');
  const fromQuery = new URLSearchParams(location.search).get('q');
  return (fromFragment ?? fromQuery ?? '').trim();
}
