// The navigator's input built from the real content, as the site builds it.
import { join } from 'node:path';
import type { NavigatorData } from '../../src/lib/content/guides/navigator-match.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { describeRegion, type Region } from '../../src/lib/region.ts';

const contentRoot = join(import.meta.dirname, '../../content');

/** Every entry of the real content, validated as the build validates it. */
export function realContent() {
  const report = validateContent(contentRoot);
  if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
  return report.entries;
}

/** The region of a content folder (the real one unless given), as the build describes it. */
export function regionOf(root = contentRoot): Region {
  const report = validateContent(root);
  if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
  const names = new Map(report.entries.filter((e) => e.collection === 'municipalities').map((e) => [e.id, String(e.data['name'])]));
  return describeRegion(report.site!, (id) => names.get(id));
}

export function realNavigatorData(): NavigatorData {
  return navigatorDataOf(contentRoot);
}

/** The navigator's input from a content folder, e.g. a fixture under tests/fixtures/. */
export function navigatorDataOf(root: string): NavigatorData {
  const report = validateContent(root);
  if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
  const names = new Map(report.entries.filter((e) => e.collection === 'municipalities').map((e) => [e.id, String(e.data['name'])]));
  const of = <T>(collection: string) =>
    report.entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as T }));
  return {
    services: of('services'),
    programmes: of('programmes'),
    helplines: of('helplines'),
    acuteStripHelplines: Object.values(report.site!.acuteStrip),
    region: describeRegion(report.site!, (id) => names.get(id)),
  };
}
