// <standard-glasses>: adds up the standard glasses in the drinks the reader types, and next to a
// self-test's question offers the answer the count points to. The numbers live only in the fields:
// nothing goes into the URL, storage or a request, and they are emptied when the page comes back
// from the back/forward cache or the self-test starts over.
import { answerForGlasses, formatGlasses, standardGlasses, type GlassRange } from './glasses.ts';

interface Answer {
  label: string;
  glasses?: GlassRange;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

export class StandardGlassesCalculator extends HTMLElement {
  #clear: () => void = () => {};

  /** Empties every field, as the self-test does with its answers when it starts over. */
  clear() {
    this.#clear();
  }

  connectedCallback() {
    const calculator = this.querySelector<HTMLElement>('[data-glasses-calculator]');
    if (!calculator) return;
    const locale = document.documentElement.lang || 'sv';
    const gramsPerGlass = Number(this.dataset.gramsPerGlass);
    const answers = JSON.parse(this.dataset.answers ?? '[]') as Answer[];
    const ranges = answers.map((answer) => answer.glasses).filter((range): range is GlassRange => range !== undefined);
    const fields = [...calculator.querySelectorAll<HTMLInputElement>('input[data-grams]')];
    const sum = calculator.querySelector<HTMLElement>('[data-glasses-sum]')!;
    const threshold = calculator.querySelector<HTMLElement>('[data-glasses-threshold]');
    const choice = calculator.querySelector<HTMLElement>('[data-glasses-choice]');
    const choose = calculator.querySelector<HTMLButtonElement>('[data-glasses-choose]');
    const chosen = calculator.querySelector<HTMLElement>('[data-glasses-chosen]');
    let pointsTo: number | undefined;

    const count = (field: HTMLInputElement) => {
      const value = Math.floor(Number(field.value));
      return Number.isFinite(value) ? Math.min(Math.max(value, 0), 99) : 0;
    };
    const update = () => {
      const grams = fields.reduce((total, field) => total + count(field) * Number(field.dataset.grams), 0);
      const glasses = standardGlasses(grams, gramsPerGlass);
      sum.textContent = fill(sum.dataset.template!, { glasses: formatGlasses(glasses, locale), grams: Math.round(grams).toLocaleString(locale) });
      if (threshold) {
        threshold.hidden = glasses === 0;
        threshold.textContent = glasses >= Number(threshold.dataset.atLeast) ? threshold.dataset.reached! : threshold.dataset.below!;
      }
      if (choice && choose) {
        pointsTo = answerForGlasses(ranges, glasses);
        choice.hidden = pointsTo === undefined;
        if (pointsTo !== undefined) choose.textContent = fill(choose.dataset.template!, { answer: answers[pointsTo]!.label });
        if (chosen) chosen.textContent = '';
      }
    };
    this.#clear = () => {
      fields.forEach((field) => (field.value = ''));
      update();
    };

    this.querySelector<HTMLElement>('[data-glasses-table]')?.setAttribute('hidden', '');
    calculator.hidden = false;
    // On its own page the calculator's section waits, heading and all, for this script.
    this.closest<HTMLElement>('[data-glasses-section]')?.removeAttribute('hidden');
    calculator.addEventListener('input', update);
    calculator.querySelector('[data-glasses-clear]')?.addEventListener('click', () => {
      this.#clear();
      fields[0]?.focus();
    });
    choose?.addEventListener('click', () => {
      if (pointsTo === undefined || !this.dataset.question) return;
      const radio = document.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(this.dataset.question)}"][value="${pointsTo}"]`);
      if (!radio) return;
      radio.checked = true;
      // The self-test hears the answer as it hears a tap on the radio.
      radio.dispatchEvent(new Event('change', { bubbles: true }));
      if (chosen) chosen.textContent = fill(chosen.dataset.template!, { answer: answers[pointsTo]!.label });
      radio.focus();
    });
    // Back or Forward must not bring back what someone else typed.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.#clear();
    });
    update();
  }
}

customElements.define('standard-glasses', StandardGlassesCalculator);
