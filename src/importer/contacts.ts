/** A contact as the importer writes it (SHAPE: name optional, extra roles). */
export interface OutContact {
  id: string;
  role: string;
  roles?: string[];
  roleLabel?: string;
  name?: string;
  phone?: string;
  email?: string;
}

const ROLES: [string, RegExp][] = [
  ['deputy-dsl', /\b(deputy|alternate|assistant)\s+(designated\s+safeguarding\s+leads?|DSLs?|designated\s+(?:senior\s+)?(?:person|teacher)s?)\b|\bDDSLs?\b/i],
  ['dsl', /\b(designated\s+safeguarding\s+lead|DSL|designated\s+(?:senior\s+)?(?:person|teacher)\s+for\s+(?:child\s+protection|safeguarding))\b/i],
  ['safeguarding-governor', /\b(safeguarding|online[-\s]?safety|e-?safety)\s+governor\b|\bgovernor\s+(?:responsible\s+)?for\s+(?:safeguarding|online\s+safety)\b/i],
  ['online-safety-lead', /\b(online[-\s]?safety|e-?safety)(?:\s+and\s+[\w-]+)?\s+(lead|leader|co-?ordinator|officer|champion)\b/i],
  ['headteacher', /(?<!\b(?:deputy|assistant|associate)\s)\b(head\s?teacher|head\s+of\s+school|executive\s+head(?:teacher)?|principal)\b/i],
  ['it-support', /\b(ICT|IT|network|technical)\s+(support|manager|technician|lead|provider)\b/i],
  ['office', /\b(school\s+office|office\s+manager|school\s+business\s+manager|business\s+manager)\b/i],
];
const NAME = /\b(Mrs|Mr|Ms|Miss|Mx|Dr|Rev(?:erend)?)\.?\s+((?:[A-Z]\.?\s+){0,2}[A-Z][A-Za-z'’-]+(?:[-\s][A-Z][A-Za-z'’-]+)?)/g;
const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'contact';

/**
 * Find the school's people in short lines: a role (DSL, deputy DSL, online-safety lead, head
 * teacher…) next to a name ("Mrs A Hollis"), with the phone numbers and emails on the same line.
 * One person named for several roles is one contact with `roles`.
 */
export function readContacts(lines: string[]): { contacts: OutContact[]; used: Set<string> } {
  const byKey = new Map<string, OutContact>();
  const used = new Set<string>();
  for (const raw of lines) {
    const line = raw.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
    if (line.length > 300) continue;
    const allRoles = ROLES.filter(([role, re]) => re.test(line) && !(role === 'dsl' && /\bdeputy\b/i.test(line) && !/\bDSL\b.*\bdeputy\b/i.test(line))).map(([r]) => r);
    if (!allRoles.length) continue;
    const titled = [...line.matchAll(NAME)];
    let names = titled.map((m) => `${m[1].replace(/\.$/, '')} ${m[2]}`.trim());
    if (!names.length) {
      // "Designated Safeguarding Lead: Ann Example" — a name with no title, straight after the role.
      const re = ROLES.find(([r]) => r === allRoles[0])![1];
      const m = re.exec(line);
      const after = m ? /^\)?[\s:,–—-]*(?:is\s+)?([A-Z][a-z'’-]+(?:\s+(?!(?:Phone|Email|Tel|Mobile|Contact)\b)[A-Z][a-z'’-]+){1,2})\b/.exec(line.slice(m.index + m[0].length)) : null;
      if (after && !ROLES.some(([, r]) => r.test(after[1])) && !/^(Phone|Email|Tel|Mobile|Contact|The|Our)\b/.test(after[1])) names = [after[1]];
    }
    // The roles that go with the person: those named before the name or just after it, not in a note further on.
    const nameAt = names.length ? line.indexOf(names[names.length - 1].replace(/^(Mrs|Mr|Ms|Miss|Mx|Dr|Rev\w*)\s+/, '')) : -1;
    const near = nameAt < 0 ? line : line.slice(0, nameAt + names[names.length - 1].length + 70);
    const roles = allRoles.filter((r) => ROLES.find(([x]) => x === r)![1].test(near));
    if (!roles.length) continue;
    // A role with no person named counts only on a short line of its own ("IT support: 01632 960150").
    if (!names.length && line.length > 100) continue;
    const phones = [...line.matchAll(PHONE)].map((m) => m[0].replace(/\s+/g, ' ').trim());
    const emails = [...line.matchAll(EMAIL)].map((m) => m[0]);
    if (!names.length && !phones.length && !emails.length) continue;
    used.add(raw);
    // "Deputy DSLs: Mr B Okafor and Ms C Reyes" names two people for one role.
    const people = names.length ? names : [undefined];
    people.forEach((name, i) => {
      const key = name ?? roles[0];
      let c = byKey.get(key);
      if (!c) {
        c = { id: slug(name ? name.replace(/^(Mrs|Mr|Ms|Miss|Mx|Dr|Rev\w*)\s+/, '') : roles[0]), role: roles[0], ...(name ? { name } : {}) };
        byKey.set(key, c);
      }
      for (const r of roles) if (r !== c.role && !c.roles?.includes(r)) (c.roles ??= []).push(r);
      // Phone and email go to the person they follow when a line names several.
      if (phones[i] ?? (people.length === 1 ? phones[0] : undefined)) c.phone ??= phones[i] ?? phones[0];
      if (emails[i] ?? (people.length === 1 ? emails[0] : undefined)) c.email ??= emails[i] ?? emails[0];
    });
  }
  const contacts = [...byKey.values()];
  const ids = new Set<string>();
  for (const c of contacts) {
    let id = c.id;
    for (let n = 2; ids.has(id); n++) id = `${c.id}-${n}`;
    c.id = id;
    ids.add(id);
  }
  return { contacts, used };
}
