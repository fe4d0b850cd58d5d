// The relatives' guide as a question flow: who you are to the person, your age (not asked where
// the relation makes you an adult), where you live and what you want, under /for-anhoriga/guide/.
// A question is added here, and every page, link and the route table follow.
import type { Flow } from '../../question-flow.ts';
import type { Region } from '../../region.ts';
import { relationOptions, relativeAgeOptions, wantOptions, type GuideAnswers } from './relatives-questions.ts';

export function relativesFlow(region: Pick<Region, 'places' | 'placeLabel' | 'inPlace'>): Flow<GuideAnswers> {
  return {
    base: '/for-anhoriga/guide/',
    title: 'Stöd för anhöriga',
    questions: [
      { key: 'relation', text: 'Vem är du för den du är orolig för?', options: relationOptions },
      {
        key: 'age',
        text: 'Hur gammal är du?',
        options: relativeAgeOptions,
        askedWhen: (a) => !relationOptions.find((o) => o.slug === a.relation)!.alwaysAdult,
        answerWhenSkipped: 'vuxen',
      },
      { key: 'place', text: 'Var bor du?', options: region.places.map((place) => ({ slug: place, label: region.placeLabel(place) })) },
      { key: 'want', text: 'Vad vill du helst just nu?', options: wantOptions },
    ],
    resultTitle: (a) => `Stöd för anhöriga ${region.inPlace(a.place)}`,
  };
}
