import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeGlossaryLinks } from '../../src/integrations/glossary-links.ts';

const glossary = {
  terms: [
    { id: 'sip', term: 'SIP', forms: ['SIP'], explanation: 'Samordnad individuell plan.' },
    { id: 'lvm', term: 'LVM', forms: ['LVM'], explanation: 'Lagen om vård av missbrukare i vissa fall.' },
  ],
};

const el = (tagName: string, ...children: (Element | string)[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: children.map((c) => (typeof c === 'string' ? { type: 'text' as const, value: c } : c)),
});

function run(...children: Element[]): string {
  const tree: Root = { type: 'root', children };
  rehypeGlossaryLinks(glossary)()(tree);
  return toHtml(tree);
}

describe('glossary links', () => {
  it('links the first appearance of each word on the page, and only that one', () => {
    expect(run(el('p', 'Be om en SIP. En SIP är en plan.'), el('p', 'LVM och SIP.'))).toBe(
      '<p>Be om en <a href="/ordlista/#sip" class="term">SIP</a>. En SIP är en plan.</p><p><a href="/ordlista/#lvm" class="term">LVM</a> och SIP.</p>',
    );
  });

  it('leaves headings and links alone and links the next appearance in text', () => {
    expect(run(el('h2', 'Vad är en SIP?'), el('p', el('a', 'SIP'), ' Fråga om SIP.'))).toBe(
      '<h2>Vad är en SIP?</h2><p><a>SIP</a> Fråga om <a href="/ordlista/#sip" class="term">SIP</a>.</p>',
    );
  });

  it('links whole words only', () => {
    expect(run(el('p', 'SIPs och LVM-hem'))).toBe('<p>SIPs och <a href="/ordlista/#lvm" class="term">LVM</a>-hem</p>');
  });
});
