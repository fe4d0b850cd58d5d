// `npm run check:content`: the same check the build runs, without building. Prints every error,
// then how many and in how many files, and the time since the process started.
// `npm run check:content -- <folder>` checks another copy of content/ (the texts are read from
// this project's src/i18n/).
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateContent } from '../src/lib/content/validate.ts';

const project = resolve(import.meta.dirname, '..');
const folder = resolve(process.argv[2] ?? join(project, 'content'));
const report = validateContent(folder, { displayRoot: resolve(folder, '..'), i18nDir: join(project, 'src', 'i18n') });
const seconds = (performance.now() / 1000).toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

// Warnings come after the errors or the OK line and never change the exit code: time passing
// must not fail a check that the content itself passes.
function printWarnings() {
  if (report.warnings.length === 0) return;
  console.warn(`\n${report.warnings.length === 1 ? '1 varning' : `${report.warnings.length} varningar`} (stoppar inte bygget):`);
  for (const warning of report.warnings) console.warn(warning);
}

if (report.errors.length > 0) {
  for (const error of report.errors) console.error(error);
  const files = new Set(report.errors.map((error) => error.slice(0, error.indexOf(': ')))).size;
  console.error(`\n${report.errors.length} fel i ${files} ${files === 1 ? 'fil' : 'filer'} (${seconds} s). Rätta felen och kör npm run check:content igen.`);
  printWarnings();
  process.exit(1);
}
console.log(`Innehållet är giltigt: ${report.files} filer (${seconds} s).`);
printWarnings();
