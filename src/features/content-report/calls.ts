// The call list: every fact still marked verified: false, grouped by whom a person with a phone
// calls to settle it (a municipality, the region, a national line), each fact with the one question
// to ask. Derived from the kind of fact and the content alone, so another region's content gets
// its own list with no code changed.
import type { ContentEntry } from '../../lib/content/validate.ts';
import type { Site } from '../../schemas/site.ts';
import { callWords, factQuestions } from './call-words.ts';

export type FactKind = 'unit' | 'phone' | 'hours' | 'address' | 'dropIn' | 'referral' | 'howToJoin' | 'web' | 'switchboard';

export interface CallFact {
  kind: FactKind;
  label: string;
  /** What the site shows now, or undefined when the fact is missing. */
  current?: string;
  question: string;
}

export interface CallItem {
  file: string;
  name: string;
  /** Whom to ask for on the line: the unit's own name and, when it has one, its own number. */
  askFor: string[];
  /** The municipalities it serves, named when a sheet holds offers for several. */
  serves?: string;
  /** The file's verificationNote: what exactly is not confirmed. */
  note?: string;
  facts: CallFact[];
}

export interface CallSheet {
  /** A municipality id, "regionen" or "nationellt". */
  id: string;
  title: string;
  note?: string;
  /** Whom to call first for everything on the sheet (the municipality's switchboard). */
  whom: string[];
  items: CallItem[];
}

type Data = Record<string, unknown>;
const record = (value: unknown): Data | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
/** A phone field as the schema outputs it ({ display, tel }) or as written. */
const phoneText = (value: unknown): string | undefined => text(record(value)?.['display']) ?? text(value);

function addressText(value: unknown): string | undefined {
  const address = record(value);
  if (!address) return undefined;
  return [address['street'], [address['postalCode'], address['city']].filter(Boolean).join(' ')].filter((part) => text(part)).join(', ') || undefined;
}

const fact = (kind: FactKind, current: string | undefined): CallFact => {
  const words = factQuestions[kind];
  return { kind, label: words.label, current, question: current === undefined ? words.ask : words.check(current) };
};

/** The facts an unverified file states or lacks, by the kind of file; a fact the kind never has is not asked. */
export function factsOf(entry: ContentEntry): CallFact[] {
  const data = entry.data;
  const contact = record(data['contact']) ?? {};
  const phone = phoneText(contact['phone']) ?? phoneText(data['phone']);
  const hours = text(data['openingHours']) ?? text(data['hoursNote']);
  const web = text(contact['web']) ?? text(data['web']);
  const facts: CallFact[] = [];
  switch (entry.collection) {
    case 'services': {
      // Without a number of its own the call goes through a switchboard, which needs the unit's name.
      if (!phone) facts.push(fact('unit', String(data['name'])));
      facts.push(fact('phone', phone), fact('hours', hours), fact('address', addressText(contact['address'])));
      if (typeof data['dropIn'] === 'boolean') facts.push(fact('dropIn', data['dropIn'] ? 'ja' : 'nej'));
      // Whether a referral is needed is a question of care: asked of a region's unit when unknown.
      if (data['referral'] !== undefined || data['principal'] === 'region') facts.push(fact('referral', text(data['referral'])));
      break;
    }
    case 'programmes': {
      if (!phone) facts.push(fact('unit', String(data['name'])));
      facts.push(fact('phone', phone), fact('howToJoin', text(data['howToJoin'])));
      break;
    }
    case 'helplines': {
      if (phone) facts.push(fact('phone', phone));
      facts.push(fact('hours', hours));
      if (!phone || web) facts.push(fact('web', web));
      break;
    }
    case 'municipalities': {
      facts.push(fact('web', web));
      break;
    }
  }
  return facts;
}

/** The municipality's switchboard, when its file has one ({ phone, name?, verified }). */
function switchboardOf(municipality: ContentEntry | undefined) {
  const switchboard = record(municipality?.data['switchboard']);
  const phone = phoneText(switchboard?.['phone']);
  if (!switchboard || !phone) return undefined;
  return { phone, name: text(switchboard['name']) ?? 'kommunens växel', verified: switchboard['verified'] !== false };
}

const byName = (a: CallItem, b: CallItem) => a.name.localeCompare(b.name, 'sv');

export function callSheets(entries: readonly ContentEntry[], site: Site): CallSheet[] {
  const municipalities = new Map(entries.filter((e) => e.collection === 'municipalities').map((e) => [e.id, e]));
  const nameOf = (id: string) => text(municipalities.get(id)?.data['name']) ?? id;
  const unverified = entries.filter((e) => ['services', 'programmes', 'helplines'].includes(e.collection) && e.data['verified'] === false);

  const itemOf = (entry: ContentEntry, serves?: string[]): CallItem => {
    const facts = factsOf(entry);
    const own = phoneText(record(entry.data['contact'])?.['phone']) ?? phoneText(entry.data['phone']);
    // A source is where a fact was read, not someone to ask: only the unit's own web page counts.
    const web = text(record(entry.data['contact'])?.['web']) ?? text(entry.data['web']);
    return {
      file: entry.file,
      name: String(entry.data['name']),
      askFor: [callWords.askFor(String(entry.data['name'])), ...(own ? [callWords.ownNumber(own)] : []), ...(web ? [callWords.web(web)] : [])],
      serves: serves && serves.length > 1 ? callWords.serves(serves.map(nameOf).join(', ')) : undefined,
      note: text(entry.data['verificationNote']),
      facts,
    };
  };

  /** The one municipality an offer belongs to, or undefined for the region, several or none. */
  const homeOf = (entry: ContentEntry): string | undefined => {
    const served = entry.data['municipalities'];
    return Array.isArray(served) && served.length === 1 ? String(served[0]) : undefined;
  };
  const local = unverified.filter((e) => e.collection !== 'helplines');

  const sheets: CallSheet[] = site.municipalities.map((id) => {
    const municipality = municipalities.get(id);
    const switchboard = switchboardOf(municipality);
    const items = local.filter((e) => homeOf(e) === id).map((e) => itemOf(e));
    if (municipality && municipality.data['verified'] === false) items.push(itemOf(municipality));
    if (municipality && switchboard && !switchboard.verified) {
      items.push({ file: municipality.file, name: switchboard.name, askFor: [], facts: [fact('switchboard', switchboard.phone)] });
    }
    const web = text(municipality?.data['web']);
    return {
      id,
      title: nameOf(id),
      whom: [switchboard ? callWords.switchboard(switchboard.name, switchboard.phone, switchboard.verified) : callWords.noSwitchboard(web)],
      items: items.sort(byName),
    };
  });
  sheets.push({
    id: 'regionen',
    title: callWords.regionTitle,
    note: callWords.regionNote(site.region.name),
    whom: [],
    items: local
      .filter((e) => homeOf(e) === undefined)
      // Offers for some of the municipalities name them; region-wide ones need not.
      .map((e) => {
        const served = Array.isArray(e.data['municipalities']) ? e.data['municipalities'].map(String) : [];
        return itemOf(e, served.length < site.municipalities.length ? served : undefined);
      })
      .sort(byName),
  });
  sheets.push({
    id: 'nationellt',
    title: callWords.nationalTitle,
    note: callWords.nationalNote,
    whom: [],
    items: unverified.filter((e) => e.collection === 'helplines').map((e) => itemOf(e)).sort(byName),
  });
  return sheets;
}

export const questionCount = (sheets: readonly CallSheet[]) => sheets.reduce((n, sheet) => n + sheet.items.reduce((m, item) => m + item.facts.length, 0), 0);
