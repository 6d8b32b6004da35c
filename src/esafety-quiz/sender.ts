import type { ReactiveControllerHost } from 'lit';
import { SubmitController } from '../submit/controller.js';

export { submitDestination } from '../submit/destination.js';

/**
 * The sending of a quiz's result (submit/controller.ts, as the forms send), and the check of
 * where it goes: loaded by a quiz that sends its result, before it shows (esafety-quiz.ts'
 * prepare), so a quiz that sends nothing loads none of it.
 */
export const quizSender = (host: ReactiveControllerHost & HTMLElement): SubmitController => new SubmitController(host);
