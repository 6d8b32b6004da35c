import { msg } from '@lit/localize';

/** Who is reporting, as the choice reads ("Who are you?") and as the summary shows it. */
export const roleLabel = (role: string): string =>
  ({ pupil: msg('A pupil'), parent: msg('A parent or carer'), staff: msg('Staff or a volunteer'), other: msg('Someone else') })[role] ?? role;

/** The optional details, asked as questions (the summary uses the same words). */
export const DETAILS = ['when', 'where', 'involved'] as const;
export type Detail = (typeof DETAILS)[number];

export const detailLabel = (k: Detail): string =>
  ({ when: msg('When did it happen?'), where: msg('Where did it happen?'), involved: msg('Who was involved?') })[k];

export const whatLabel = () => msg('What happened?');
