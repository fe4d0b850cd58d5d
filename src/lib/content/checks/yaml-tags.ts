// The check reads YAML with the `yaml` package; Astro's loaders read the same files with js-yaml.
// The two agree on everything an editor writes, except YAML tags: `!include x` is a warning and a
// text for one, and stops the build with an English error in the other; `!!binary`, `!!set` and
// the like give each of them other data. So a tag other than the plain types is refused here.
import { isNode, visit, type Document } from 'yaml';

const plainTypes = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((type) => `tag:yaml.org,2002:${type}`));

/** The first YAML tag both readers do not read alike, as the sentence an editor reads; `firstLine` is the YAML's first line in the file. */
export function unsupportedYamlTag(doc: Document, yaml: string, firstLine = 1): string | undefined {
  let problem: string | undefined;
  visit(doc, (_, node) => {
    if (!isNode(node) || !node.tag || plainTypes.has(node.tag)) return undefined;
    const line = yaml.slice(0, node.range?.[0] ?? 0).split('\n').length + firstLine - 1;
    const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
    problem = `rad ${line}: "${tag.slice(0, 40)}" är en YAML-tagg, och sådana används inte i innehållet. Ta bort taggen så att raden bara har fältet och dess värde.`;
    return visit.BREAK;
  });
  return problem;
}
