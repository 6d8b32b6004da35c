import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { icon } from './symbols.js';

/** Whether this browser can read text aloud (Web Speech API). */
export const canSpeak = (): boolean => !!window.speechSynthesis;

/**
 * The voice for a language: the exact locale, else one of the same language (cy-GB for cy),
 * else none (the browser's default voice is used, told the language all the same).
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const norm = (l: string) => l.toLowerCase().replace('_', '-');
  const want = norm(/^en$/i.test(lang) ? 'en-GB' : lang);
  const primary = (l: string) => norm(l).split('-')[0];
  return voices.find((v) => norm(v.lang) === want) ?? voices.find((v) => primary(v.lang) === primary(want));
}

/** Read `text` aloud in `lang`, stopping whatever was being read before. */
export function speak(text: string, lang: string): void {
  const synth = window.speechSynthesis;
  synth.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = lang;
  const voice = voiceFor(synth.getVoices(), lang);
  if (voice) u.voice = voice;
  synth.speak(u);
}

/** A "Read aloud" button for `text` (described by the element `describedBy`), or nothing where the browser cannot speak. */
export function readAloud(text: string, lang: string, describedBy: string) {
  return canSpeak()
    ? html`<button type="button" class="speak" part="read-aloud" aria-describedby=${describedBy} @click=${() => speak(text, lang)}>
        ${icon('speaker', 'icon')}${msg('Read aloud')}
      </button>`
    : nothing;
}
