// The relatives' guide: who you are to the person, your age (only where it can differ), where
// you live and what you want. Every step is a static page under /for-anhoriga/guide/.
import type { programmeHelpValues } from '../../schemas/programme.ts';

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

export const guideQuestion = {
  relation: 'Vem är du för den du är orolig för?',
  age: 'Hur gammal är du?',
  place: 'Var bor du?',
  want: 'Vad vill du helst just nu?',
} as const;

export function guidePath(answers: Partial<GuideAnswers>): string {
  const parts = [answers.relation, answers.age, answers.place, answers.want].filter((p): p is string => Boolean(p));
  return `/for-anhoriga/guide/${parts.map((p) => `${p}/`).join('')}`;
}

/** The first step a relation leads to: the age question, or straight to the place for adults. */
export function afterRelation(relation: Relation): string {
  const option = relationOptions.find((o) => o.slug === relation)!;
  return option.alwaysAdult ? guidePath({ relation, age: 'vuxen' }) : guidePath({ relation });
}
