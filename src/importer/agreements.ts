import type { OutBlock } from './blocks.js';
import type { OutSection } from './structure.js';

/** An agreement as the importer writes it (SHAPE: `audiences` for several, field kind "signature"). */
export interface OutAgreement {
  id: string;
  audience?: string;
  audiences?: string[];
  title: string;
  statements: { id: string; text: string }[];
  signatures?: { id: string; signer: 'pupil' | 'parent' | 'adult'; label?: string; fields: { id: string; kind: string; label?: string }[] }[];
}

const TITLE = /\b(acceptable\s+use|AUP|user\s+agreement|agreement|code\s+of\s+conduct|e-?safety\s+rules|online\s+safety\s+rules)\b/i;
const STATEMENT = /^(I|We)\s+(will|won['’]t|will\s+not|can|can['’]t|cannot|know|understand|agree|must|should|am|have|promise|shall|only|always|never|do\s+not|don['’]t|tell|ask|keep|accept|confirm|use)\b/i;
const SIGNATURE = /^(signed|signature|name|print(ed)?\s+name|date|class|year\s+group|job\s+title|role|position|pupil['’]?s?\s+name|child['’]?s?\s+name|parent|carer)\b.*(?:_{2,}|\.{4,}|:\s*$|:\s*_)|^(signed|signature)\b/i;

const AUDIENCES: [string, RegExp][] = [
  ['eyfs', /\b(EYFS|early\s+years|foundation\s+stage|reception|nursery)\b/i],
  ['ks1', /\b(KS\s?1|key\s+stage\s+(1|one)|infants?)\b/i],
  ['ks2', /\b(KS\s?2|key\s+stage\s+(2|two)|juniors?|years?\s+[3-6])\b/i],
  ['ks3', /\b(KS\s?3|key\s+stage\s+(3|three))\b/i],
  ['ks4', /\b(KS\s?4|key\s+stage\s+(4|four)|sixth\s+form)\b/i],
  ['send', /\b(SEND|special\s+educational\s+needs)\b/i],
  ['staff', /\b(staff|teachers?|employees?|adults?\s+working)\b/i],
  ['volunteer', /\bvolunteers?\b/i],
  ['governor', /\bgovernors?\b/i],
  ['parent', /\b(parents?|carers?)\b/i],
  ['visitor', /\b(visitors?|contractors?|guests?)\b/i],
];
const PUPILS = ['eyfs', 'ks1', 'ks2', 'ks3', 'ks4', 'send'];

/** The words of a section and its sub-sections, in order, as [plain-ish text, markup]. */
function lines(s: OutSection): string[] {
  const out: string[] = [];
  const block = (b: OutBlock) => {
    if (b.type === 'paragraph') out.push(b.text);
    else if (b.type === 'clause') {
      out.push(b.text);
      b.blocks?.forEach(block);
    } else if (b.type === 'list')
      for (const it of b.items) {
        if (typeof it === 'string') out.push(it);
        else {
          out.push(it.text);
          it.blocks.forEach(block);
        }
      }
    else if (b.type === 'table') out.push(...b.rows.flat());
  };
  s.blocks?.forEach(block);
  s.sections?.forEach((c) => out.push(c.title, ...lines(c)));
  return out;
}

const plain = (s: string) => s.replace(/\\([\\*[_])/g, '$1').replace(/\*\*|\*/g, '').trim();

/**
 * Acceptable-use agreements in the policy (a section or appendix called "Pupil Acceptable Use
 * Agreement" or similar, holding "I will…" statements) become `agreements` with their
 * audiences. The sections stay in the policy as well, so no words are lost.
 */
export function readAgreements(sections: OutSection[], guessed: string[]): OutAgreement[] {
  const out: OutAgreement[] = [];
  const visit = (s: OutSection) => {
    const title = `${s.label ?? ''} ${s.title}`;
    if (TITLE.test(title)) {
      const texts = lines(s);
      const statements = texts.filter((t) => STATEMENT.test(plain(t)));
      if (statements.length >= 2) {
        out.push(agreement(s, title, texts, statements, guessed));
        return;
      }
    }
    s.sections?.forEach(visit);
  };
  sections.forEach(visit);
  const ids = new Set<string>();
  for (const a of out) {
    let id = a.id;
    for (let n = 2; ids.has(id); n++) id = `${a.id}-${n}`;
    a.id = id;
    ids.add(id);
  }
  return out;
}

function agreement(s: OutSection, title: string, texts: string[], statements: string[], guessed: string[]): OutAgreement {
  let audiences = AUDIENCES.filter(([, re]) => re.test(title)).map(([a]) => a);
  const pupilWords = /\b(pupils?|children|child|learners?|students?)\b/i.test(title);
  if (pupilWords && !audiences.some((a) => PUPILS.includes(a))) {
    // "Pupil agreement" with no key stage: the statements' wording is the best clue.
    audiences = [...audiences.filter((a) => a !== 'parent'), 'ks2'];
    guessed.push(`"${s.title}": audience taken as KS2 pupils (the title names no key stage) — check`);
  }
  if (!audiences.length) {
    audiences = ['staff'];
    guessed.push(`"${s.title}": audience taken as staff (the title names no audience) — check`);
  }
  // A pupil agreement that parents sign too is still the pupils' agreement.
  if (audiences.some((a) => PUPILS.includes(a))) audiences = audiences.filter((a) => a !== 'parent');
  const pupil = audiences.some((a) => PUPILS.includes(a));
  const sigLines = texts.map(plain).filter((t) => SIGNATURE.test(t));
  const fields: { id: string; kind: string; label?: string }[] = [{ id: 'name', kind: pupil ? 'first-name' : 'name' }];
  if (pupil && sigLines.some((l) => /\bclass|year\s+group\b/i.test(l))) fields.push({ id: 'class', kind: 'class' });
  if (!pupil && sigLines.some((l) => /\b(job\s+title|role|position)\b/i.test(l))) fields.push({ id: 'role', kind: 'role' });
  if (sigLines.some((l) => /^(signed|signature)\b/i.test(l))) fields.push({ id: 'signed', kind: 'signature' });
  const signatures: OutAgreement['signatures'] = [{ id: pupil ? 'pupil' : 'adult', signer: pupil ? 'pupil' : 'adult', fields }];
  if (pupil && sigLines.some((l) => /\b(parent|carer)/i.test(l)))
    signatures.push({ id: 'parent', signer: 'parent', fields: [{ id: 'parent-name', kind: 'name' }, { id: 'child', kind: 'child-name' }] });
  const slug = `aup-${audiences.join('-')}`.slice(0, 40);
  return {
    id: slug,
    ...(audiences.length === 1 ? { audience: audiences[0] } : { audiences }),
    title: plain(s.title === s.label ? title : s.title),
    statements: statements.map((t, i) => ({ id: `s${i + 1}`, text: t })),
    signatures,
  };
}
