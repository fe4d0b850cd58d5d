// <self-test>: one question at a time, skip rules, the result computed here. Answers live only in
// this object's memory: never in the URL, storage or a request, and showing the result adds no
// history entry. Starting over also empties the standard-glass calculators beside the questions.
import type { Instrument } from '../../schemas/instrument.ts';
import { isComplete, itemsToAsk, score, type Sex } from './score.ts';

type EngineData = Pick<Instrument, 'items' | 'skipRules' | 'bands'>;

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

class SelfTest extends HTMLElement {
  #answers: Record<string, number> = {};
  #sex: Sex | undefined;
  #current: string | undefined;

  connectedCallback() {
    const data = JSON.parse(this.dataset.instrument ?? '{}') as EngineData;
    const $ = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const $$ = <T extends Element = HTMLElement>(selector: string) => [...this.querySelectorAll<T>(selector)];
    const form = $('[data-form]');
    const questions = $$<HTMLFieldSetElement>('fieldset[data-item]');
    const sexQuestion = questions.find((q) => q.dataset.item === 'kon');
    const error = $('[data-error]');
    const nav = $('.step-nav');
    const result = $('[data-result]');

    $$('[data-points]').forEach((p) => (p.hidden = true));
    $$('[data-js-only]').forEach((e) => (e.hidden = false));
    $('[data-counting]').hidden = true;

    const order = () => [...itemsToAsk(data, this.#answers), ...(sexQuestion ? ['kon'] : [])];
    const show = (id: string | undefined) => {
      this.#current = id;
      error.hidden = true;
      questions.forEach((q) => (q.hidden = q.dataset.item !== id));
      nav.hidden = id === undefined;
      $('[data-restart]').hidden = id === undefined;
      const back = $<HTMLButtonElement>('[data-back]');
      back.hidden = id === order()[0];
      const question = questions.find((q) => q.dataset.item === id);
      question?.focus();
    };
    const showResult = () => {
      const outcome = score(data, this.#answers, this.#sex ?? 'vill-inte-ange');
      questions.forEach((q) => (q.hidden = true));
      nav.hidden = true;
      // The result has its own "Rensa och börja om"; the one under the questions would repeat it.
      $('[data-restart]').hidden = true;
      $('[data-intro]').hidden = true;
      $('[data-score]').textContent = String(outcome.total);
      $('[data-stricter]').hidden = !(outcome.stricter && sexQuestion);
      $$('[data-band]').forEach((b) => (b.hidden = b.dataset.band !== outcome.band.id));
      const today = new Date();
      $('[data-date]').textContent = `Resultat från självtest, ${today.getDate()} ${months[today.getMonth()]} ${today.getFullYear()}.`;
      result.hidden = false;
      // The result's heading goes to the top of the screen (under the quick-exit bar, by
      // scroll-padding-top), whatever is above it: the score, the band and the first step follow it.
      const heading = $('[data-result-heading]');
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start' });
    };
    // Back to the intro with nothing answered, chosen or shown: the answers, the checked radios
    // (the question about limits too), the municipality, the score and the date.
    const clear = () => {
      this.#answers = {};
      this.#sex = undefined;
      $$<HTMLInputElement>('input[type="radio"]').forEach((input) => (input.checked = false));
      result.hidden = true;
      $$('[data-band]').forEach((b) => (b.hidden = true));
      $('[data-stricter]').hidden = true;
      $('[data-score]').textContent = $('[data-date]').textContent = '';
      $('[data-intro]').hidden = false;
      $$<HTMLSelectElement>('[data-place-select]').forEach((s) => (s.value = ''));
      // The standard-glass calculators next to the questions about quantity hold counts too.
      $$<HTMLElement & { clear?: () => void }>('standard-glasses').forEach((calculator) => calculator.clear?.());
      $$('[data-place]').forEach((p) => (p.hidden = true));
      show(undefined);
    };
    const reset = () => {
      clear();
      $('[data-start]').focus();
    };
    clear();
    // Someone who picks up the phone later must not find the answers by pressing Back or Forward.
    // From the back/forward cache the page returns as it was left (`persisted`); reloaded, the
    // browser puts back the checked radios after this script has run, so they are cleared once
    // more before the visitor can have begun. `unload` would keep the page out of that cache.
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted && (this.#current !== undefined || !result.hidden)) return;
      const focused = document.activeElement;
      clear();
      if (focused instanceof HTMLElement && this.contains(focused)) focused.blur();
    });

    form.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== 'radio') return;
      if (input.name === 'kon') this.#sex = input.value as Sex;
      else this.#answers[input.name] = Number(input.value);
      error.hidden = true;
    });
    $('[data-start]').addEventListener('click', () => show(order()[0]));
    $('[data-next]').addEventListener('click', () => {
      const id = this.#current;
      if (!id) return;
      const answered = id === 'kon' ? this.#sex !== undefined : this.#answers[id] !== undefined;
      if (!answered) {
        error.textContent = 'Välj ett svar för att gå vidare.';
        error.hidden = false;
        return;
      }
      const steps = order();
      const next = steps[steps.indexOf(id) + 1];
      if (next) show(next);
      else if (isComplete(data, this.#answers)) showResult();
    });
    $('[data-back]').addEventListener('click', () => {
      const steps = order();
      const previous = steps[steps.indexOf(this.#current ?? '') - 1];
      if (previous) show(previous);
    });
    $$('[data-reset]').forEach((button) => button.addEventListener('click', reset));
    $('[data-print]').addEventListener('click', () => window.print());
    $<HTMLSelectElement>('[data-place-select]').addEventListener('change', (event) => {
      const place = (event.target as HTMLSelectElement).value;
      $$('[data-place]').forEach((p) => (p.hidden = p.dataset.place !== place));
    });
  }
}

customElements.define('self-test', SelfTest);
