// The site's own words (labels, buttons, headings). Facts never live here: they are in content/.
export const sv = {
  'skipLink': 'Hoppa till innehållet',
  'nav.label': 'Huvudmeny',
  'nav.home': 'Start',
  'section.hitta-hjalp': 'Hitta hjälp',
  'section.testa-dina-vanor': 'Testa dina vanor',
  'section.for-anhoriga': 'För anhöriga',
  'section.kunskap': 'Kunskap',
  'section.sok': 'Sök',
  'section.akut': 'Akut hjälp',
  'acute.label': 'Akut hjälp',
  'acute.emergency': 'Akut fara: ring',
  'acute.healthcare': 'Sjukvårdsrådgivning:',
  'acute.suicide': 'Tankar på självmord:',
  'acute.more': 'Mer akut hjälp',
  'acute.unverified': 'numret ej bekräftat',
  'quickExit.button': 'Lämna sidan snabbt',
  'quickExit.hint': 'eller tryck Skift tre gånger',
  'quickExit.leaving': 'Lämnar sidan',
  'quickExit.progress': 'Skift {n} av 3. Tryck en gång till för att lämna sidan.',
  'footer.label': 'Om webbplatsen',
  'footer.about': 'Om webbplatsen',
  'footer.privacy': 'Integritet',
  'footer.accessibility': 'Tillgänglighetsredogörelse',
  'footer.reviewed': 'Senast granskad',
  'footer.owner': 'Webbplatsen ges ut av',
  'door.hitta-hjalp.title': 'För egen del',
  'door.hitta-hjalp.text': 'Du undrar över ditt drickande, droger, läkemedel eller spel och vill veta vart du kan vända dig.',
  'door.for-anhoriga.title': 'Som anhörig',
  'door.for-anhoriga.text': 'Du är orolig för någon du bryr dig om: en partner, ett barn, en förälder eller en vän.',
  'door.testa-dina-vanor.title': 'Testa dina vanor',
  'door.testa-dina-vanor.text': 'Ett kort test som du gör anonymt. Svaren stannar i din telefon eller dator.',
  'home.doors': 'Var vill du börja?',
  'home.acute': 'Behöver du hjälp nu?',
  'home.acuteText': 'Vid akut fara för liv: ring 112. För råd om vård dygnet runt: ring 1177.',
  'home.lines.self': 'Stödlinjer för dig som vill prata om dina egna vanor',
  'home.lines.relatives': 'Stödlinjer för anhöriga',
  'home.search': 'Sök på webbplatsen',
  'home.searchButton': 'Sök',
  'fact.unverified': 'Uppgiften är inte bekräftad',
  'fact.missing': 'Uppgift saknas',
  'fact.source': 'Källa',
  'fact.reviewed': 'Senast granskad',
  'fact.hours': 'Öppet',
  'fact.call': 'Ring',
  'fact.web': 'Webbplats',
  'fact.chat': 'Chatt',
  'fact.anonymous': 'Du kan vara anonym.',
  'fact.free': 'Det kostar inget.',
} as const;

export type UiKey = keyof typeof sv;

export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return sv[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2026-11-22" → "22 november 2026" */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}
