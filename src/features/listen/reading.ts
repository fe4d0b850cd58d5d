// What "Lyssna" may use and what it reads, free of the DOM so that unit tests reach it: the one
// voice allowed for a page, and a page's text as sentences in sections.

/** The part of a SpeechSynthesisVoice the choice looks at. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** "sv-SE", "sv_se" and "sv" are all Swedish: the first subtag, in lower case. */
const language = (tag: string) => tag.toLowerCase().replace(/_/g, '-').split('-')[0] ?? '';

/**
 * A voice that runs on the reader's own device and speaks the page's language, or none. Any other
 * voice (Chrome's "Google svenska", for one, has localService false) speaks by sending the text to
 * its vendor's servers, so it is never used, not even when it is the browser's default.
 * Among the local voices the device's default comes first, then the first one listed.
 */
export function localVoiceFor<Voice extends VoiceLike>(voices: readonly Voice[], pageLang: string): Voice | undefined {
  const wanted = language(pageLang);
  const local = voices.filter((voice) => voice.localService === true && language(voice.lang) === wanted);
  return local.find((voice) => voice.default) ?? local[0];
}

/**
 * A block's text as sentences: one utterance each, so that pausing, highlighting and the next
 * section move in small steps, and so that no utterance runs long enough for a browser to cut it.
 */
export function sentencesOf(text: string, lang: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  if (typeof Intl.Segmenter !== 'function') return [clean];
  return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(clean)].map((s) => s.segment.trim()).filter(Boolean);
}

/** A piece of the page as the reader sees it: a paragraph, a list item, a heading. */
export interface Block<Node> {
  node: Node;
  text: string;
  heading: boolean;
}

/** One utterance: a sentence, the block it belongs to (highlighted while it is read) and its section. */
export interface Part<Node> {
  node: Node;
  text: string;
  section: number;
}

/** The page's blocks as sentences; each heading begins a section (the text before the first is section 0). */
export function readingParts<Node>(blocks: readonly Block<Node>[], lang: string): Part<Node>[] {
  const parts: Part<Node>[] = [];
  let section = 0;
  for (const block of blocks) {
    const sentences = sentencesOf(block.text, lang);
    if (sentences.length === 0) continue;
    if (block.heading && parts.length > 0) section += 1;
    for (const text of sentences) parts.push({ node: block.node, text, section });
  }
  return parts;
}

/** Where the section after the one being read begins: the index of its first part, or the end. */
export function nextSectionStart(parts: readonly Part<unknown>[], index: number): number {
  const current = parts[index]?.section;
  if (current === undefined) return parts.length;
  const next = parts.findIndex((part, i) => i > index && part.section !== current);
  return next === -1 ? parts.length : next;
}
