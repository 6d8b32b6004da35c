import type { Quiz } from '../types.js';

/**
 * The actions of the UK's Click Clever Click Safe code (UKCCIS, 2010); a school adds or replaces
 * any of these by id. The built-in questions load on demand (built-in.ts).
 */
export const DEFAULT_QUIZ: Required<Pick<Quiz, 'actions' | 'credit'>> = {
  actions: [
    {
      id: 'zip',
      symbol: 'keep-private',
      label: 'ZIP IT',
      meaning: {
        en: 'Keep your personal things private and think before you say or do something online.',
        cy: 'Cadwa dy bethau personol yn breifat a meddylia cyn dweud neu wneud rhywbeth ar-lein.',
      },
    },
    {
      id: 'block',
      symbol: 'stop-think',
      label: 'BLOCK IT',
      meaning: {
        en: 'Block anyone who sends you nasty messages, and do not open links or files from people you do not know.',
        cy: "Blocia unrhyw un sy'n anfon negeseuon cas atat ti, a phaid ag agor dolenni neu ffeiliau gan bobl nad wyt ti'n eu hadnabod.",
      },
    },
    {
      id: 'flag',
      symbol: 'tell-adult',
      label: 'FLAG IT',
      meaning: {
        en: 'Tell an adult you trust if anything online upsets you, or if someone asks to meet you.',
        cy: "Dywed wrth oedolyn rwyt ti'n ymddiried ynddo os oes rhywbeth ar-lein yn dy boeni, neu os oes rhywun yn gofyn i dy gyfarfod.",
      },
    },
  ],
  credit: {
    en: 'ZIP IT, BLOCK IT, FLAG IT is the Click Clever Click Safe code from the UK Council for Child Internet Safety.',
    cy: 'ZIP IT, BLOCK IT, FLAG IT yw cod Click Clever Click Safe, gan Gyngor y DU ar Ddiogelwch Plant ar y Rhyngrwyd.',
  },
};
