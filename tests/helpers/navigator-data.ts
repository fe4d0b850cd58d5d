// The navigator's input built from the real content, as the site builds it.
import { join } from 'node:path';
import type { NavigatorData } from '../../src/features/navigator/match.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

/** Every entry of the real content, validated as the build validates it. */
export function realContent() {
  const report = validateContent(join(import.meta.dirname, '../../content'));
  if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
  return report.entries;
}

export function realNavigatorData(): NavigatorData {
  const report = validateContent(join(import.meta.dirname, '../../content'));
  if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
  const of = <T>(collection: string) =>
    report.entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as T }));
  return {
    services: of('services'),
    programmes: of('programmes'),
    helplines: of('helplines'),
    acuteStripHelplines: Object.values(report.site!.acuteStrip),
  };
}
