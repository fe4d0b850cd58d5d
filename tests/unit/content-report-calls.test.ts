// The content report's call list (issue 16, point 10): the facts still unverified, one sheet per
// municipality, one for the region and one for the national lines, each fact with the question its
// kind asks and whom to ask.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factQuestions } from '../../src/features/content-report/call-words.ts';
import { callSheets, questionCount, type CallSheet } from '../../src/features/content-report/calls.ts';
import { reportMarkdown, contentReport } from '../../src/features/content-report/report.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ContentFolder } from '../helpers/content-fixture.ts';

function checked(change: (content: ContentFolder) => void = () => {}) {
  const root = mkdtempSync(join(tmpdir(), 'en-vag-in-calls-'));
  try {
    cpSync(join(import.meta.dirname, '../fixtures/content-valid'), join(root, 'content'), { recursive: true });
    change(new ContentFolder(join(root, 'content')));
    const result = validateContent(join(root, 'content'), { displayRoot: root });
    expect(result.errors).toEqual([]);
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function sheetsOf(change?: (content: ContentFolder) => void): CallSheet[] {
  const result = checked(change);
  return callSheets(result.entries, result.site!);
}

const sheet = (sheets: CallSheet[], id: string) => sheets.find((s) => s.id === id)!;
const kinds = (s: CallSheet, file: string) => s.items.find((item) => item.file === file)!.facts.map((f) => f.kind);

/** A municipal service for Ronneby alone, unverified, with no number of its own. */
const ronnebyService = `name: Vuxenenheten i Ronneby
organisation: Ronneby kommun
principal: kommun
kind: socialtjanst-vuxen
summary: Stöd för vuxna.
municipalities: [ronneby]
topics: [alkohol]
audience: [egen-del]
referral: nej
dropIn: true
source: [https://example.org/ronneby]
reviewed: 2026-01-01
verified: false
verificationNote: Numret är inte bekräftat.
`;

describe('the call list', () => {
  it('has one sheet per municipality in the site\'s order, then the region, then the national lines', () => {
    expect(sheetsOf().map((s) => s.id)).toEqual(['karlskrona', 'ronneby', 'regionen', 'nationellt']);
  });

  it('puts an offer for one municipality on its sheet, and one for all or several on the region\'s', () => {
    const sheets = sheetsOf((content) => content.write('services/ronneby-vuxen.yaml', ronnebyService));
    expect(sheet(sheets, 'ronneby').items.map((i) => i.file)).toEqual(['content/services/ronneby-vuxen.yaml']);
    expect(sheet(sheets, 'karlskrona').items).toEqual([]);
    // The fixture's clinic serves both municipalities (that is, all) and its group serves "alla".
    expect(sheet(sheets, 'regionen').items.map((i) => i.file)).toEqual(['content/programmes/anhoriggrupp.yaml', 'content/services/beroendemottagningen.yaml']);
    expect(sheet(sheets, 'regionen').items.every((i) => i.serves === undefined)).toBe(true);
  });

  it('names the municipalities of an offer shared by some of them', () => {
    const sheets = sheetsOf((content) => {
      content.replace('site.yaml', 'municipalities: [karlskrona, ronneby]', 'municipalities: [karlskrona, ronneby, olofstrom]');
      content.write('municipalities/olofstrom.yaml', 'name: Olofström\nsource: [https://example.org/kommun]\nreviewed: 2026-01-01\nverified: true\n');
    });
    expect(sheet(sheets, 'regionen').items.find((i) => i.file.endsWith('beroendemottagningen.yaml'))!.serves).toBe('Gäller: karlskrona, ronneby');
  });

  it('asks of each fact by its kind: a fact shown is checked, a fact missing is asked for', () => {
    const sheets = sheetsOf((content) => content.write('services/ronneby-vuxen.yaml', ronnebyService));
    const item = sheet(sheets, 'ronneby').items[0]!;
    // No number of its own: the switchboard must be told which unit to put the call through to.
    expect(item.facts.map((f) => f.kind)).toEqual(['unit', 'phone', 'hours', 'address', 'dropIn', 'referral']);
    const phone = item.facts.find((f) => f.kind === 'phone')!;
    expect(phone).toMatchObject({ current: undefined, question: factQuestions.phone.ask });
    expect(item.facts.find((f) => f.kind === 'referral')).toMatchObject({ current: 'nej', question: factQuestions.referral.check('nej') });
    expect(item.note).toBe('Numret är inte bekräftat.');

    // The region's clinic has a number and hours: both are checked, and its own number is whom to ask.
    const clinic = sheet(sheets, 'regionen').items.find((i) => i.file.endsWith('beroendemottagningen.yaml'))!;
    expect(clinic.facts.map((f) => f.kind)).toEqual(['phone', 'hours', 'address', 'referral']);
    expect(clinic.facts[0]).toMatchObject({ current: '0455-73 10 00', question: factQuestions.phone.check('0455-73 10 00') });
    expect(clinic.facts[1]!.current).toBe('Mo-Fr 08:00-16:30; PH off');
    expect(clinic.askFor).toEqual(['Fråga efter: Beroendemottagningen', 'Enhetens eget nummer: 0455-73 10 00']);
  });

  it('leaves verified facts out', () => {
    const sheets = sheetsOf((content) => {
      content.replace('services/beroendemottagningen.yaml', 'verified: false', 'verified: true');
      content.replace('programmes/anhoriggrupp.yaml', 'verified: false', 'verified: true');
    });
    expect(questionCount(sheets)).toBe(0);
  });

  it('puts unverified national lines on their own sheet, asked of the line itself', () => {
    const sheets = sheetsOf((content) => content.replace('helplines/sjalvmordslinjen.yaml', 'verified: true', 'verified: false'));
    const national = sheet(sheets, 'nationellt');
    expect(national.items.map((i) => i.file)).toEqual(['content/helplines/sjalvmordslinjen.yaml']);
    expect(kinds(national, 'content/helplines/sjalvmordslinjen.yaml')[0]).toBe('phone');
  });

  it("asks a municipality's switchboard, or names the municipality's web when its file has no number", () => {
    const withWeb = sheetsOf((content) => content.replace('municipalities/ronneby.yaml', 'name: ronneby', 'name: Ronneby\nweb: https://www.ronneby.se/'));
    expect(sheet(withWeb, 'ronneby').whom).toEqual(['Kommunens växel: numret står på kommunens webbplats, https://www.ronneby.se/']);
    expect(sheet(withWeb, 'ronneby').title).toBe('Ronneby');
  });

  it("names the switchboard from the municipality's file when it has one, and asks about it while it is unverified", () => {
    // The municipality schema gains `switchboard` in issue 16, point 3: the list reads it when present.
    const result = checked();
    const entries = result.entries.map((entry) =>
      entry.collection === 'municipalities' && entry.id === 'ronneby'
        ? { ...entry, data: { ...entry.data, switchboard: { phone: { display: '0457-61 80 00', tel: '+46457618000' }, name: 'kontaktcenter', verified: false } } }
        : entry,
    );
    const ronneby = sheet(callSheets(entries, result.site!), 'ronneby');
    expect(ronneby.whom).toEqual(['Kontaktcenter: 0457-61 80 00 (numret är inte heller bekräftat)']);
    expect(ronneby.items.map((i) => i.facts.map((f) => f.kind))).toEqual([['switchboard']]);
  });

  it('is in the Markdown report, one heading per sheet and a checkbox per question', () => {
    const result = checked((content) => content.write('services/ronneby-vuxen.yaml', ronnebyService));
    const markdown = reportMarkdown(contentReport(result.entries, result.site!, '2026-06-01'));
    expect(markdown).toContain(`## Att ringa: obekräftade uppgifter per kommun (${questionCount(callSheets(result.entries, result.site!))})`);
    for (const title of ['### karlskrona', '### ronneby', '### Regionen', '### Nationella linjer']) expect(markdown).toContain(title);
    expect(markdown).toContain(`- [ ] Telefon (Nu på sidan: saknas): ${factQuestions.phone.ask}`);
  });
});
