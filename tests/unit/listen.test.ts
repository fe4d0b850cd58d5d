// "Lyssna" (src/features/listen/reading.ts): which voice may read a page, and how a page's text is
// cut into sentences and sections. The browser test (tests/e2e/lyssna.spec.ts) drives the player.
import { describe, expect, it } from 'vitest';
import { localVoiceFor, nextSectionStart, readingParts, sentencesOf } from '../../src/features/listen/reading.ts';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({ name, lang, localService, default: isDefault });
const alva = voice('Alva', 'sv-SE', true);
const googleSwedish = voice('Google svenska', 'sv-SE', false, true);
const daniel = voice('Daniel', 'en-GB', true);

describe('the voice for a page', () => {
  it('is a voice on the device in the page\'s language, never one that sends the text away, even the default', () => {
    expect(localVoiceFor([googleSwedish, alva, daniel], 'sv')?.name).toBe('Alva');
    expect(localVoiceFor([googleSwedish, alva, daniel], 'en')?.name).toBe('Daniel');
  });

  it('is none when the only voices for the language are remote, or local ones are for other languages', () => {
    expect(localVoiceFor([googleSwedish, daniel], 'sv')).toBeUndefined();
    expect(localVoiceFor([], 'sv')).toBeUndefined();
    // A voice that does not say it is local is not taken for one.
    expect(localVoiceFor([{ ...alva, localService: undefined as unknown as boolean }], 'sv')).toBeUndefined();
  });

  it('matches the language whatever the region and spelling of its tag, and prefers the device\'s default', () => {
    expect(localVoiceFor([voice('Klara', 'sv_FI', true)], 'sv')?.name).toBe('Klara');
    expect(localVoiceFor([voice('Alva', 'SV-se', true)], 'sv')?.name).toBe('Alva');
    expect(localVoiceFor([alva, voice('Oskar', 'sv-SE', true, true)], 'sv')?.name).toBe('Oskar');
    // Lättläst pages are Swedish (lang="sv").
    expect(localVoiceFor([voice('Svea', 'svx', true)], 'sv')).toBeUndefined();
  });
});

describe('the text read', () => {
  it('is cut into sentences, abbreviations kept whole, whitespace as a reader sees it', () => {
    expect(sentencesOf('  LARO betyder\n läkemedelsassisterad behandling. Opioider är t.ex. heroin.  Ring 112! ', 'sv')).toEqual([
      'LARO betyder läkemedelsassisterad behandling.',
      'Opioider är t.ex. heroin.',
      'Ring 112!',
    ]);
    expect(sentencesOf(' \n ', 'sv')).toEqual([]);
  });

  it('is in sections that begin at each heading, and the next section is the next heading', () => {
    const parts = readingParts(
      [
        { node: 'h1', text: 'LARO', heading: true },
        { node: 'p1', text: 'Första. Andra.', heading: false },
        { node: 'h2a', text: 'Vad är LARO?', heading: true },
        { node: 'empty', text: '  ', heading: false },
        { node: 'p2', text: 'Tredje.', heading: false },
        { node: 'h2b', text: 'Källor', heading: true },
      ],
      'sv',
    );
    expect(parts.map((p) => [p.node, p.text, p.section])).toEqual([
      ['h1', 'LARO', 0],
      ['p1', 'Första.', 0],
      ['p1', 'Andra.', 0],
      ['h2a', 'Vad är LARO?', 1],
      ['p2', 'Tredje.', 1],
      ['h2b', 'Källor', 2],
    ]);
    expect(nextSectionStart(parts, 0)).toBe(3);
    expect(nextSectionStart(parts, 2)).toBe(3);
    expect(nextSectionStart(parts, 4)).toBe(5);
    // From the last section, the end: the reading is over.
    expect(nextSectionStart(parts, 5)).toBe(6);
  });

  it('begins with section 0 even when the page opens with text before any heading', () => {
    const parts = readingParts([{ node: 'p', text: 'Inledning.', heading: false }, { node: 'h2', text: 'Rubrik', heading: true }], 'sv');
    expect(parts.map((p) => p.section)).toEqual([0, 1]);
  });
});
