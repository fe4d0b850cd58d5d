// What is wrong with a web address in content, in words that say how to write it. The site links
// only to public pages over https: an address with a space breaks the build (new URL throws), and
// http:, javascript: or a machine on the editor's own network must never reach a reader.
import { quoteValue } from '../../lib/quote.ts';

const example = 'https://www.1177.se/';

/** True for a source that is meant as an address rather than a document's name. */
export const looksLikeAddress = (text: string) => /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|(?:https?|javascript|data|vbscript|file|mailto|tel|ftp):)/i.test(text.trim());

export function webAddressProblem(raw: string): string | undefined {
  const quoted = quoteValue(raw);
  if (/\p{Cf}/u.test(raw)) return `${quoted} har ett osynligt tecken i adressen (det följer ofta med en kopierad länk). Skriv adressen på nytt för hand.`;
  if (/\s/.test(raw)) return `${quoted} har mellanslag i adressen. Ta bort mellanslagen (ett mellanslag som hör till adressen skrivs %20).`;
  if (/^http:\/\//i.test(raw)) return `${quoted} börjar med http:, som inte är krypterat. Skriv https:// i stället för http://.`;
  if (!URL.canParse(raw)) return `${quoted} är ingen webbadress. Skriv hela adressen, t.ex. ${example}.`;
  const url = new URL(raw);
  if (url.protocol !== 'https:') return `${quoted} är ingen webbadress som webbplatsen länkar till. Skriv en hel adress som börjar med https://, t.ex. ${example}.`;
  if (url.username || url.password) return `${quoted} har ett användarnamn eller lösenord i adressen. Ta bort det som står före @.`;
  if (!isPublicHost(url.hostname)) {
    return `${quoted} leder till en dator eller ett lokalt nät (${url.hostname}), inte till en publik webbplats. Skriv den publika adressen, t.ex. ${example}.`;
  }
  return undefined;
}

/** A name on the public internet: not localhost, not a name without a dot, not an IP address. */
function isPublicHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return false; // IPv6: a public page has a name
  if (/^\d+(?:\.\d+){0,3}$/.test(host) || /^0x/i.test(host)) return false; // IPv4 in any of its spellings
  if (!host.includes('.')) return false; // localhost, intranet
  return !/\.(?:localhost|local|internal|lan|home\.arpa|test|invalid|example)$/.test(host);
}
