// The relatives' guide's answers and what the matching reads from them. The questions, their
// order and when each is asked: relatives-flow.ts.
import type { programmeHelpValues } from '../../../schemas/programme.ts';

export const relationOptions = [
  { slug: 'partner', label: 'Partner', forWhom: 'partner', alwaysAdult: true },
  { slug: 'foralder', label: 'Förälder', forWhom: 'foralder', alwaysAdult: true },
  { slug: 'barn', label: 'Barn till personen (son eller dotter)', forWhom: 'barn', alwaysAdult: false },
  { slug: 'syskon', label: 'Syskon', forWhom: 'syskon', alwaysAdult: false },
  { slug: 'van', label: 'Vän eller kollega', forWhom: 'van', alwaysAdult: false },
] as const;
export type Relation = (typeof relationOptions)[number]['slug'];

export const relativeAgeOptions = [
  { slug: 'under-18', label: 'Under 18 år' },
  { slug: 'vuxen', label: '18 år eller äldre' },
] as const;
export type RelativeAge = (typeof relativeAgeOptions)[number]['slug'];

export const wantOptions: { slug: (typeof programmeHelpValues)[number]; label: string }[] = [
  { slug: 'prata-nu', label: 'Prata med någon nu' },
  { slug: 'traffa-andra', label: 'Träffa andra i samma situation' },
  { slug: 'lara-mer', label: 'Lära mig mer' },
  { slug: 'hjalpa-personen', label: 'Hjälpa personen att söka vård' },
];
export type Want = (typeof programmeHelpValues)[number];

export interface GuideAnswers {
  relation: Relation;
  age: RelativeAge;
  /** A municipality id, or the region's answer for elsewhere (Region.outside.id). */
  place: string;
  want: Want;
}
