// The page for children and young people must be easy to read: LIX (läsbarhetsindex) at most 35,
// computed over the text of its main content as a reader gets it.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { elements, textOf } from '../helpers/html.ts';

export function lix(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?:]+(\s|$)/g) ?? []).length);
  const long = words.filter((w) => w.replace(/[-']/g, '').length > 6).length;
  return words.length / sentences + (long * 100) / words.length;
}

describe('readability', () => {
  it('computes LIX as the Swedish index does', () => {
    // 8 words, 2 sentences, 1 word over six letters: 8 / 2 + 100 / 8 = 16.5
    expect(lix('Det är inte ditt fel. Du kan berättelse.')).toBeCloseTo(16.5, 5);
  });

  it('the children\'s page has LIX ≤ 35', () => {
    const page = builtPages().find((p) => p.url === '/for-anhoriga/barn-och-unga/');
    expect(page).toBeDefined();
    const article = elements(page!.html, 'article')[0]!;
    // Lists are sentences too: end each item with a full stop for counting.
    const text = textOf(article.replace(/<\/(li|h2|h3|p)>/g, '. </$1>')).replace(/\.\s*\./g, '.');
    const value = lix(text);
    console.log(`LIX för /for-anhoriga/barn-och-unga/: ${value.toFixed(1)}`);
    expect(value).toBeLessThanOrEqual(35);
  });
});
