import type { Concern } from '../types.js';

/**
 * Built-in concern categories (the "4 Cs" of online risk) and the UK's external reporting
 * routes, in English and Welsh. Phone numbers, ages and hours change: a school overrides any
 * route by its id. `for` says who a route is shown to, `about` which categories it fits (none:
 * all). Names of services that keep their name in Welsh (Childline, Report Remove …) stay plain.
 */
export const DEFAULT_CONCERN: Required<Pick<Concern, 'categories' | 'routes' | 'reporterRoles'>> = {
  reporterRoles: ['pupil', 'parent', 'staff', 'other'],
  categories: [
    {
      id: 'content',
      label: { en: 'Something harmful or upsetting online', cy: 'Rhywbeth niweidiol neu ofidus ar-lein' },
      hint: {
        en: 'Content: things seen or heard, such as violent, sexual, hateful or frightening material',
        cy: 'Cynnwys: pethau a welwyd neu a glywyd, fel deunydd treisgar, rhywiol, atgas neu frawychus',
      },
    },
    {
      id: 'contact',
      label: { en: 'Someone making contact', cy: 'Rhywun yn cysylltu' },
      hint: {
        en: 'Contact: a person online asking for personal details, pictures or to meet, or grooming',
        cy: 'Cyswllt: rhywun ar-lein yn gofyn am fanylion personol, am luniau neu am gael cyfarfod, neu’n meithrin perthynas amhriodol',
      },
    },
    {
      id: 'conduct',
      label: { en: 'How someone is behaving', cy: 'Sut mae rhywun yn ymddwyn' },
      hint: { en: 'Conduct: bullying, sharing images, unkind messages, hacking', cy: 'Ymddygiad: bwlio, rhannu lluniau, negeseuon cas, hacio' },
    },
    {
      id: 'commerce',
      label: { en: 'Money, scams or gambling', cy: 'Arian, sgamiau neu gamblo' },
      hint: { en: 'Commerce: scams, phishing, in-game spending, gambling', cy: 'Masnach: sgamiau, gwe-rwydo, gwario mewn gemau, gamblo' },
    },
  ],
  routes: [
    {
      id: 'emergency',
      name: '999',
      description: {
        en: 'If anyone is in immediate danger, call the police or an ambulance now.',
        cy: 'Os oes unrhyw un mewn perygl uniongyrchol, ffoniwch yr heddlu neu ambiwlans nawr.',
      },
      phone: '999',
      for: ['pupil', 'parent', 'staff', 'other'],
    },
    {
      id: 'ceop',
      name: { en: 'CEOP Safety Centre', cy: 'Canolfan Ddiogelwch CEOP' },
      description: {
        en: 'Report online sexual abuse or grooming of someone under 18 to the National Crime Agency. Reports are not anonymous.',
        cy: 'Rhoi gwybod i’r Asiantaeth Troseddu Genedlaethol am gam-drin rhywiol ar-lein, neu am rywun yn meithrin perthynas amhriodol â pherson dan 18 oed. Nid yw adroddiadau’n ddienw.',
      },
      url: 'https://www.ceop.police.uk/Safety-Centre/',
      for: ['pupil', 'parent', 'staff', 'other'],
      about: ['contact', 'conduct'],
    },
    {
      id: 'childline',
      name: 'Childline',
      description: {
        en: 'Free, confidential help for children and young people, by phone or online.',
        cy: 'Help am ddim a chyfrinachol i blant a phobl ifanc, ar y ffôn neu ar-lein.',
      },
      phone: '0800 1111',
      url: 'https://www.childline.org.uk/',
      hours: { en: '24 hours a day', cy: '24 awr y dydd' },
      for: ['pupil'],
    },
    {
      id: 'report-remove',
      name: 'Report Remove',
      description: {
        en: 'Helps a young person under 18 get a nude image or video of themselves taken down.',
        cy: 'Yn helpu person ifanc dan 18 oed i gael tynnu llun neu fideo noeth ohonyn nhw eu hunain oddi ar y we.',
      },
      url: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/',
      for: ['pupil', 'parent'],
      about: ['contact', 'conduct'],
    },
    {
      id: 'nspcc',
      name: { en: 'NSPCC Helpline', cy: 'Llinell Gymorth yr NSPCC' },
      description: { en: 'For adults worried about a child.', cy: 'I oedolion sy’n poeni am blentyn.' },
      phone: '0808 800 5000',
      url: 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/',
      for: ['parent', 'staff', 'other'],
    },
    {
      id: 'report-harmful-content',
      name: 'Report Harmful Content',
      description: {
        en: 'For people 13 and over, about harmful content online, after reporting it to the site or app.',
        cy: 'I bobl 13 oed a hŷn, am gynnwys niweidiol ar-lein, ar ôl rhoi gwybod amdano i’r wefan neu’r ap.',
      },
      url: 'https://reportharmfulcontent.com/',
      for: ['parent', 'other'],
      about: ['content', 'conduct'],
    },
    {
      id: 'iwf',
      name: 'Internet Watch Foundation',
      description: {
        en: 'Report child sexual abuse images or videos online. You can stay anonymous.',
        cy: 'Rhoi gwybod am luniau neu fideos ar-lein o gam-drin plant yn rhywiol. Gallwch aros yn ddienw.',
      },
      url: 'https://report.iwf.org.uk/',
      for: ['parent', 'staff', 'other'],
      about: ['content'],
    },
    {
      id: 'posh',
      name: { en: 'Professionals Online Safety Helpline', cy: 'Llinell Gymorth Diogelwch Ar-lein i Weithwyr Proffesiynol' },
      description: { en: 'Advice for people who work with children.', cy: 'Cyngor i bobl sy’n gweithio gyda phlant.' },
      phone: '0344 381 4772',
      url: 'https://saferinternet.org.uk/professionals-online-safety-helpline',
      for: ['staff'],
    },
  ],
};
