// The navigator as a question flow: who it is for, what it is about, where they live and, only
// where the answer changes the result, their age: /hitta-hjalp/<vem>/<vad>/<kommun>/<ålder>/.
// A question is added here, and every page, link and the route table follow.
import type { Flow } from '../../question-flow.ts';
import { ageMatters, type NavigatorData } from './navigator-match.ts';
import { ageOptions, concernOptions, whoOptions, type Answers } from './navigator-questions.ts';

/** `title`: the navigator page's own (content/pages/hitta-hjalp.mdx), which begins each question's title. */
export function navigatorFlow(data: NavigatorData, title = ''): Flow<Answers> {
  const { region } = data;
  const aboutSomeoneElse = (a: Partial<Answers>) => a.who === 'for-nagon-annan';
  // Asking costs three matches over every service: once per who, concern and place.
  const ageAsked = new Map<string, boolean>();
  return {
    base: '/hitta-hjalp/',
    title,
    questions: [
      { key: 'who', text: 'Vem gäller det?', options: whoOptions },
      { key: 'concern', text: 'Vad gäller det?', options: concernOptions },
      {
        key: 'place',
        text: (a) => (aboutSomeoneElse(a) ? 'Var bor den du är orolig för?' : 'Var bor du?'),
        options: region.places.map((place) => ({ slug: place, label: region.placeLabel(place) })),
      },
      {
        key: 'age',
        text: (a) => (aboutSomeoneElse(a) ? 'Hur gammal är den du är orolig för?' : 'Hur gammal är du?'),
        options: ageOptions,
        askedWhen: ({ who, concern, place }) => {
          const key = `${who}/${concern}/${place}`;
          if (!ageAsked.has(key)) ageAsked.set(key, ageMatters({ who: who!, concern: concern!, place: place! }, data));
          return ageAsked.get(key)!;
        },
      },
    ],
    resultTitle: (a) =>
      `Hjälp ${whoOptions.find((o) => o.slug === a.who)!.short} vid ${concernOptions.find((o) => o.slug === a.concern)!.short} ${region.inPlace(a.place)}`,
  };
}
