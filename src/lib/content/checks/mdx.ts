// MDX bodies, parsed as the build parses them (Sätteri, after Astro blanks the front matter), and
// held to what content may be: text in markdown and the site's own blocks, nothing that runs or
// loads code. MDX is code: an `import`, an `export` or a `{…}` expression would run on the build
// machine and could publish its files or environment, so none is allowed, not even in a block's
// attribute. Raw HTML elements are not allowed either, none at all: the pages need nothing that
// markdown cannot write, and each allowed element would need its own rules for attributes.
// The content check and the build's MDX guard (src/integrations/mdx-guard.ts) both call this.
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast } from 'satteri';
import { blockAttributes, blockNames, type BlockName } from '../../../features/editions/blocks/names.ts';
import { referenceEdition, type Edition } from '../../../i18n/editions.ts';
import type { CollectionName } from '../collections.ts';
import { routeTable, type RouteEntry, type RouteInput, type RouteTable } from '../routes.ts';
import { checkContentPaths, excerpt, imageProblem, isCodeUrl, linkProblem, nearest } from './links.ts';

/**
 * The parser's features as the build sets them: astro.config.mjs's satteri() sets none, and
 * @astrojs/mdx turns on GFM and smart punctuation by default (its create-processor.js).
 */
export const buildFeatures = { gfm: true, smartPunctuation: true } as const;

export interface MdxRules {
  /** The site's blocks are given to knowledge pages and to pages in other editions only. */
  blocksAllowed: boolean;
  /** Without it, links on this site are not looked up (the build's guard has no route table). */
  routes?: RouteTable;
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  name?: string | null;
  attributes?: Attribute[];
  value?: unknown;
  url?: string;
  depth?: number;
  identifier?: string;
}

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Problem {
  line: number;
  text: string;
}

export const formatLineError = (file: string, line: number, text: string) => `${file}: rad ${line}: ${text}`;

/** The body as the build hands it to the compiler: front matter replaced by spaces, lines kept. */
export function bodyAsCompiled(source: string): string {
  try {
    return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
  } catch {
    // Front matter the build cannot read fails the build there; the check reports it on its own.
    return source.replace(/^\uFEFF?---[\s\S]*?\n---/, (head) => head.replace(/[^\r\n]/g, ' '));
  }
}

/** Every problem in one MDX file, each as `<file>: rad <n>: <what is wrong>. <how to fix it>.` */
export function checkMdxSource(source: string, file: string, rules: MdxRules): string[] {
  const body = bodyAsCompiled(source);
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: buildFeatures }) as unknown as Node;
  } catch (error) {
    const { line, text } = describeSyntaxError(error, body);
    return [formatLineError(file, line, text)];
  }
  const lines = body.split(/\r?\n/);
  const problems: Problem[] = [];
  const add = (node: Node, text: string) => problems.push({ line: node.position?.start.line ?? 1, text });
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition') definitions.set(String(node.identifier ?? '').toLowerCase(), node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(tree);
  let headingDepth = 1; // the page's title is its h1
  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, esmProblem(String(node.value ?? '')));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, /^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value ?? ''))
          ? 'en kommentar {/* … */} är kod i MDX och är inte tillåten i innehållet. Ta bort kommentaren.'
          : `"${excerpt(`{${String(node.value ?? '')}}`)}" är kod och är inte tillåtet i innehållet. Menar du klammerparenteserna som text, skriv \\{ och \\}; annars ta bort dem.`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const text of elementProblems(node, rules)) add(node, text);
        break;
      case 'heading': {
        const depth = node.depth ?? 1;
        const written = `"${excerpt(lines[(node.position?.start.line ?? 1) - 1]?.trim() ?? '')}"`;
        if (depth === 1) {
          add(node, `rubriken ${written} är en huvudrubrik (#), men sidans titel (fältet title) är redan sidans huvudrubrik. Skriv ## i stället för #.`);
        } else if (depth > headingDepth + 1) {
          const expected = '#'.repeat(headingDepth + 1);
          const order = headingDepth === 1 ? 'den första rubriken i texten är ## (titeln är #)' : `efter ${'#'.repeat(headingDepth)} kommer ${expected}`;
          add(node, `rubriken ${written} hoppar över en rubriknivå: ${order}. Skriv ${expected} i stället för ${'#'.repeat(depth)}.`);
        }
        headingDepth = depth;
        break;
      }
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '', rules.routes);
        if (problem) add(node, problem);
        break;
      }
      case 'image': {
        const problem = imageProblem(node.url ?? '', rules.routes);
        if (problem) add(node, problem);
        break;
      }
      case 'imageReference': {
        // ![text][name]: the address stands in a definition further down, checked as a link too.
        const url = definitions.get(String(node.identifier ?? '').toLowerCase());
        const problem = url === undefined ? undefined : imageProblem(url, rules.routes);
        if (problem) add(node, problem);
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems.sort((a, b) => a.line - b.line).map((p) => formatLineError(file, p.line, p.text));
}

function esmProblem(code: string): string {
  return /^\s*import\b/.test(code)
    ? `"${excerpt(code.trim().split('\n')[0]!)}" hämtar kod eller filer till sidan och är inte tillåtet i innehållet. Ta bort raden: webbplatsens komponenter (${blockNames.join(', ')}) finns på sidan utan import.`
    : `"${excerpt(code.trim().split('\n')[0]!)}" är kod och är inte tillåtet i innehållet. Ta bort raden; sidans uppgifter skrivs i fälten mellan raderna med --- överst i filen.`;
}

// Elements that run code, load something from an address or take input.
const runsOrLoads = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'template', 'noscript', 'svg', 'math', 'portal', 'canvas']);
const media = new Set(['img', 'image', 'picture', 'source', 'video', 'audio', 'track']);
const markdownFor: Record<string, string> = {
  a: 'Skriv en länk som [text](/akut/).',
  br: 'Börja ett nytt stycke med en tom rad.',
  b: 'Skriv fet stil som **text**.',
  strong: 'Skriv fet stil som **text**.',
  i: 'Skriv kursiv stil som *text*.',
  em: 'Skriv kursiv stil som *text*.',
  ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, 'Skriv en rubrik som ## Rubrik.'])),
  ...Object.fromEntries(['ul', 'ol', 'li'].map((l) => [l, 'Skriv en lista med - först på varje rad.'])),
};

function elementProblems(node: Node, rules: MdxRules): string[] {
  const name = node.name;
  const problems: string[] = [];
  const isBlock = !!name && (blockNames as string[]).includes(name);
  if (!name) {
    problems.push('en tom tagg <> … </> används inte i innehållet. Ta bort <> och </>.');
  } else if (/^[A-Z]/.test(name)) {
    if (!isBlock) {
      const guess = nearest(name, blockNames, true);
      problems.push(guess
        ? `<${name}> är ingen av webbplatsens komponenter. Menade du <${guess} />? De som finns är: ${blockNames.join(', ')}.`
        : `<${name}> är ingen av webbplatsens komponenter. Använd en av: ${blockNames.join(', ')}, eller ta bort den.`);
    } else if (!rules.blocksAllowed) {
      problems.push(`<${name} /> kan inte användas på den här sidan: webbplatsens komponenter visas bara på kunskapssidor och på sidor i andra språkversioner. Ta bort den.`);
    }
  } else if (runsOrLoads.has(name.toLowerCase())) {
    problems.push(`<${name}> kan köra kod eller hämta innehåll och är inte tillåtet i innehållet. Ta bort det; skriv texten med markdown.`);
  } else if (media.has(name.toLowerCase())) {
    problems.push(`<${name}> hämtar bild eller ljud från en adress och är inte tillåtet i innehållet. Skriv en bild som ![Beskrivning](/bild.svg), med filen i public/.`);
  } else {
    problems.push(`HTML-taggen <${name}> används inte i innehållet. ${markdownFor[name.toLowerCase()] ?? 'Ta bort taggen och skriv texten med markdown.'}`);
  }
  // No block has a slot: text written inside one would vanish from the page without a word.
  if (isBlock && rules.blocksAllowed && (node.children ?? []).length > 0) {
    problems.push(`<${name}> tar inget innehåll, och det som står inom den visas inte. Skriv <${name} /> på en egen rad och texten före eller efter den.`);
  }
  const attributes = node.attributes ?? [];
  problems.push(...(isBlock ? blockAttributeProblems(name as BlockName, attributes) : attributeProblems(name ?? '', attributes)));
  return problems;
}

/** On any element: whatever runs code, even where the element itself is refused already. */
function attributeProblems(element: string, attributes: Attribute[]): string[] {
  return attributes.flatMap((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return [spreadProblem(element, attribute)];
    if (typeof attribute.value === 'object' && attribute.value !== null) return [expressionAttributeProblem(element, attribute)];
    const name = attribute.name ?? '';
    if (/^on/i.test(name)) return [`attributet ${name} på <${element}> kör kod när något händer på sidan och är inte tillåtet. Ta bort det.`];
    if (typeof attribute.value === 'string' && isCodeUrl(attribute.value)) {
      return [`attributet ${name}="${excerpt(attribute.value)}" på <${element}> kör kod och är inte tillåtet. Ta bort det.`];
    }
    return [];
  });
}

function blockAttributeProblems(block: BlockName, attributes: Attribute[]): string[] {
  const allowed: readonly string[] = blockAttributes[block];
  return attributes.flatMap((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return [spreadProblem(block, attribute)];
    if (typeof attribute.value === 'object' && attribute.value !== null) return [expressionAttributeProblem(block, attribute)];
    const name = attribute.name ?? '';
    if (!allowed.includes(name)) {
      return [allowed.length === 0
        ? `<${block}> tar inga attribut. Ta bort ${name} och skriv bara <${block} />.`
        : `<${block}> har inget attribut ${name}. Använd ${allowed.join(', ')}, eller ta bort det.`];
    }
    if (typeof attribute.value === 'string' && isCodeUrl(attribute.value)) {
      return [`attributet ${name}="${excerpt(attribute.value)}" på <${block}> kör kod och är inte tillåtet. Ta bort det.`];
    }
    return [];
  });
}

const expressionAttributeProblem = (element: string, attribute: Attribute) =>
  `${attribute.name}={${excerpt(String((attribute.value as { value?: unknown }).value ?? ''))}} på <${element}> är kod och är inte tillåtet i innehållet. Skriv värdet som text inom citattecken, t.ex. ${attribute.name}="…", eller ta bort det.`;

const spreadProblem = (element: string, attribute: Attribute) =>
  `{${excerpt(String(attribute.value ?? ''))}} på <${element}> är kod och är inte tillåtet i innehållet. Ta bort det.`;

/**
 * The parser's error as one Swedish sentence with its line. The parser stops at the first error,
 * so a file shows one syntax error at a time.
 */
export function describeSyntaxError(error: unknown, body: string): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const [, lineText = '1', columnText = '1'] = /^(\d+):(\d+):/.exec(message) ?? [];
  const line = Number(lineText);
  const from = body.split(/\r?\n/)[line - 1]?.slice(Number(columnText) - 1) ?? '';
  const unclosed = /Expected a closing tag for `<([^`]*)>`/.exec(message);
  if (unclosed) {
    const tag = unclosed[1]!;
    if (tag === '') return { line, text: 'tecknen <> kan inte stå i texten. Skriv \\<> om du menar tecknen.' };
    if ((blockNames as string[]).includes(tag)) return { line, text: `<${tag}> stängs aldrig. Skriv komponenten som <${tag} /> (med snedstreck före >).` };
    return { line, text: `"<${excerpt(tag)}>" stängs aldrig. Menar du tecknen < och > i texten, skriv \\<${excerpt(tag)}> i stället; en komponent skrivs <Namn />.` };
  }
  const strayClose = /Unexpected closing tag `<\/([^`]*)>`, expected an open tag first/.exec(message);
  if (strayClose) return { line, text: `"</${excerpt(strayClose[1]!)}>" stänger en tagg som aldrig öppnades. Ta bort den, eller skriv \\</${excerpt(strayClose[1]!)}> om du menar texten.` };
  const wrongClose = /Unexpected closing tag `<\/([^`]*)>`, expected corresponding closing tag for `<([^`]*)>` \((\d+):/.exec(message);
  if (wrongClose) {
    return { line, text: `"</${excerpt(wrongClose[1]!)}>" stänger inte "<${excerpt(wrongClose[2]!)}>" från rad ${wrongClose[3]}. Stäng taggarna i omvänd ordning, eller skriv komponenten som <${excerpt(wrongClose[2]!)} />.` };
  }
  if (/expected a corresponding closing brace for `\{`/.test(message)) {
    return { line, text: 'klammerparentesen { stängs aldrig. En klammerparentes i texten skrivs \\{ (och \\}); eller skriv om meningen utan den.' };
  }
  if (/to create a comment in MDX/.test(message)) {
    return { line, text: 'en HTML-kommentar (<!-- … -->) går inte att använda här. Ta bort kommentaren.' };
  }
  const address = /^<((?:https?:|mailto:|www\.)[^>\s]*)>/i.exec(from);
  if (address) {
    return { line, text: `"${excerpt(address[0])}" blir ingen länk här. Skriv länken som [text](adress), t.ex. [1177](https://www.1177.se/).` };
  }
  if (/Unexpected character after `<`/.test(message)) {
    return { line, text: 'tecknet < kan inte stå så här i texten. Skriv \\< om du menar tecknet (t.ex. \\<5 år), eller skriv ut orden "mindre än". En komponent skrivs <Namn />.' };
  }
  return { line, text: 'raden går inte att läsa som MDX. Skriv tecknen <, >, { och } som \\<, \\>, \\{ och \\} om du menar tecknen, och en komponent som <Namn />.' };
}

/** An MDX file of a collection, as the content check found it. */
export interface MdxFile {
  path: string;
  /** The path shown in messages, e.g. content/kunskap/laro.mdx. */
  file: string;
  collection: CollectionName;
  id: string;
}

export interface PagesAndLinksInput {
  mdxFiles: MdxFile[];
  entries: (RouteEntry & { file: string })[];
  invalid: (RouteEntry & { file: string })[];
  knownIds: Map<CollectionName, Set<string>>;
  site?: RouteInput['site'] | undefined;
  editions: Edition[];
  publicDir: string;
}

/** Every MDX body and every content field that holds a path on this site, against the route table. */
export function checkPagesAndLinks(input: PagesAndLinksInput): { errors: string[]; routes: RouteTable } {
  const routes = routeTable({ entries: input.entries, unchecked: input.invalid, ids: input.knownIds, site: input.site, editions: input.editions, publicDir: input.publicDir });
  const errors: string[] = [];
  const all = [...input.entries, ...input.invalid];
  for (const mdx of input.mdxFiles) {
    const entry = all.find((e) => e.collection === mdx.collection && e.id === mdx.id);
    // A page whose front matter cannot be read is not blamed for its blocks too.
    const lang = entry ? (entry.data.lang ?? referenceEdition.code) : undefined;
    const blocksAllowed = mdx.collection === 'knowledge' || lang !== referenceEdition.code;
    errors.push(...checkMdxSource(readFileSync(mdx.path, 'utf8'), mdx.file, { blocksAllowed, routes }));
  }
  errors.push(...checkContentPaths(all, routes));
  return { errors, routes };
}
