import type { Theme } from '../types.js';

/** The built-in themes parents filter guidance topics by; topics name them in `tags`. */
export const DEFAULT_THEMES: Theme[] = [
  { id: 'social-media', label: { en: 'Social media and apps', cy: 'Cyfryngau cymdeithasol ac apiau' } },
  { id: 'controls', label: { en: 'Parental controls', cy: 'Rheolaethau rhieni' } },
  { id: 'gaming', label: { en: 'Gaming', cy: 'Gemau' } },
  { id: 'screen-time', label: { en: 'Screen time and sleep', cy: 'Amser sgrin a chwsg' } },
  { id: 'photos', label: { en: 'Photos and sharing', cy: 'Lluniau a rhannu' } },
  { id: 'bullying', label: { en: 'Bullying', cy: 'Bwlio' } },
  { id: 'money', label: { en: 'Money and scams', cy: 'Arian a sgamiau' } },
  { id: 'ai', label: { en: 'AI and fake images', cy: 'AI a lluniau ffug' } },
  { id: 'help', label: { en: 'Getting help', cy: 'Cael help' } },
];
