import { msg } from '@lit/localize';
import type { Contact } from '../bundle/types.js';
import { pick } from '../text/local.js';

/** The built-in name of a contact's role, in the UI language. */
export function roleName(role: Contact['role']): string {
  switch (role) {
    case 'dsl':
      return msg('Designated Safeguarding Lead');
    case 'deputy-dsl':
      return msg('Deputy Designated Safeguarding Lead');
    case 'online-safety-lead':
      return msg('Online safety lead');
    case 'headteacher':
      return msg('Headteacher');
    case 'safeguarding-governor':
      return msg('Safeguarding governor');
    case 'office':
      return msg('School office');
    case 'it-support':
      return msg('IT support');
    case 'trusted-adult':
      return msg('Trusted adult');
    case 'organisation':
      return msg('Organisation');
    default:
      return msg('Contact');
  }
}

/** What a contact does: the bundle's own words for the role, else the built-in name. */
export const contactRole = (c: Contact, lang: string): string => (c.roleLabel ? pick(c.roleLabel, lang) : roleName(c.role));

/** "Name (role)", or the role alone when no one is named. */
export const contactLabel = (c: Contact, lang: string): string => (c.name ? `${c.name} (${contactRole(c, lang)})` : contactRole(c, lang));

/** A tel: link for a phone number as people write it ("01632 960123" → "tel:01632960123"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
