// `npm run check:content`: the same check the build runs, without building.
import { validateContent } from '../src/lib/content/validate.ts';

const report = validateContent('content', { displayRoot: '.' });
for (const error of report.errors) console.error(error);
if (report.errors.length > 0) process.exit(1);
console.log(`Innehållet är giltigt: ${report.entries.length} filer.`);
