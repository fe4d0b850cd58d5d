// The navigator's answers and what the matching reads from them (short forms for titles, topics,
// ages). The questions themselves, their order and when each is asked: navigator-flow.ts.

export const whoOptions = [
  { slug: 'for-mig', short: 'för dig', label: 'Mig själv' },
  { slug: 'for-nagon-annan', short: 'för anhöriga', label: 'Någon jag bryr mig om' },
  { slug: 'jag-ar-under-18', short: 'för unga', label: 'Jag är under 18 och orolig för någon' },
] as const;
export type Who = (typeof whoOptions)[number]['slug'];

export const concernOptions = [
  { slug: 'alkohol', short: 'alkohol', label: 'Alkohol', topics: ['alkohol'] },
  { slug: 'narkotika', short: 'narkotika', label: 'Narkotika, till exempel cannabis', topics: ['narkotika'] },
  { slug: 'lakemedel', short: 'läkemedel', label: 'Läkemedel', topics: ['lakemedel'] },
  { slug: 'spel', short: 'spel om pengar', label: 'Spel om pengar', topics: ['spel'] },
  { slug: 'flera', short: 'flera saker', label: 'Flera saker, eller psykisk ohälsa samtidigt', topics: ['alkohol', 'narkotika', 'lakemedel', 'spel', 'psykisk-ohalsa'] },
  { slug: 'vet-inte', short: 'oklar orsak', label: 'Vet inte', topics: ['alkohol', 'narkotika', 'lakemedel', 'spel'] },
] as const;
export type Concern = (typeof concernOptions)[number]['slug'];

export const ageOptions = [
  { slug: 'under-18', label: 'Under 18 år', min: 0, max: 17 },
  { slug: '18-25', label: '18–25 år', min: 18, max: 25 },
  { slug: '26-och-aldre', label: '26 år eller äldre', min: 26, max: 120 },
] as const;
export type AgeBand = (typeof ageOptions)[number]['slug'];

export interface Answers {
  who: Who;
  concern: Concern;
  /** A municipality id, or the region's answer for elsewhere (Region.outside.id). */
  place: string;
  /** Left out where the age does not change the result. */
  age?: AgeBand;
}
