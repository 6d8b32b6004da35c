import type { Concern } from '../types.js';

/**
 * Built-in concern categories (the "4 Cs" of online risk) and the UK's external reporting
 * routes. Phone numbers, ages and hours change: a school overrides any route by its id.
 */
export const DEFAULT_CONCERN: Required<Pick<Concern, 'categories' | 'routes' | 'reporterRoles'>> = {
  reporterRoles: ['pupil', 'parent', 'staff', 'other'],
  categories: [
    { id: 'content', label: 'Something harmful or upsetting online', hint: 'Content: things seen or heard, such as violent, sexual, hateful or frightening material' },
    { id: 'contact', label: 'Someone making contact', hint: 'Contact: a person online asking for personal details, pictures or to meet, or grooming' },
    { id: 'conduct', label: 'How someone is behaving', hint: 'Conduct: bullying, sharing images, unkind messages, hacking' },
    { id: 'commerce', label: 'Money, scams or gambling', hint: 'Commerce: scams, phishing, in-game spending, gambling' },
  ],
  routes: [
    { id: 'emergency', name: '999', description: 'If anyone is in immediate danger, call the police or an ambulance now.', phone: '999', for: ['pupil', 'parent', 'staff', 'other'] },
    { id: 'ceop', name: 'CEOP Safety Centre', description: 'Report online sexual abuse or grooming of someone under 18 to the National Crime Agency. Reports are not anonymous.', url: 'https://www.ceop.police.uk/Safety-Centre/', for: ['pupil', 'parent', 'staff', 'other'] },
    { id: 'childline', name: 'Childline', description: 'Free, confidential help for children and young people, by phone or online.', phone: '0800 1111', url: 'https://www.childline.org.uk/', hours: '24 hours a day', for: ['pupil'] },
    { id: 'report-remove', name: 'Report Remove', description: 'Helps a young person under 18 get a nude image or video of themselves taken down.', url: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/', for: ['pupil', 'parent'] },
    { id: 'nspcc', name: 'NSPCC Helpline', description: 'For adults worried about a child.', phone: '0808 800 5000', url: 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/', for: ['parent', 'staff', 'other'] },
    { id: 'report-harmful-content', name: 'Report Harmful Content', description: 'For people 13 and over, about harmful content online, after reporting it to the site or app.', url: 'https://reportharmfulcontent.com/', for: ['pupil', 'parent', 'staff', 'other'] },
    { id: 'iwf', name: 'Internet Watch Foundation', description: 'Report child sexual abuse images or videos online. You can stay anonymous.', url: 'https://report.iwf.org.uk/', for: ['parent', 'staff', 'other'] },
    { id: 'posh', name: 'Professionals Online Safety Helpline', description: 'Advice for people who work with children.', phone: '0344 381 4772', url: 'https://saferinternet.org.uk/professionals-online-safety-helpline', for: ['staff'] },
  ],
};
