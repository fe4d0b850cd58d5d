// The content report of the content/ folder as it is at build time.
import { join } from 'node:path';
import { buildDate } from '../../lib/build-date.ts';
import { validateContent } from '../../lib/content/validate.ts';
import { contentReport, type ContentReportModel } from './report.ts';

export function loadContentReport(root = process.cwd()): ContentReportModel {
  const checked = validateContent(join(root, 'content'), { displayRoot: root });
  // The build's content check has already stopped on any error; this only satisfies the types.
  if (!checked.site) throw new Error('content/site.yaml kunde inte läsas: kör npm run check:content.');
  return contentReport(checked.entries, checked.site, buildDate());
}
