import type { Question } from '../types.js';

/*
 * The built-in ZIP IT / BLOCK IT / FLAG IT questions: a picture-led set for EYFS and a set each
 * for KS1 and KS2, in English and Welsh. The age comes from the id's prefix ("ks1-…"); a school
 * replaces any question by giving its own the same id. They load on demand (built-in.ts), as a chunk beside the CDN file.
 */

type Pair = [en: string, cy: string];

const q = (id: string, about: Question['about'], answer: 'zip' | 'block' | 'flag', [en, cy]: Pair, [ex, ey]: Pair, symbol?: Question['symbol']): Question => ({
  id,
  ages: [id.slice(0, id.indexOf('-')) as 'eyfs' | 'ks1' | 'ks2'],
  about,
  scenario: { en, cy },
  ...(symbol && { symbol }),
  answer,
  explanation: { en: ex, cy: ey },
});

const TELL: Pair = ['Tell an adult you trust', 'Dywed wrth oedolyn rwyt ti’n ymddiried ynddo'];
const tell = ([en, cy]: Pair): Pair => [`${TELL[0]}${en}`, `${TELL[1]}${cy}`];

/** The built-in quiz questions for EYFS, KS1 and KS2 (English and Welsh). */
export const DEFAULT_QUESTIONS: Question[] = [
  // EYFS (3–5): a picture and very few words.
  q('eyfs-home', 'contact', 'zip',
    ['Someone in a game asks: “Where do you live?”', 'Mae rhywun mewn gêm yn gofyn: “Ble rwyt ti’n byw?”'],
    ['Where you live is private. Don’t say it online.', 'Mae ble rwyt ti’n byw yn breifat. Paid â’i ddweud ar-lein.'], 'home'),
  q('eyfs-password', 'conduct', 'zip',
    ['A friend asks for your password.', 'Mae ffrind yn gofyn am dy gyfrinair.'],
    ['Only you and the grown-ups who look after you should know your password.', 'Dim ond ti a’r oedolion sy’n gofalu amdanat ti ddylai wybod dy gyfrinair.'], 'password'),
  q('eyfs-photo', 'conduct', 'zip',
    ['You want to send a silly photo of your friend.', 'Rwyt ti eisiau anfon llun doniol o dy ffrind.'],
    ['Stop and think first. Ask your friend if it is OK.', 'Stopia a meddylia yn gyntaf. Gofynna i dy ffrind ydy e’n iawn.'], 'camera'),
  q('eyfs-prize', 'commerce', 'block',
    ['A box pops up: “Tap here for a prize!”', 'Mae blwch yn ymddangos ar y sgrin: “Tapia yma am wobr!”'],
    ['Boxes like this are tricks. Don’t tap them.', 'Triciau ydy blychau fel hyn. Paid â’u tapio nhw.'], 'gift'),
  q('eyfs-mean', 'contact', 'block',
    ['Someone in a game says mean things to you.', 'Mae rhywun mewn gêm yn dweud pethau cas wrthot ti.'],
    ['Block them, and the mean words will stop. You don’t have to listen.', 'Blocia nhw, a bydd y geiriau cas yn stopio. Does dim rhaid i ti wrando.'], 'game'),
  q('eyfs-video', 'content', 'block',
    ['Someone you don’t know sends you a video.', 'Mae rhywun nad wyt ti’n ei adnabod yn anfon fideo atat ti.'],
    ['Things from people you don’t know can be tricks. Don’t open them.', 'Gall pethau gan bobl nad wyt ti’n eu hadnabod fod yn driciau. Paid â’u hagor nhw.'], 'video'),
  q('eyfs-scary', 'content', 'flag',
    ['You see a scary video.', 'Rwyt ti’n gweld fideo sy’n codi ofn arnat ti.'],
    ['Tell a grown-up. They will help you feel safe again.', 'Dywed wrth oedolyn. Byddan nhw’n dy helpu di i deimlo’n ddiogel eto.'], 'video'),
  q('eyfs-meet', 'contact', 'flag',
    ['Someone in a game says: “Come and meet me!”', 'Mae rhywun mewn gêm yn dweud: “Dere i gwrdd â fi!”'],
    ['Tell a grown-up straight away. Never go to meet someone from a game.', 'Dywed wrth oedolyn ar unwaith. Paid byth â mynd i gwrdd â rhywun o gêm.'], 'game'),
  q('eyfs-secret', 'contact', 'flag',
    ['Someone online says: “Don’t tell anyone about me.”', 'Mae rhywun ar-lein yn dweud: “Paid â dweud wrth neb amdana i.”'],
    ['Tell a grown-up. Secrets like this are never OK.', 'Dywed wrth oedolyn. Dydy cyfrinachau fel hyn byth yn iawn.'], 'friends'),

  // KS1 (5–7)
  q('ks1-address', 'contact', 'zip',
    ['In a game, a player you don’t know asks where you live.', 'Mewn gêm, mae chwaraewr nad wyt ti’n ei adnabod yn gofyn ble rwyt ti’n byw.'],
    ['Your address is private, so don’t share it online, even if the player sounds kind.', 'Mae dy gyfeiriad yn breifat, felly paid â’i rannu ar-lein, hyd yn oed os ydy’r chwaraewr yn swnio’n garedig.']),
  q('ks1-password', 'conduct', 'zip',
    ['Your best friend asks for your password so they can play on your account.', 'Mae dy ffrind gorau yn gofyn am dy gyfrinair er mwyn chwarae ar dy gyfrif di.'],
    ['Your password keeps your things safe, so only you and your grown-ups should know it. A good friend will understand.', 'Mae dy gyfrinair yn cadw dy bethau’n ddiogel, felly dim ond ti a’r oedolion sy’n gofalu amdanat ti ddylai ei wybod. Bydd ffrind da yn deall.']),
  q('ks1-pass-on', 'conduct', 'zip',
    ['A friend sends you a mean joke about a child in your class and says: “Pass it on!”', 'Mae ffrind yn anfon jôc gas am blentyn yn dy ddosbarth atat ti ac yn dweud: “Anfona hi ymlaen!”'],
    ['Stop and think how that child would feel. Keep it zipped and don’t pass it on.', 'Stopia a meddylia sut byddai’r plentyn yna’n teimlo. Cadwa’n dawel a phaid â’i hanfon hi ymlaen.']),
  q('ks1-quiz-details', 'commerce', 'zip',
    ['A fun quiz online asks for your full name, your birthday and your school.', 'Mae cwis hwyliog ar-lein yn gofyn am dy enw llawn, dy ben-blwydd a dy ysgol.'],
    ['Your name, birthday and school are private. A quiz doesn’t need them, so keep them to yourself.', 'Mae dy enw, dy ben-blwydd a dy ysgol yn breifat. Dydy cwis ddim angen y rhain, felly paid â’u rhannu nhw.']),
  q('ks1-pop-up-prize', 'commerce', 'block',
    ['A message pops up: “You’ve won a new tablet! Click here!”', 'Mae neges yn ymddangos yn sydyn ar y sgrin: “Rwyt ti wedi ennill llechen newydd! Clicia yma!”'],
    ['Prizes that pop up like this are tricks to make you click. Don’t click the link.', 'Triciau i wneud i ti glicio ydy gwobrau sy’n ymddangos fel hyn. Paid â chlicio ar y ddolen.']),
  q('ks1-free-coins', 'commerce', 'block',
    ['An advert in your game says: “Tap here for 1,000 free coins!”', 'Mae hysbyseb yn dy gêm yn dweud: “Tapia yma am 1,000 o ddarnau arian am ddim!”'],
    ['Offers like this are usually tricks to get you tapping. Leave it and carry on with your game.', 'Triciau i wneud i ti dapio ydy cynigion fel hyn fel arfer. Paid â thapio, a dal ati gyda dy gêm.']),
  q('ks1-nasty-player', 'contact', 'block',
    ['A player you don’t know keeps sending you nasty messages in a game.', 'Mae chwaraewr nad wyt ti’n ei adnabod yn dal i anfon negeseuon cas atat ti mewn gêm.'],
    ['Block them, so their messages can’t reach you any more. It is not your fault.', 'Blocia nhw, a fydd eu negeseuon ddim yn dy gyrraedd di mwyach. Nid arnat ti mae’r bai.']),
  q('ks1-link', 'content', 'block',
    ['Someone you don’t know sends a link: “Watch this funny video!”', 'Mae rhywun nad wyt ti’n ei adnabod yn anfon dolen: “Gwylia’r fideo doniol yma!”'],
    ['Links from people you don’t know can hide nasty things. Don’t open it.', 'Gall dolenni gan bobl nad wyt ti’n eu hadnabod guddio pethau cas. Paid â’i hagor hi.']),
  q('ks1-meet', 'contact', 'flag',
    ['Someone you only know from a game asks to meet you at the park.', 'Mae rhywun rwyt ti ond yn ei adnabod o gêm yn gofyn i gwrdd â ti yn y parc.'],
    tell([' straight away. People online are not always who they say they are.', ' ar unwaith. Dydy pobl ar-lein ddim bob amser pwy maen nhw’n dweud ydyn nhw.'])),
  q('ks1-scary', 'content', 'flag',
    ['A cartoon you are watching suddenly shows something scary.', 'Mae cartŵn rwyt ti’n ei wylio yn dangos rhywbeth sy’n codi ofn yn sydyn.'],
    tell(['. They can help you feel better and find safer things to watch.', '. Gallan nhw dy helpu di i deimlo’n well a dod o hyd i bethau mwy diogel i’w gwylio.'])),
  q('ks1-spent', 'commerce', 'flag',
    ['You tapped a button in a game and it spent real money. You feel worried.', 'Rwyt ti wedi tapio botwm mewn gêm ac mae wedi gwario arian go iawn. Rwyt ti’n poeni.'],
    ['Mistakes happen. Tell a grown-up straight away so they can help put it right.', 'Mae camgymeriadau’n digwydd. Dywed wrth oedolyn ar unwaith er mwyn iddyn nhw dy helpu di i’w gywiro.']),
  q('ks1-names', 'conduct', 'flag',
    ['In an online game, some children from your class keep calling one child names.', 'Mewn gêm ar-lein, mae rhai plant o dy ddosbarth yn dal i alw enwau ar un plentyn.'],
    tell([' so they can help. Speaking up is a kind thing to do.', ' er mwyn iddyn nhw helpu. Mae codi llais yn beth caredig i’w wneud.'])),

  // KS2 (7–11)
  q('ks2-selfie', 'conduct', 'zip',
    ['You want to post a selfie in your school uniform, with your street sign behind you.', 'Rwyt ti eisiau postio hunlun yn dy wisg ysgol, gydag arwydd dy stryd y tu ôl i ti.'],
    ['Think before you post: a photo like this could show strangers where you live and go to school.', 'Meddylia cyn postio: gallai llun fel hyn ddangos i bobl ddieithr ble rwyt ti’n byw ac yn mynd i’r ysgol.']),
  q('ks2-which-school', 'contact', 'zip',
    ['Someone you have played a game with for weeks asks which school you go to.', 'Mae rhywun rwyt ti wedi chwarae gêm gyda nhw ers wythnosau yn gofyn i ba ysgol rwyt ti’n mynd.'],
    ['They may feel like a friend, but you have never met them in real life. Keep details like your school private.', 'Efallai eu bod nhw’n teimlo fel ffrind, ond dwyt ti erioed wedi cwrdd â nhw go iawn. Cadwa fanylion fel dy ysgol yn breifat.']),
  q('ks2-angry-reply', 'conduct', 'zip',
    ['Someone in your group chat says something that makes you really cross. You start typing an angry reply.', 'Mae rhywun yn dy sgwrs grŵp yn dweud rhywbeth sy’n dy wneud di’n grac iawn. Rwyt ti’n dechrau teipio ateb crac.'],
    ['Pause before you send. Words typed in a hurry can hurt, and they are hard to take back.', 'Arhosa cyn anfon. Gall geiriau sy’n cael eu teipio ar frys frifo, ac mae’n anodd eu tynnu nhw’n ôl.']),
  q('ks2-competition', 'commerce', 'zip',
    ['A website says you could win a games console if you type in your full name, address and phone number.', 'Mae gwefan yn dweud y gallet ti ennill consol gemau os wyt ti’n teipio dy enw llawn, dy gyfeiriad a dy rif ffôn.'],
    ['Your details are valuable, and sites like this often collect them to sell. Keep them private.', 'Mae dy fanylion yn werthfawr, ac mae gwefannau fel hyn yn aml yn eu casglu i’w gwerthu. Cadwa nhw’n breifat.']),
  q('ks2-account-alert', 'commerce', 'block',
    ['A message from someone you don’t know says: “Your game account will be deleted today! Click this link to save it.”', 'Mae neges gan rywun nad wyt ti’n ei adnabod yn dweud: “Bydd dy gyfrif gêm yn cael ei ddileu heddiw! Clicia ar y ddolen hon i’w achub.”'],
    ['Messages that rush you to click are a common trick. Don’t open the link: block the sender.', 'Mae negeseuon sy’n dy frysio di i glicio yn dric cyffredin. Paid ag agor y ddolen: blocia’r anfonwr.']),
  q('ks2-file', 'content', 'block',
    ['You get a file called “funny pics” from someone you don’t know.', 'Rwyt ti’n cael ffeil o’r enw “lluniau doniol” gan rywun nad wyt ti’n ei adnabod.'],
    ['Files from strangers can hold viruses or nasty pictures. Don’t open it: block the sender.', 'Gall ffeiliau gan bobl ddieithr gynnwys feirysau neu luniau cas. Paid â’i hagor hi: blocia’r anfonwr.']),
  q('ks2-is-this-you', 'content', 'block',
    ['An account you don’t know sends a link and asks: “Is this you in this video?!”', 'Mae cyfrif nad wyt ti’n ei adnabod yn anfon dolen ac yn gofyn: “Ai ti sydd yn y fideo yma?!”'],
    ['This is a well-known trick to make you curious enough to click. Don’t open the link: block the account.', 'Mae hwn yn dric adnabyddus i dy wneud di’n ddigon chwilfrydig i glicio. Paid ag agor y ddolen: blocia’r cyfrif.']),
  q('ks2-rude-player', 'contact', 'block',
    ['A stranger in an online game keeps following you and sending rude messages, even after you ask them to stop.', 'Mae rhywun dieithr mewn gêm ar-lein yn dal i dy ddilyn di ac anfon negeseuon anghwrtais, hyd yn oed ar ôl i ti ofyn iddyn nhw stopio.'],
    ['Block them: you don’t have to put up with rude messages, and blocking stops them reaching you.', 'Blocia nhw: does dim rhaid i ti ddioddef negeseuon anghwrtais, ac mae blocio yn eu rhwystro nhw rhag dy gyrraedd di.']),
  q('ks2-meet', 'contact', 'flag',
    ['Someone you met in a game says they are 10 too. They ask you to meet them at the shops on Saturday.', 'Mae rhywun wnest ti gwrdd â nhw mewn gêm yn dweud eu bod nhw’n 10 oed hefyd. Maen nhw’n gofyn i ti gwrdd â nhw wrth y siopau ddydd Sadwrn.'],
    tell([' straight away. People online can pretend to be anyone, even another child.', ' ar unwaith. Gall pobl ar-lein esgus bod yn unrhyw un, hyd yn oed yn blentyn arall.'])),
  q('ks2-photo', 'contact', 'flag',
    ['An online friend asks you to send a photo of yourself and to keep it a secret.', 'Mae ffrind ar-lein yn gofyn i ti anfon llun ohonot ti dy hun a’i gadw’n gyfrinach.'],
    tell([': you won’t be in trouble. A real friend would never ask you to keep a secret like this.', ': fyddi di ddim mewn trwbl. Fyddai ffrind go iawn byth yn gofyn i ti gadw cyfrinach fel hyn.'])),
  q('ks2-not-for-children', 'content', 'flag',
    ['While searching for your homework, you see pictures that are not meant for children, and they make you feel uncomfortable.', 'Wrth chwilio am dy waith cartref, rwyt ti’n gweld lluniau sydd ddim i blant, ac maen nhw’n gwneud i ti deimlo’n anghyfforddus.'],
    ['Close the page and tell an adult you trust. It is not your fault, and talking about it helps.', 'Caea’r dudalen a dywed wrth oedolyn rwyt ti’n ymddiried ynddo. Nid arnat ti mae’r bai, ac mae siarad am y peth yn helpu.']),
  q('ks2-group-chat', 'conduct', 'flag',
    ['In your class group chat, people keep posting jokes about one pupil, who has gone very quiet.', 'Yn sgwrs grŵp dy ddosbarth, mae pobl yn dal i bostio jôcs am un disgybl, sydd wedi mynd yn dawel iawn.'],
    tell([' so they can help. Speaking up for someone is a brave and kind thing to do.', ' er mwyn iddyn nhw helpu. Mae codi llais dros rywun yn beth dewr a charedig i’w wneud.'])),
  q('ks2-mystery-boxes', 'commerce', 'flag',
    ['You keep spending your pocket money on mystery boxes in a game, and you’re worried you can’t stop.', 'Rwyt ti’n dal i wario dy arian poced ar focsys dirgel mewn gêm, ac rwyt ti’n poeni na alli di stopio.'],
    tell(['. Games like this are made to keep you buying, and a grown-up can help you take control.', '. Mae gemau fel hyn wedi’u gwneud i dy gadw di’n prynu, a gall oedolyn dy helpu di i gymryd rheolaeth.'])),
];

/** The built-in questions of one age set (quiz-sets.ts): those whose id starts with it. */
export const questionsOfSet = (set: string): Question[] => DEFAULT_QUESTIONS.filter((q) => q.id.startsWith(`${set}-`));
