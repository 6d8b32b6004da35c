import type { Agreement } from '../types.js';

type Statement = Agreement['statements'][number];
type Block = NonNullable<Agreement['signatures']>[number];
type Adult = 'staff' | 'volunteer' | 'governor' | 'parent' | 'visitor';

/*
 * Built-in acceptable-use agreements, one per audience (id = audience), so <aup-form> works
 * with no agreements in the bundle. Pupils' promises are short, and in Welsh too; a school
 * replaces any agreement by giving its own the same id. Kept compact: they ship in the CDN file.
 */

/** A statement, in English, or English and Welsh, with an optional built-in symbol. */
const st = (id: string, en: string, cy?: string, symbol?: Statement['symbol']): Statement => ({
  id,
  text: cy ? { en, cy } : en,
  ...(symbol && { symbol }),
});
const many = (list: string[]) => list.map((en, i) => st(`s${i + 1}`, en));

const PUPIL: Block = { id: 'pupil', signer: 'pupil', fields: [{ id: 'first-name', kind: 'first-name' }, { id: 'class', kind: 'class' }] };
const PARENT: Block = { id: 'parent', signer: 'parent', fields: [{ id: 'name', kind: 'name' }] };
const CHILD = [{ id: 'child-name', kind: 'child-name' as const }];
const PROMISE = { en: 'My online promise', cy: 'Fy addewid ar-lein' };
const TELL = st('tell', 'If something on a screen upsets me, I tell a grown-up.', 'Os oes rhywbeth ar sgrin yn fy mhoeni, dw i’n dweud wrth oedolyn.', 'tell-adult');
const ASK = st('ask', 'I ask a grown-up before I go online.', 'Dw i’n gofyn i oedolyn cyn mynd ar-lein.', 'ask-adult');
const DSL = 'the safeguarding lead';

const pupils = (audience: 'eyfs' | 'ks1' | 'ks2' | 'ks3' | 'ks4', title: Agreement['title'], statements: Statement[]): Agreement => ({
  id: audience,
  audience,
  title,
  statements,
  // EYFS: the parent signs alone, for their child.
  signatures: audience === 'eyfs' ? [{ ...PARENT, fields: [...CHILD, ...PARENT.fields] }] : [PUPIL, PARENT],
});

const adult = (audience: Adult, title: string, statements: Statement[], fields: Block['fields'] = [{ id: 'role', kind: 'role' }]): Agreement => {
  const signer = audience === 'parent' ? 'parent' : 'adult';
  return { id: audience, audience, title, statements, signatures: [{ id: signer, signer, fields: [{ id: 'name', kind: 'name' }, ...fields] }] };
};

const TEEN = many([
  'I keep my password secret and use only my own account.',
  'I am respectful online and never bully anyone.',
  'I never make, ask for or share nude images of anyone under 18.',
  'If something online worries me, I report it and tell an adult I trust.',
]);

const CORE = many([
  'I have read the online safety policy.',
  'I know the school monitors its systems.',
  'I keep passwords and personal data safe.',
  `I report any worry about a child to ${DSL} at once.`,
  'I never view, copy or forward a nude image of a child.',
]);

export const DEFAULT_AGREEMENTS: Agreement[] = [
  pupils('eyfs', PROMISE, [
    ASK,
    TELL,
    st('kind', 'I am kind and take turns.', 'Dw i’n garedig ac yn cymryd tro.', 'be-kind'),
    st('stop', 'I stop when it is time.', 'Dw i’n stopio pan mae’n amser.', 'screen-time'),
  ]),
  pupils('ks1', PROMISE, [
    ASK,
    st('apps', 'I use only the apps my teacher picks.', 'Dw i ond yn defnyddio’r apiau mae fy athro’n eu dewis.', 'trusted-sites'),
    st('private', 'I keep my name and address secret online.', 'Dw i’n cadw fy enw a fy nghyfeiriad yn gyfrinach ar-lein.', 'keep-private'),
    st('password', 'I keep my password secret.', 'Dw i’n cadw fy nghyfrinair yn gyfrinach.', 'password'),
    st('kind', 'I am kind online.', 'Dw i’n garedig ar-lein.', 'be-kind'),
    TELL,
  ]),
  pupils('ks2', { en: 'Online safety agreement', cy: 'Cytundeb diogelwch ar-lein' }, [
    st('zip', '**ZIP IT:** I keep my personal details private.', '**ZIP IT:** Dw i’n cadw fy manylion personol yn breifat.', 'keep-private'),
    st('think', 'I stop and think before I post or share.', 'Dw i’n stopio i feddwl cyn postio neu rannu.', 'stop-think'),
    st('kind', 'I am kind online and share nothing hurtful.', 'Dw i’n garedig ar-lein a dw i ddim yn rhannu dim byd cas.', 'be-kind'),
    st('block', '**BLOCK IT:** I block unkind people and avoid links I am unsure about.', '**BLOCK IT:** Dw i’n blocio pobl gas ac yn osgoi dolenni amheus.'),
    st('meet', 'I never meet up with someone I only know online.', 'Dw i byth yn cwrdd â rhywun dw i ond yn ei adnabod ar-lein.', 'friends'),
    st('flag', '**FLAG IT:** I tell an adult I trust if something online worries me.', '**FLAG IT:** Dw i’n dweud wrth oedolyn dw i’n ymddiried ynddo os oes rhywbeth ar-lein yn fy mhoeni.', 'tell-adult'),
  ]),
  pupils('ks3', 'Student agreement', TEEN),
  pupils('ks4', 'Student agreement', TEEN),
  { ...adult('staff', 'Staff agreement', [...CORE, st('ai', 'I never put pupils’ personal data into AI tools.')]), renewalMonths: 12 },
  adult('volunteer', 'Volunteer agreement', CORE),
  adult('governor', 'Governor agreement', CORE),
  {
    ...adult(
      'parent',
      'Parent and carer agreement',
      many(['I will talk with my child about staying safe online.', 'I will not post photos of other children from school events.']),
      [...CHILD, { id: 'class', kind: 'class' }],
    ),
    consents: [
      { id: 'photos-website', text: 'Photos of my child may be used on the school website.' },
      { id: 'photos-social', text: 'Photos of my child may be used in the newsletter and on social media.' },
    ],
  },
  adult('visitor', 'Visitor agreement', many(['I will not take photos or videos of pupils.', `I will tell ${DSL} at once about any worry about a child.`]), [
    { id: 'organisation', kind: 'text', label: 'Organisation' },
  ]),
];
