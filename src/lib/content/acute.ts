import type { CollectionEntry } from 'astro:content';
import { getSite } from './site.ts';

/** Acute lines in the order a person in crisis needs them: the acute strip's lines first. */
export function acuteHelplines(all: CollectionEntry<'helplines'>[]) {
  const first = Object.values(getSite().acuteStrip);
  const rank = (id: string) => (first.includes(id) ? first.indexOf(id) : first.length);
  return all
    .filter((h) => h.data.acute)
    .sort((a, b) => rank(a.id) - rank(b.id) || a.data.name.localeCompare(b.data.name, 'sv'));
}

const acuteKinds = new Set(['akutmottagning', 'psykiatrisk-akut', 'socialjour', 'bup', 'narakut']);

export function acuteServices(all: CollectionEntry<'services'>[]) {
  return all.filter((s) => acuteKinds.has(s.data.kind)).sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv'));
}
