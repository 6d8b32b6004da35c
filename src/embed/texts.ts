/** The few words embed.html itself says, in English and Welsh (the elements have their own). */
const TEXTS = {
  en: {
    address: 'Address of this part (copy it to share it):',
    blockedLink: 'This link cannot open from inside this page. Copy the address:',
    blockedPrint: 'Printing is not allowed inside this page',
    printHelp: 'The copy is on the screen: select it and copy it, or open this page on its own to print it: ',
    copy: 'A copy to keep (if your browser did not save the file, copy this text):',
  },
  cy: {
    address: 'Cyfeiriad y rhan hon (copïwch ef i’w rannu):',
    blockedLink: 'Does dim modd agor y ddolen hon o’r tu mewn i’r dudalen hon. Copïwch y cyfeiriad:',
    blockedPrint: 'Does dim modd argraffu o’r tu mewn i’r dudalen hon',
    printHelp: 'Mae’r copi ar y sgrin: dewiswch ef a’i gopïo, neu agorwch y dudalen hon ar ei phen ei hun i’w hargraffu: ',
    copy: 'Copi i’w gadw (os na chadwodd eich porwr y ffeil, copïwch y testun hwn):',
  },
};

export type EmbedTexts = (typeof TEXTS)['en'];

export const textsFor = (lang: string): EmbedTexts => (/^cy\b/i.test(lang) ? TEXTS.cy : TEXTS.en);
