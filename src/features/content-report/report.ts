// The content report: what an editor should look at next. Read from the checked content and the
// build date, so it changes only when content or time does; nothing in it ever fails a build.
import type { ContentEntry } from '../../lib/content/validate.ts';
import { isOutdated } from '../../lib/build-date.ts';
import type { Site } from '../../schemas/site.ts';
import { callWords } from './call-words.ts';
import { callSheets, questionCount, type CallSheet } from './calls.ts';

/** One file the report names, with what to do about it. */
export interface ReportItem {
  file: string;
  name: string;
  detail: string;
}

export interface ReportSection {
  id: string;
  title: string;
  /** What the list means and what an editor does about it. */
  explanation: string;
  items: ReportItem[];
}

export interface ContentReportModel {
  today: string;
  sections: ReportSection[];
  /** The unverified facts as calls to make, one sheet per municipality, the region and the national lines. */
  calls: CallSheet[];
}

/** The collections whose files carry facts with a source, a review date and a verified flag. */
const factCollections = ['services', 'programmes', 'helplines', 'instruments', 'municipalities'] as const;
/** The collections of texts with a review date (knowledge pages also list their sources). */
const textCollections = ['pages', 'knowledge'] as const;

const collectionWords: Record<string, string> = {
  services: 'mottagning',
  programmes: 'anhörigstöd',
  helplines: 'stödlinje',
  instruments: 'självtest',
  municipalities: 'kommun',
  pages: 'sida',
  knowledge: 'kunskapssida',
};

const nameOf = (entry: ContentEntry) => String(entry.data['name'] ?? entry.data['title'] ?? entry.id);
const itemOf = (entry: ContentEntry, detail: string): ReportItem => ({ file: entry.file, name: `${nameOf(entry)} (${collectionWords[entry.collection] ?? entry.collection})`, detail });
const byFile = (a: ReportItem, b: ReportItem) => a.file.localeCompare(b.file, 'sv');

function sourcesOf(entry: ContentEntry): string[] | undefined {
  const sources = entry.data['source'] ?? entry.data['sources'];
  return Array.isArray(sources) ? sources.map(String) : undefined;
}

export function contentReport(entries: readonly ContentEntry[], site: Site, today: string): ContentReportModel {
  const inCollections = (names: readonly string[]) => entries.filter((entry) => names.includes(entry.collection));
  const facts = inCollections(factCollections);
  const reviewedThings = inCollections([...factCollections, ...textCollections]);

  const stale = reviewedThings
    .filter((entry) => typeof entry.data['reviewed'] === 'string' && isOutdated(entry.data['reviewed'], today))
    .map((entry) => itemOf(entry, `granskad ${entry.data['reviewed']}`));

  const unverified = [
    ...facts
      .filter((entry) => entry.data['verified'] === false)
      .map((entry) => itemOf(entry, String(entry.data['verificationNote'] ?? 'ingen verificationNote: skriv vad som inte är bekräftat'))),
    // A line's numbers in other languages carry their own source and flag (helplines' languageLines).
    ...inCollections(['helplines']).flatMap((entry) =>
      ((entry.data['languageLines'] ?? []) as { language: string; phone: { display: string }; verified: boolean; verificationNote?: string }[])
        .filter((line) => line.verified === false)
        .map((line) => itemOf(entry, `${line.phone.display} på ${line.language}: ${line.verificationNote ?? 'ingen verificationNote: skriv vad som inte är bekräftat'}`)),
    ),
  ];

  // The content check stops a fact file without a source, so the first list is empty unless a
  // schema changes; a source that is only a document's name cannot be followed from the report.
  const missingSources = [...facts, ...inCollections(['knowledge'])]
    .filter((entry) => (sourcesOf(entry) ?? []).length === 0)
    .map((entry) => itemOf(entry, 'ingen källa'));
  const unlinkedSources = [...facts, ...inCollections(['knowledge'])].flatMap((entry) =>
    (sourcesOf(entry) ?? []).filter((source) => !/^https?:\/\//.test(source)).map((source) => itemOf(entry, source)),
  );

  const withoutHours = inCollections(['services'])
    .filter((entry) => entry.data['openingHours'] === undefined)
    .map((entry) => itemOf(entry, entry.data['hoursNote'] ? `bara i ord: "${entry.data['hoursNote']}"` : 'inga öppettider alls'));

  const programmes = inCollections(['programmes']);
  const municipalityNames = new Map(inCollections(['municipalities']).map((entry) => [entry.id, entry]));
  // "alla" is a national or region-wide offer; a municipality's own offer names it.
  const withoutRelativesOffer = site.municipalities
    .filter((id) => !programmes.some((programme) => Array.isArray(programme.data['municipalities']) && programme.data['municipalities'].includes(id)))
    .map((id) => {
      const entry = municipalityNames.get(id);
      return entry ? itemOf(entry, 'inget eget anhörigstöd i content/programmes/') : { file: 'content/site.yaml', name: id, detail: 'inget eget anhörigstöd' };
    });

  const year = today.slice(0, 4);
  const helplinesNotThisYear = inCollections(['helplines'])
    .filter((entry) => String(entry.data['reviewed']).slice(0, 4) < year)
    .map((entry) => itemOf(entry, `granskad ${entry.data['reviewed']}`));

  // A translation nobody with the language as mother tongue has read: the page says so to its readers.
  const unreviewedTranslations = inCollections(textCollections)
    .filter((entry) => entry.data['translationReviewed'] === false)
    .map((entry) => itemOf(entry, `språkversion ${String(entry.data['lang'])}, översätter ${String(entry.data['translationOf'])}`));

  const sections: ReportSection[] = [
    {
      id: 'ej-granskade',
      title: 'Inte granskade på över 12 månader',
      explanation: 'Kontrollera uppgifterna mot källan och skriv dagens datum i reviewed. Kunskapssidor visar läsaren att texten kan vara inaktuell.',
      items: stale,
    },
    {
      id: 'ej-bekraftade',
      title: 'Inte bekräftade (verified: false)',
      explanation: 'Läsaren ser att uppgiften inte är bekräftad. Ring eller läs källan, rätta det som behövs och skriv verified: true.',
      items: unverified,
    },
    {
      id: 'saknar-kalla',
      title: 'Saknar källa',
      explanation: 'Innehållskontrollen stoppar en fil utan källa, så listan ska vara tom. Skriv källan i source (kunskapssidor: sources).',
      items: missingSources,
    },
    {
      id: 'kalla-utan-adress',
      title: 'Källor utan webbadress',
      explanation: 'Källor som bara är ett dokuments namn. Lägg till en webbadress om dokumentet finns på nätet, så kan nästa granskare följa den.',
      items: unlinkedSources,
    },
    {
      id: 'utan-oppettider',
      title: 'Mottagningar utan öppettider',
      explanation: 'Utan openingHours kan sidan inte visa om det är öppet nu. Skriv tiderna i openingHours om de går att få fram.',
      items: withoutHours,
    },
    {
      id: 'utan-anhorigstod',
      title: 'Kommuner utan eget anhörigstöd',
      explanation: 'Kommunens anhöriga får bara nationella stöd i guiden. Lägg till kommunens anhörigstöd i content/programmes/ om det finns.',
      items: withoutRelativesOffer,
    },
    {
      id: 'stodlinjer-ej-i-ar',
      title: `Stödlinjer som inte granskats ${year}`,
      explanation: 'Nationella linjer byter nummer och tider: ring eller läs deras webbplats varje år och skriv datumet i reviewed.',
      items: helplinesNotThisYear,
    },
    {
      id: 'oversattningar-ej-granskade',
      title: 'Översättningar som ingen modersmålstalare har granskat',
      explanation: 'Sidan säger det till läsaren på sitt eget språk. Be en person med språket som modersmål läsa texten mot den svenska sidan, rätta det som behövs och skriv translationReviewed: true.',
      items: unreviewedTranslations,
    },
  ];
  return { today, sections: sections.map((section) => ({ ...section, items: [...section.items].sort(byFile) })), calls: callSheets(entries, site) };
}

/** The collections the editor at /admin/ has, by their folder in content/ (src/features/editor/config.ts). */
const editorFolders = ['services', 'programmes', 'helplines', 'municipalities'];

/**
 * Where staff open a file in the editor: <site>/admin/#/collections/<collection>/entries/<id>.
 * Only for the Markdown report, which staff read: the report's page (/innehallsrapport/) is a
 * page of the public site, and no public page links to /admin/ (tests/site/admin.test.ts).
 */
export function editorLink(file: string, site: Pick<Site, 'editor' | 'url'>): string | undefined {
  if (!site.editor) return undefined;
  const match = /^content\/([^/]+)\/([^/]+)\.ya?ml$/.exec(file);
  if (!match || !editorFolders.includes(match[1]!)) return undefined;
  const admin = site.url ? new URL('admin/', site.url).href : '/admin/';
  return `${admin}#/collections/${match[1]}/entries/${match[2]}`;
}

/** The report as Markdown, for a terminal or a CI log; with the site, each editable file links to the editor. */
export function reportMarkdown(report: ContentReportModel, site?: Pick<Site, 'editor' | 'url'>): string {
  const open = (file: string) => {
    const link = site && editorLink(file, site);
    return link ? ` – [${callWords.openInEditor}](${link})` : '';
  };
  const lines = [`# Innehållsrapport ${report.today}`, '', '| Vad | Antal |', '| --- | ---: |'];
  for (const section of report.sections) lines.push(`| ${section.title} | ${section.items.length} |`);
  for (const section of report.sections) {
    lines.push('', `## ${section.title} (${section.items.length})`, '', section.explanation, '');
    if (section.items.length === 0) lines.push('Inget att göra.');
    for (const item of section.items) lines.push(`- ${item.name}: ${item.detail} – \`${item.file}\`${open(item.file)}`);
  }
  lines.push('', `## ${callWords.title} (${questionCount(report.calls)})`, '', callWords.explanation);
  for (const sheet of report.calls) {
    lines.push('', `### ${sheet.title}`, '');
    if (sheet.note) lines.push(sheet.note, '');
    for (const whom of sheet.whom) lines.push(`${callWords.whom}: ${whom}`, '');
    if (sheet.items.length === 0) lines.push(callWords.nothing);
    for (const item of sheet.items) {
      lines.push(`#### ${item.name} – \`${item.file}\`${open(item.file)}`, '', ...[...item.askFor, ...(item.serves ? [item.serves] : [])].map((line) => `${line}  `));
      if (item.note) lines.push(`${callWords.whatIsOpen}: ${item.note}`);
      lines.push('');
      // The unit's name heads the item already: its question stands alone.
      for (const fact of item.facts) lines.push(`- [ ] ${fact.label}${fact.kind === 'unit' ? '' : ` (${callWords.now}: ${fact.current ?? callWords.missing})`}: ${fact.question}`);
      lines.push('');
    }
  }
  return `${lines.join('\n')}\n`;
}
