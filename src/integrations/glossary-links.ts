// Links the first appearance of each glossary word on a page to its explanation on /ordlista/,
// so that "SIP" or "LVM" is explained where a reader meets it. Headings, links and code are left
// alone; only whole words in running text are linked.
import type { Element, ElementContent, Root, Text } from 'hast';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getEditions } from '../i18n/editions.ts';
import { defineHastPlugin } from 'satteri';
import type { Glossary } from '../schemas/glossary.ts';

const skipped = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'abbr']);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function rehypeGlossaryLinks(glossary: Glossary | undefined) {
  const terms = (glossary?.terms ?? []).flatMap((term) => term.forms.map((form) => ({ id: term.id, form })));
  // Longer forms first, so "LARO-behandling" would win over "LARO".
  terms.sort((a, b) => b.form.length - a.form.length);
  const pattern = terms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map((t) => escape(t.form)).join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined;

  return () => (tree: Root) => {
    if (!pattern) return;
    const linked = new Set<string>();
    const visit = (node: Root | Element) => {
      const children: ElementContent[] = [];
      for (const child of node.children as ElementContent[]) {
        if (child.type === 'element') {
          if (!skipped.has(child.tagName)) visit(child);
          children.push(child);
        } else if (child.type === 'text') {
          children.push(...linkText(child, pattern, terms, linked));
        } else {
          children.push(child);
        }
      }
      node.children = children as typeof node.children;
    };
    visit(tree);
  };
}

function linkText(node: Text, pattern: RegExp, terms: { id: string; form: string }[], linked: Set<string>): ElementContent[] {
  const out: ElementContent[] = [];
  let rest = node.value;
  for (;;) {
    const match = pattern.exec(rest);
    if (!match) break;
    const form = match[1]!;
    const id = terms.find((t) => t.form === form)!.id;
    const end = match.index + form.length;
    if (linked.has(id)) {
      out.push({ type: 'text', value: rest.slice(0, end) });
    } else {
      linked.add(id);
      out.push({ type: 'text', value: rest.slice(0, match.index) });
      out.push({ type: 'element', tagName: 'a', properties: { href: `/ordlista/#${id}`, className: ['term'] }, children: [{ type: 'text', value: form }] });
    }
    rest = rest.slice(end);
  }
  out.push({ type: 'text', value: rest });
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

/**
 * The same linking as a Sätteri hast plugin, for Astro 7's default Markdown processor. The
 * factory runs once per document, so "first appearance" is counted per page.
 */
export function satteriGlossaryLinks(glossary: Glossary | undefined) {
  const terms = (glossary?.terms ?? []).flatMap((term) => term.forms.map((form) => ({ id: term.id, form })));
  terms.sort((a, b) => b.form.length - a.form.length);
  if (terms.length === 0) return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map((t) => escape(t.form)).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return () => {
    const linked = new Set<string>();
    let swedish: boolean | undefined;
    return defineHastPlugin({
      name: 'en-vag-in:glossary-links',
      text(node, ctx) {
        // The glossary explains Swedish words: pages in another language are left as written.
        swedish ??= isSwedishPage(ctx.fileURL);
        if (!swedish) return;
        for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
          if (skipped.has(parent.tagName)) return;
        }
        const parts = linkText({ type: 'text', value: node.value }, pattern, terms, linked);
        if (parts.length === 1 && parts[0]!.type === 'text') return;
        ctx.replaceNode(node, parts as never);
      },
    });
  };
}

const editionOfFile = new Map<string, string>();

/** Whether a content file's edition (its front matter's `lang`) is in Swedish; files without one are. */
function isSwedishPage(fileURL: URL | undefined): boolean {
  if (!fileURL || fileURL.protocol !== 'file:') return true;
  const path = fileURLToPath(fileURL);
  if (!editionOfFile.has(path)) {
    const frontmatter = existsSync(path) ? (/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '') : '';
    editionOfFile.set(path, /^lang:\s*['"]?([\w-]+)/m.exec(frontmatter)?.[1] ?? 'sv');
  }
  const code = editionOfFile.get(path)!;
  return (getEditions().find((edition) => edition.code === code)?.lang ?? 'sv') === 'sv';
}
