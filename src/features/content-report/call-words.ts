// The Swedish words of the call list (the content report's "Att ringa"), in one place. The report
// is for the site's own staff, in Swedish only, so its words live here rather than in ui.ts.
import type { FactKind } from './calls.ts';

export const callWords = {
  title: 'Att ringa: obekräftade uppgifter per kommun',
  explanation:
    'Det som inte är bekräftat, samlat så att en person med en telefon kan reda ut det på en runda samtal: en sida per kommun, en för regionen och en för de nationella linjerna. Varje uppgift har en fråga att ställa. Skriv svaret i filen, med källa och datum, och sätt verified: true när allt i filen stämmer.',
  regionTitle: 'Regionen',
  regionNote: (regionName: string) => `Uppgifter som gäller hela ${regionName} eller flera kommuner tillsammans.`,
  nationalTitle: 'Nationella linjer',
  nationalNote: 'Nationella stödlinjer: ring linjen själv eller läs dess webbplats.',
  whom: 'Vem du frågar',
  switchboard: (name: string, phone: string, verified: boolean) => `${capitalise(name)}: ${phone}${verified ? '' : ' (numret är inte heller bekräftat)'}`,
  noSwitchboard: (web: string | undefined) =>
    web ? `Kommunens växel: numret står på kommunens webbplats, ${web}` : 'Kommunens växel: numret står på kommunens webbplats',
  askFor: (unit: string) => `Fråga efter: ${unit}`,
  ownNumber: (phone: string) => `Enhetens eget nummer: ${phone}`,
  web: (web: string) => `Webbplats: ${web}`,
  serves: (names: string) => `Gäller: ${names}`,
  whatIsOpen: 'Det här är inte bekräftat',
  now: 'Nu på sidan',
  missing: 'saknas',
  nothing: 'Inget obekräftat här.',
  /** The Markdown report's link to the file in the editor at /admin/ (only when the site has one). */
  openInEditor: 'Öppna i redigeraren',
  count: (n: number) => (n === 1 ? '1 fråga' : `${n} frågor`),
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The question per kind of fact: one for a fact the site shows (is it right? The sheet shows the
 * value beside it) and one for a fact it lacks (what is it?). Written to be read aloud.
 */
export const factQuestions: Record<FactKind, { label: string; check: (value: string) => string; ask: string }> = {
  unit: {
    label: 'Enheten',
    check: () => 'Finns verksamheten kvar, och vad heter enheten när man frågar efter den?',
    ask: 'Finns verksamheten kvar, och vad heter enheten när man frågar efter den?',
  },
  phone: {
    label: 'Telefon',
    check: () => 'Stämmer numret, och kommer man fram till rätt enhet där?',
    ask: 'Vilket nummer ringer en invånare för att komma direkt till enheten?',
  },
  hours: {
    label: 'Öppettider',
    check: () => 'Stämmer tiderna, även på helgdagar?',
    ask: 'Vilka tider svarar ni i telefon eller tar emot besök?',
  },
  address: {
    label: 'Adress',
    check: () => 'Stämmer adressen, och vilken ingång ska man ta?',
    ask: 'Finns en adress dit man kan komma, och vilken ingång gäller?',
  },
  dropIn: {
    label: 'Drop-in',
    check: (value) => (value === 'ja' ? 'Kan man komma utan tid, och vilka tider i så fall?' : 'Måste man boka tid, eller går det att komma utan?'),
    ask: 'Kan man komma utan att boka tid?',
  },
  referral: {
    label: 'Remiss',
    check: (value) => (value === 'nej' ? 'Stämmer det att man kan höra av sig själv, utan remiss?' : value === 'ja' ? 'Stämmer det att remiss behövs, och vem skriver den?' : 'När behövs remiss, och när kan man höra av sig själv?'),
    ask: 'Behöver man remiss, eller kan man höra av sig själv?',
  },
  howToJoin: {
    label: 'Anmälan',
    check: () => 'Stämmer det om hur man kommer med, och finns stödet kvar?',
    ask: 'Hur anmäler man sig, och när börjar nästa grupp?',
  },
  web: {
    label: 'Webbplats',
    check: () => 'Är det rätt sida att hänvisa till?',
    ask: 'Vilken webbsida ska vi hänvisa till?',
  },
  switchboard: {
    label: 'Växeln',
    check: () => 'Stämmer växelns nummer, och kan växeln koppla vidare till socialtjänsten?',
    ask: 'Vilket nummer har kommunens växel?',
  },
};
