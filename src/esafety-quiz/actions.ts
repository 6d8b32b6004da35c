import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuizAction } from '../bundle/types.js';
import { pick } from '../text/local.js';
import { plainText } from '../text/markup.js';
import { aidSymbol } from '../ui/aids.js';

/** Pieces of text read as sentences: a full stop after each, unless it already ends a sentence (never ".."). */
export const sentences = (parts: readonly string[]): string =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.!?…:;]["'’”)]*$/.test(p) ? p : `${p}.`))
    .join(' ');

/** What "Read aloud" reads for a question: its story (plain text), then each action and what it means, as sentences. */
export const storyToRead = (scenario: string, actions: readonly QuizAction[], lang: string): string =>
  sentences([plainText(scenario), ...actions.map((a) => `${pick(a.label, lang)}: ${pick(a.meaning, lang)}`)]);

/** Arrow keys (and Home / End) move between the action buttons; Enter or Space chooses (they are buttons). */
export function roveActions(e: KeyboardEvent): void {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
  const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  if (at < 0 || (!step && e.key !== 'Home' && e.key !== 'End')) return;
  e.preventDefault();
  const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl' && /Left|Right/.test(e.key);
  const n = buttons.length;
  const to = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : (at + (rtl ? -step! : step!) + n) % n;
  for (const [i, b] of buttons.entries()) b.tabIndex = i === to ? 0 : -1;
  buttons[to].focus();
}

/** The big action buttons: symbol, label and one-line meaning each; after an answer, the choice and the best action are marked in words. */
export function actionButtons(
  actions: readonly QuizAction[],
  lang: string,
  label: string,
  choose: (id: string) => void,
  answered?: { chosen: string; best: string; bestText: string; chosenText: string },
) {
  return html`<div class="actions" role="group" aria-label=${label} @keydown=${roveActions}>
    ${actions.map(
      (a, i) => html`<button
        type="button"
        class="action ${a.id === answered?.chosen ? 'chosen' : ''} ${a.id === answered?.best ? 'best' : ''}"
        part="action"
        data-action=${a.id}
        tabindex=${live(i ? -1 : 0)}
        ?disabled=${!!answered}
        aria-pressed=${answered ? String(a.id === answered.chosen) : nothing}
        @click=${() => choose(a.id)}
      >
        ${aidSymbol(a.symbol, '')}
        <span class="label">${pick(a.label, lang)}</span>
        <span class="meaning">${pick(a.meaning, lang)}</span>
        ${a.id === answered?.best ? html`<span class="tag">${answered.bestText}</span>` : a.id === answered?.chosen ? html`<span class="tag">${answered.chosenText}</span>` : nothing}
      </button>`,
    )}
  </div>`;
}
