// `npm run content:report`: what editors should look at next, as Markdown on stdout. The same
// report is a page of the built site, dist/innehallsrapport/index.html (noindex, not linked).
// It never fails on time passing: only unreadable content (the content check's errors) fails it.
import { resolve } from 'node:path';
import { contentReport, reportMarkdown } from '../src/features/content-report/report.ts';
import { buildDate } from '../src/lib/build-date.ts';
import { validateContent } from '../src/lib/content/validate.ts';

const root = resolve(import.meta.dirname, '..');
const checked = validateContent(resolve(root, 'content'), { displayRoot: root });
if (checked.errors.length > 0 || !checked.site) {
  for (const error of checked.errors) console.error(error);
  console.error('Rapporten kan inte göras förrän innehållet är giltigt (npm run check:content).');
  process.exit(1);
}
// With an editor block in content/site.yaml, each file links to itself in the editor at /admin/.
process.stdout.write(reportMarkdown(contentReport(checked.entries, checked.site, buildDate()), checked.site));
console.error('Samma rapport som webbsida: dist/innehallsrapport/index.html (skrivs av npm run build).');
