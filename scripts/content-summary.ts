// CI on a pull request: the content check, written as the job's summary (GITHUB_STEP_SUMMARY)
// grouped by file, and printed as `npm run check:content` prints it. Fails as the check does.
import { appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateContent } from '../src/lib/content/validate.ts';
import { contentSummary } from './lib/content-summary.ts';

const project = resolve(import.meta.dirname, '..');
const report = validateContent(join(project, 'content'), { displayRoot: project });
const summary = contentSummary(report.errors, report.warnings);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
console.log(summary);
process.exit(report.errors.length > 0 ? 1 : 0);
