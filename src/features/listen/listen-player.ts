// The player behind "Lyssna", loaded by listen-aloud.client.ts on the first press only (a module
// of its own, so it starts itself on the control that asked for it). It reads
// the page's <main> aloud with speechSynthesis, using only a voice on the reader's own device
// (reading.ts), a sentence at a time, and marks the block being read.
import { localVoiceFor, nextSectionStart, readingParts, type Block, type Part } from './reading.ts';

type State = 'stopped' | 'playing' | 'paused';

/** How long to wait for a browser that lists its voices only after a while (Chrome does). */
const voicesWait = 2_000;

function deviceVoices(): Promise<SpeechSynthesisVoice[]> {
  const listed = speechSynthesis.getVoices();
  if (listed.length > 0) return Promise.resolve(listed);
  return new Promise((resolve) => {
    const done = () => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, voicesWait);
  });
}

/**
 * The player's own rules, adopted when it starts: the shared stylesheet stays as it was for every
 * page. A constructed sheet is not inline style, so the site's CSP allows it.
 */
const rules = `.listen [hidden]{display:none}[data-listen-current]{background:var(--color-warn-bg);outline:2px solid var(--color-warn-line);outline-offset:2px}`;

function adoptRules(buttons: HTMLButtonElement[]) {
  // Older browsers without constructed sheets keep plain buttons, which `hidden` still hides (the
  // row of buttons, a flex box, then stays when there is no voice: the line below it explains).
  if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const button of buttons) button.className = 'button button--secondary';
}

const isVisible = (element: Element) =>
  typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : element.getClientRects().length > 0;

/**
 * The text of <main> as a listener should hear it: what a screen reader reads, so the short forms
 * marked aria-hidden are left out and the words kept for screen readers (sr-only) are read;
 * nothing hidden, not the control itself, nor what the page marks data-listen-skip (a web
 * source's long path). Text is grouped by the block it is shown in.
 */
function readableBlocks(main: HTMLElement, control: HTMLElement): Block<HTMLElement>[] {
  const blocks: Block<HTMLElement>[] = [];
  const isBlock = new Map<Element, boolean>();
  const blockOf = (node: Node): HTMLElement => {
    let element = node.parentElement;
    while (element && element !== main) {
      let block = isBlock.get(element);
      if (block === undefined) {
        block = !getComputedStyle(element).display.startsWith('inline');
        isBlock.set(element, block);
      }
      if (block) return element;
      element = element.parentElement;
    }
    return main;
  };
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (!(node instanceof Element)) return NodeFilter.FILTER_ACCEPT;
      if (node === control || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('data-listen-skip') || !isVisible(node)) return NodeFilter.FILTER_REJECT;
      return node.tagName === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node);
    const text = node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : ' ';
    const last = blocks.at(-1);
    if (last?.node === block) last.text += text;
    else if (text.trim()) blocks.push({ node: block, text, heading: /^H[1-6]$/.test(block.tagName) });
  }
  return blocks;
}

class ListenPlayer {
  private state: State = 'stopped';
  private parts: Part<HTMLElement>[] = [];
  private index = 0;
  /**
   * The sentence being spoken. Only its own end moves on: one cancelled by pause, stop or next
   * section still fires end (or error) in some browsers and is ignored. Holding it also keeps a
   * browser from collecting it before its end event (Chrome did).
   */
  private speaking: SpeechSynthesisUtterance | undefined;
  private voice: SpeechSynthesisVoice | undefined;
  private marked: HTMLElement | undefined;
  private readonly words: DOMStringMap;
  private readonly toggle: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly stop: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly playLabel: string;

  constructor(private readonly control: HTMLElement) {
    this.words = control.dataset;
    this.toggle = control.querySelector('[data-listen-toggle]')!;
    this.next = control.querySelector('[data-listen-next]')!;
    this.stop = control.querySelector('[data-listen-stop]')!;
    this.status = control.querySelector('[data-listen-status]')!;
    this.playLabel = this.toggle.textContent ?? '';
  }

  /** The first press: find a local voice, then read from the top, or say that there is none. */
  async start(): Promise<void> {
    adoptRules([this.next, this.stop]);
    const lang = document.documentElement.lang;
    this.voice = localVoiceFor(await deviceVoices(), lang);
    if (!this.voice) {
      this.explainNoVoice();
      return;
    }
    const main = this.control.closest('main') ?? document.querySelector('main');
    if (!main) return;
    this.parts = readingParts(readableBlocks(main, this.control), lang);
    this.toggle.addEventListener('click', () => (this.state === 'playing' ? this.pause() : this.play()));
    this.next.addEventListener('click', () => this.skipToNextSection());
    this.stop.addEventListener('click', () => this.end(this.words.stopped ?? ''));
    this.control.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.state !== 'stopped') this.end(this.words.stopped ?? '');
    });
    // Leaving the page ends the reading: no voice follows the reader to the next page or back here.
    window.addEventListener('pagehide', () => this.end(''));
    this.play();
  }

  private explainNoVoice() {
    // The buttons go, the one line stays and takes the focus, so a screen reader reads it once
    // (as the focused text, not also as an announcement).
    this.status.removeAttribute('role');
    this.status.tabIndex = -1;
    this.status.textContent = this.words.noVoice ?? '';
    this.control.querySelector<HTMLElement>('[data-listen-buttons]')!.hidden = true;
    this.status.focus();
  }

  private play() {
    const resuming = this.state === 'paused';
    this.state = 'playing';
    this.show();
    if (!resuming) this.announce((this.words.reading ?? '').replace('{voice}', this.voice?.name ?? ''));
    else this.announce('');
    this.speak();
  }

  /**
   * Pausing cancels the sentence and resuming says it again from its start: speechSynthesis.pause()
   * does nothing in some browsers (Chrome on Android among them) and leaves the queue stuck in others.
   */
  private pause() {
    this.silence();
    this.state = 'paused';
    this.show();
    this.announce(this.words.paused ?? '');
  }

  private skipToNextSection() {
    this.silence();
    this.index = nextSectionStart(this.parts, this.index);
    this.state = 'playing';
    this.show();
    this.speak();
  }

  /** Stops and goes back to the top; `said` is the line left in the status ('' when the page is left). */
  private end(said: string) {
    if (this.state === 'stopped' && !said) return;
    const hadFocus = this.next.contains(document.activeElement) || this.stop.contains(document.activeElement);
    this.silence();
    this.state = 'stopped';
    this.index = 0;
    this.mark(undefined);
    this.show();
    this.announce(said);
    if (hadFocus) this.toggle.focus();
  }

  private speak() {
    const part = this.parts[this.index];
    if (!part || !this.voice) {
      this.end(this.words.finished ?? '');
      return;
    }
    this.mark(part.node);
    const utterance = new SpeechSynthesisUtterance(part.text);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    utterance.addEventListener('end', () => {
      if (utterance !== this.speaking) return;
      this.index += 1;
      this.speak();
    });
    utterance.addEventListener('error', () => {
      if (utterance === this.speaking) this.end(this.words.stopped ?? '');
    });
    this.speaking = utterance;
    speechSynthesis.speak(utterance);
  }

  private silence() {
    this.speaking = undefined;
    speechSynthesis.cancel();
  }

  private mark(node: HTMLElement | undefined) {
    if (node === this.marked) return;
    this.marked?.removeAttribute('data-listen-current');
    this.marked = node;
    if (!node) return;
    node.setAttribute('data-listen-current', '');
    node.scrollIntoView({ block: 'nearest' });
  }

  private show() {
    this.toggle.textContent = this.state === 'playing' ? (this.words.pause ?? '') : this.state === 'paused' ? (this.words.resume ?? '') : this.playLabel;
    this.next.hidden = this.state === 'stopped';
    this.stop.hidden = this.state === 'stopped';
  }

  /** The status line speaks up only when the state changes (started, paused, stopped, finished), never per sentence. */
  private announce(text: string) {
    this.status.textContent = text;
  }
}

const asking = document.querySelector<HTMLElement>('listen-aloud[data-listen-starting]');
if (asking) {
  delete asking.dataset.listenStarting;
  void new ListenPlayer(asking).start();
}
