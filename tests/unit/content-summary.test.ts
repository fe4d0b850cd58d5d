// The job summary CI writes on a pull request (.github/workflows/content.yml): the content check's
// errors for a broken change, grouped by file, in the check's own words.
import { describe, expect, it } from 'vitest';
import { contentSummary } from '../../scripts/lib/content-summary.ts';
import { withContent } from '../helpers/content-fixture.ts';

describe('the content summary on a pull request', () => {
  it('groups a broken change\'s errors by file, in the content check\'s words', () => {
    const errors = withContent((content) => {
      content.replace('services/beroendemottagningen.yaml', 'phone: 0455-73 10 00', 'phone: "73 10 00"');
      content.replace('services/beroendemottagningen.yaml', 'municipalities: [karlskrona, ronneby]', 'municipalities: [karlskrona, lund]');
      content.replace('programmes/anhoriggrupp.yaml', 'organiserService: beroendemottagningen', 'organiserService: finns-inte');
    });
    expect(contentSummary(errors)).toBe(`## Innehållet har 3 fel i 2 filer

Ändringen kan inte tas in förrän felen är rättade. Öppna filen i redigeraren (eller i git), rätta det som står nedan och spara igen: kontrollen körs då på nytt.

### \`content/services/beroendemottagningen.yaml\`

- fältet "contact.phone": "73 10 00" saknar riktnummer. Skriv riktnumret först, med nollan, t.ex. 0XX-73 10 00.
- fältet "municipalities.1": "lund" är ingen kommun på webbplatsen. Använd en av: karlskrona, ronneby (eller ordet alla).

### \`content/programmes/anhoriggrupp.yaml\`

- fältet "organiserService": "finns-inte" är ingen mottagning. Använd filnamnet (utan .yaml) på en fil i content/services/, eller ta bort fältet.
`);
  });

  it('says so when the content is valid, and lists warnings without failing', () => {
    expect(contentSummary([])).toBe('## Innehållet är giltigt\n\nKontrollen hittade inga fel. Bygget körs i nästa steg.\n');
    expect(contentSummary([], ['content/a.yaml: fältet "reviewed": granskades senast 2025-01-01.'])).toContain('### 1 varning (stoppar inte)\n\n- content/a.yaml');
  });
});
