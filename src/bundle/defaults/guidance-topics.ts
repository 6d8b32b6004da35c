import type { Block, Topic } from '../types.js';

/*
 * The built-in guidance topics for parents and carers, in English and Welsh. Steps stay generic
 * (menus differ between makes and versions); links go to the home pages of trusted UK services.
 * A school replaces a topic by giving its own the same id, or drops it with omitDefaults.
 * Kept compact: they ship in the all-in-one file. Talk prompts are what a parent says to their
 * child, so their Welsh uses "ti".
 */

/** English and Welsh. */
type Pair = [en: string, cy: string];
type Age = NonNullable<Topic['ages']>[number];
type Link = NonNullable<Topic['links']>[number];

const t = ([en, cy]: Pair) => ({ en, cy });
const p = (en: string, cy: string): Block => ({ type: 'paragraph', text: { en, cy } });
const list = (items: Pair[]): Block => ({ type: 'list', items: items.map(t) });
/** Step-by-step instructions: a numbered list. */
const steps = (items: Pair[]): Block => ({ type: 'list', ordered: true, items: items.map(t) });
/** A table row: one cell per pair. */
const row = (...cells: Pair[]) => cells.map(t);
const important = (en: string, cy: string): Block => ({ type: 'note', variant: 'important', text: { en, cy } });

const link = (url: string, title: Pair, description: Pair): Link => ({ title: t(title), url, description: t(description) });

const ALL: Age[] = ['eyfs', 'ks1', 'ks2', 'ks3', 'ks4'];
const KS1_UP = ALL.slice(1);
const KS2_UP = ALL.slice(2);

const topic = (
  id: string,
  ages: Age[],
  tags: string[],
  title: Pair,
  summary: Pair,
  blocks: Block[],
  talk: Pair[],
  links: Link[],
): Topic => ({ id, title: t(title), summary: t(summary), ages, tags, blocks, talk: talk.map(t), links, reviewed: '2026-11-01' });

const CEOP_URL = 'https://www.ceop.police.uk/Safety-Centre/';

const SAFER_INTERNET = link('https://saferinternet.org.uk/', ['UK Safer Internet Centre', 'UK Safer Internet Centre'], [
  'Guides to safety settings and parental controls',
  'Canllawiau ar osodiadau diogelwch a rheolaethau rhieni',
]);
const INTERNET_MATTERS = link('https://www.internetmatters.org/', ['Internet Matters', 'Internet Matters'], [
  'Step-by-step guides for devices, apps and games',
  'Canllawiau cam wrth gam ar gyfer dyfeisiau, apiau a gemau',
]);
const CHILDNET = link('https://www.childnet.com/', ['Childnet', 'Childnet'], [
  'Advice for parents and carers, including a family agreement',
  'Cyngor i rieni a gofalwyr, gan gynnwys cytundeb teulu',
]);
const NSPCC = link('https://www.nspcc.org.uk/', ['NSPCC', 'NSPCC'], [
  'Online safety advice, and a helpline for adults: 0808 800 5000',
  'Cyngor ar ddiogelwch ar-lein, a llinell gymorth i oedolion: 0808 800 5000',
]);
const CHILDLINE = link('https://www.childline.org.uk/', ['Childline', 'Childline'], [
  'Free, confidential help for children and young people: 0800 1111',
  'Help am ddim a chyfrinachol i blant a phobl ifanc: 0800 1111',
]);
const CEOP = link(CEOP_URL, ['CEOP Safety Centre', 'Canolfan Ddiogelwch CEOP'], [
  'Report online sexual abuse or grooming',
  'Rhoi gwybod am gam-drin rhywiol neu feithrin perthynas amhriodol ar-lein',
]);
const PARENT_ZONE = link('https://parentzone.org.uk/', ['Parent Zone', 'Parent Zone'], [
  'Advice for families on digital life',
  'Cyngor i deuluoedd am fywyd digidol',
]);
const PEGI = link('https://pegi.info/', ['PEGI', 'PEGI'], [
  'Look up the age rating and content of a game',
  'Chwiliwch am radd oedran a chynnwys gêm',
]);
const NCSC = link('https://www.ncsc.gov.uk/', ['National Cyber Security Centre', 'Y Ganolfan Seiberddiogelwch Genedlaethol'], [
  'Spotting scams and keeping accounts secure',
  'Adnabod sgamiau a chadw cyfrifon yn ddiogel',
]);
const ANTI_BULLYING = link('https://anti-bullyingalliance.org.uk/', ['Anti-Bullying Alliance', 'Anti-Bullying Alliance'], [
  'Advice for parents on bullying, including online',
  'Cyngor i rieni am fwlio, gan gynnwys ar-lein',
]);
const HWB = link('https://hwb.gov.wales/keeping-safe-online/', ['Hwb: Keeping safe online', 'Hwb: Cadw’n ddiogel ar-lein'], [
  'Welsh Government advice for families, in Welsh and English',
  'Cyngor Llywodraeth Cymru i deuluoedd, yn Gymraeg ac yn Saesneg',
]);

/** The built-in guidance topics for parents and carers (English and Welsh). */
export const DEFAULT_TOPICS: Topic[] = [
  topic(
    'social-media',
    KS2_UP,
    ['social-media'],
    ['Social media and age ratings', 'Cyfryngau cymdeithasol a graddfeydd oedran'],
    [
      'Most social media apps are for ages 13 and over: here is what the ratings tell you.',
      'Mae’r rhan fwyaf o apiau cyfryngau cymdeithasol ar gyfer pobl 13 oed a hŷn: dyma beth mae’r graddfeydd yn ei ddweud wrthych.',
    ],
    [
      p(
        'Most social media and messaging apps, including WhatsApp since 2024, say users must be at least **13**. UK data protection law also treats 13 as the age at which a child can agree to an online service using their data.',
        'Mae’r rhan fwyaf o apiau cyfryngau cymdeithasol ac apiau negeseuon, gan gynnwys WhatsApp ers 2024, yn dweud bod rhaid i ddefnyddwyr fod yn **13** oed o leiaf. Mae cyfraith diogelu data’r DU hefyd yn trin 13 fel yr oedran pan all plentyn gytuno i wasanaeth ar-lein ddefnyddio ei ddata.',
      ),
      p(
        'Age limits are not about how sensible your child is. Younger users are less protected: strangers can contact them, feeds can show upsetting things, and apps are built to keep people scrolling.',
        'Nid mater o ba mor gall yw eich plentyn yw’r terfynau oedran. Mae defnyddwyr iau yn llai diogel: gall dieithriaid gysylltu â nhw, gall ffrydiau ddangos pethau sy’n peri gofid, ac mae apiau wedi’u cynllunio i gadw pobl i sgrolio.',
      ),
      list([
        [
          '**PEGI** ratings (3, 7, 12, 16, 18) appear on games and on apps in Google Play, with icons for content such as violence, bad language or in-game purchases.',
          'Mae graddfeydd **PEGI** (3, 7, 12, 16, 18) i’w gweld ar gemau ac ar apiau yn Google Play, gydag eiconau ar gyfer cynnwys fel trais, iaith anweddus neu bryniannau o fewn gemau.',
        ],
        [
          'App store ratings describe what is in an app, not who your child might meet there.',
          'Mae graddfeydd siopau apiau yn disgrifio beth sydd mewn ap, nid pwy y gallai eich plentyn ei gyfarfod yno.',
        ],
        [
          'An app’s own minimum age is in its terms, and can be higher than its store rating.',
          'Mae isafswm oedran ap yn ei delerau, a gall fod yn uwch na’i radd yn y siop apiau.',
        ],
      ]),
      p('When your child is old enough, set up their first account together:', 'Pan fydd eich plentyn yn ddigon hen, sefydlwch ei gyfrif cyntaf gyda’ch gilydd:'),
      steps([
        [
          'Enter their real date of birth, so the app’s protections for under-18s apply.',
          'Rhowch ddyddiad geni go iawn eich plentyn, fel bod amddiffyniadau’r ap ar gyfer pobl dan 18 oed yn berthnasol.',
        ],
        [
          'Make the account private and limit who can message or comment.',
          'Gwnewch y cyfrif yn breifat, a chyfyngwch ar bwy sy’n gallu anfon negeseuon neu roi sylwadau.',
        ],
        ['Turn off location sharing.', 'Diffoddwch rannu lleoliad.'],
        ['Show your child how to block, mute and report.', 'Dangoswch i’ch plentyn sut i flocio, distewi a riportio.'],
      ]),
    ],
    [
      ['Which apps do your friends use, and what do you like about them?', 'Pa apiau mae dy ffrindiau’n eu defnyddio, a beth rwyt ti’n ei hoffi amdanyn nhw?'],
      ['Why do you think some apps are only for people aged 13 and over?', 'Pam wyt ti’n meddwl bod rhai apiau ar gyfer pobl 13 oed a hŷn yn unig?'],
      [
        'What would you do if someone you didn’t know sent you a message?',
        'Beth fyddet ti’n ei wneud petai rhywun dwyt ti ddim yn ei adnabod yn anfon neges atat ti?',
      ],
    ],
    [INTERNET_MATTERS, NSPCC, PEGI],
  ),

  topic(
    'parental-controls',
    ALL,
    ['controls'],
    ['Parental controls on phones and tablets', 'Rheolaethau rhieni ar ffonau a llechi'],
    [
      'Set age limits, approve downloads and manage time on your child’s device.',
      'Gosodwch derfynau oedran, cymeradwywch lawrlwythiadau a rheolwch amser ar ddyfais eich plentyn.',
    ],
    [
      p(
        'Phones and tablets come with free parental controls. On Apple devices they are under **Screen Time** in Settings; on Android, Google’s **Family Link** app does the job; Amazon Fire tablets have **Amazon Kids**. Menus differ between makes and software versions, so use these steps as a guide and check the maker’s help pages.',
        'Mae rheolaethau rhieni am ddim ar ffonau a llechi. Ar ddyfeisiau Apple maen nhw o dan **Screen Time** yn y gosodiadau (Settings); ar Android, ap **Family Link** Google sy’n gwneud y gwaith; mae gan lechi Amazon Fire **Amazon Kids**. Mae’r dewislenni’n wahanol rhwng gwneuthurwyr a fersiynau meddalwedd, felly defnyddiwch y camau hyn fel canllaw a gwiriwch dudalennau cymorth y gwneuthurwr.',
      ),
      steps([
        [
          'Set up a child account linked to your own (Family Sharing on Apple, Family Link on Android).',
          'Crëwch gyfrif plentyn sydd wedi’i gysylltu â’ch cyfrif chi (Family Sharing ar Apple, Family Link ar Android).',
        ],
        [
          'Choose content limits for your child’s age: apps, films, music and websites.',
          'Dewiswch gyfyngiadau cynnwys sy’n addas i oedran eich plentyn: apiau, ffilmiau, cerddoriaeth a gwefannau.',
        ],
        [
          'Turn on approval for downloads and purchases (Ask to Buy on Apple).',
          'Trowch ymlaen yr angen am eich caniatâd cyn lawrlwytho a phrynu (Ask to Buy ar Apple).',
        ],
        ['Set daily time limits and a switch-off time at night.', 'Gosodwch derfynau amser dyddiol ac amser diffodd gyda’r nos.'],
        ['Protect the settings with a passcode your child does not know.', 'Diogelwch y gosodiadau gyda chod pas nad yw eich plentyn yn ei wybod.'],
        ['Check the settings again after updates, and as your child grows.', 'Gwiriwch y gosodiadau eto ar ôl diweddariadau, ac wrth i’ch plentyn dyfu.'],
      ]),
      p(
        'Many apps, such as YouTube and TikTok, have their own family settings too. Controls are a safety net, not a replacement for talking: explain what you have set and why, and loosen limits as your child shows they can manage.',
        'Mae gan lawer o apiau, fel YouTube a TikTok, eu gosodiadau teulu eu hunain hefyd. Rhwyd ddiogelwch yw rheolaethau, nid rhywbeth yn lle siarad: eglurwch beth rydych chi wedi’i osod a pham, a llaciwch y terfynau wrth i’ch plentyn ddangos ei fod yn gallu ymdopi.',
      ),
    ],
    [
      ['Can we look at the settings on your tablet together?', 'Gawn ni edrych ar y gosodiadau ar dy lechen gyda’n gilydd?'],
      ['Which limits feel fair to you, and why?', 'Pa derfynau sy’n teimlo’n deg i ti, a pham?'],
      [
        'If a setting stops you doing something you need for school, will you tell me?',
        'Os ydy gosodiad yn dy rwystro rhag gwneud rhywbeth sydd ei angen arnat ti ar gyfer yr ysgol, wnei di ddweud wrtha i?',
      ],
    ],
    [INTERNET_MATTERS, SAFER_INTERNET],
  ),

  topic(
    'console-controls',
    ALL,
    ['controls', 'gaming'],
    ['Parental controls on games consoles', 'Rheolaethau rhieni ar gonsolau gemau'],
    [
      'Limit games by age, and control chat, spending and play time on Xbox, PlayStation and Nintendo Switch.',
      'Cyfyngwch gemau yn ôl oedran, a rheolwch sgwrsio, gwario ac amser chwarae ar Xbox, PlayStation a Nintendo Switch.',
    ],
    [
      p(
        'Each console maker offers free family settings, on the console and usually through a phone app too: the Xbox Family Settings app, family management in your PlayStation account, and the Nintendo Switch Parental Controls app. Names and menus change over time, so treat these steps as a general guide.',
        'Mae pob gwneuthurwr consolau’n cynnig gosodiadau teulu am ddim, ar y consol ac fel arfer drwy ap ffôn hefyd: ap Xbox Family Settings, rheoli teulu yn eich cyfrif PlayStation, ac ap Nintendo Switch Parental Controls. Mae’r enwau a’r dewislenni’n newid dros amser, felly canllaw cyffredinol yw’r camau hyn.',
      ),
      steps([
        [
          'Set up your own adult account first, then add your child to the family group with their real date of birth.',
          'Sefydlwch eich cyfrif oedolyn eich hun yn gyntaf, yna ychwanegwch eich plentyn at y grŵp teulu gyda’i ddyddiad geni go iawn.',
        ],
        ['Set an age limit for games, using PEGI ratings.', 'Gosodwch derfyn oedran ar gyfer gemau, gan ddefnyddio graddfeydd PEGI.'],
        [
          'Decide who can chat or send messages: no one, friends you approve, or everyone.',
          'Penderfynwch pwy sy’n gallu sgwrsio neu anfon negeseuon: neb, ffrindiau rydych chi’n eu cymeradwyo, neu bawb.',
        ],
        [
          'Turn on approval for purchases, or set the spending limit to zero.',
          'Trowch ymlaen yr angen am eich caniatâd cyn prynu, neu gosodwch y terfyn gwario ar sero.',
        ],
        ['Set play-time limits if you want them.', 'Gosodwch derfynau amser chwarae os ydych chi’n dymuno.'],
        ['Keep your account password and PIN to yourself.', 'Cadwch gyfrinair a PIN eich cyfrif i chi’ch hun.'],
      ]),
      p(
        'Check handheld consoles and computers too: game stores on a PC have settings of their own.',
        'Gwiriwch gonsolau llaw a chyfrifiaduron hefyd: mae gan siopau gemau ar gyfrifiadur eu gosodiadau eu hunain.',
      ),
    ],
    [
      ['Who do you play with online, and do you know them in real life?', 'Gyda phwy wyt ti’n chwarae ar-lein, ac wyt ti’n eu hadnabod nhw yn y byd go iawn?'],
      ['What would you like to be able to buy, and how should we decide?', 'Beth hoffet ti allu ei brynu, a sut dylen ni benderfynu?'],
      ['Shall we set up the settings together?', 'Beth am i ni drefnu’r gosodiadau gyda’n gilydd?'],
    ],
    [INTERNET_MATTERS, PEGI],
  ),

  topic(
    'broadband-filters',
    ALL,
    ['controls'],
    ['Filters on your home broadband', 'Hidlyddion ar eich band eang cartref'],
    [
      'Turn on your internet provider’s free filter to cover every device on your home wifi.',
      'Trowch hidlydd am ddim eich darparwr rhyngrwyd ymlaen i warchod pob dyfais ar eich wifi cartref.',
    ],
    [
      p(
        'The main UK broadband providers offer a free filter that blocks adult and harmful websites on every device connected to your home wifi, visitors’ devices included. Each provider names it and places it differently, so check its help pages as you go.',
        'Mae prif ddarparwyr band eang y DU yn cynnig hidlydd am ddim sy’n blocio gwefannau oedolion a gwefannau niweidiol ar bob dyfais sydd wedi’i chysylltu â’ch wifi cartref, gan gynnwys dyfeisiau ymwelwyr. Mae pob darparwr yn ei enwi a’i osod mewn lle gwahanol, felly edrychwch ar ei dudalennau cymorth wrth fynd ati.',
      ),
      steps([
        ['Sign in to your account on the provider’s website or app.', 'Mewngofnodwch i’ch cyfrif ar wefan neu ap y darparwr.'],
        ['Find the parental controls or safety filter section.', 'Dewch o hyd i’r adran rheolaethau rhieni neu hidlydd diogelwch.'],
        [
          'Choose a filter level that suits the youngest child at home, and switch it on.',
          'Dewiswch lefel hidlo sy’n addas i’r plentyn ieuengaf yn y cartref, a’i throi ymlaen.',
        ],
        [
          'Add any sites you want to block or allow, and set times if the service offers them.',
          'Ychwanegwch unrhyw wefannau rydych chi am eu blocio neu eu caniatáu, a gosodwch amseroedd os yw’r gwasanaeth yn cynnig hynny.',
        ],
        ['Test it on a device, and keep the account password to yourself.', 'Profwch yr hidlydd ar ddyfais, a chadwch gyfrinair y cyfrif i chi’ch hun.'],
      ]),
      p(
        'No filter catches everything, and a home filter does not work on mobile data or on other people’s wifi. Mobile networks have their own adult-content filter, so check it is on for your child’s SIM. VPN apps can get round filters: if one appears on a device, ask about it.',
        'Does dim hidlydd sy’n dal popeth, a dydy hidlydd cartref ddim yn gweithio ar ddata symudol nac ar wifi pobl eraill. Mae gan rwydweithiau ffonau symudol eu hidlydd cynnwys oedolion eu hunain, felly gwiriwch ei fod ymlaen ar gyfer SIM eich plentyn. Gall apiau VPN osgoi hidlyddion: os bydd un yn ymddangos ar ddyfais, holwch amdano.',
      ),
    ],
    [
      ['Do you know why we have a filter at home?', 'Wyt ti’n gwybod pam mae gennym ni hidlydd gartref?'],
      [
        'If something gets past the filter and upsets you, what will you do?',
        'Os bydd rhywbeth yn llwyddo i fynd heibio’r hidlydd ac yn dy ypsetio, beth wnei di?',
      ],
      [
        'Does the filter ever block something you need for homework?',
        'Ydy’r hidlydd weithiau’n blocio rhywbeth sydd ei angen arnat ti ar gyfer gwaith cartref?',
      ],
    ],
    [SAFER_INTERNET, INTERNET_MATTERS],
  ),

  topic(
    'gaming',
    KS1_UP,
    ['gaming'],
    ['Gaming and in-game chat', 'Gemau a sgwrsio mewn gemau'],
    [
      'Check PEGI ratings, play together, and know who your child talks to while playing.',
      'Gwiriwch raddfeydd PEGI, chwaraewch gyda’ch gilydd, a dewch i wybod gyda phwy mae eich plentyn yn siarad wrth chwarae.',
    ],
    [
      p(
        'Games can be creative and sociable, and a great way to spend time together. A **PEGI** rating (3, 7, 12, 16 or 18) tells you about a game’s content, not how hard it is, and it does not cover what other players say or share.',
        'Gall gemau fod yn greadigol ac yn gymdeithasol, ac yn ffordd wych o dreulio amser gyda’ch gilydd. Mae gradd **PEGI** (3, 7, 12, 16 neu 18) yn dweud wrthych am gynnwys gêm, nid pa mor anodd yw hi, a dydy hi ddim yn ystyried beth mae chwaraewyr eraill yn ei ddweud neu’n ei rannu.',
      ),
      p(
        'Many games let players talk by text or voice with people they have never met. Some adults pretend to be young to win a child’s trust, offer gifts such as game currency, or try to move the chat to a private app.',
        'Mae llawer o gemau’n gadael i chwaraewyr siarad drwy neges neu lais â phobl nad ydyn nhw erioed wedi’u cyfarfod. Mae rhai oedolion yn esgus bod yn ifanc er mwyn ennill ymddiriedaeth plentyn, yn cynnig anrhegion fel arian gêm, neu’n ceisio symud y sgwrs i ap preifat.',
      ),
      list([
        ['Play or watch a game yourself before you decide.', 'Chwaraewch neu gwyliwch gêm eich hun cyn penderfynu.'],
        ['Keep consoles and headsets in shared rooms for younger children.', 'Cadwch gonsolau a chlustffonau mewn ystafelloedd teuluol ar gyfer plant iau.'],
        ['Limit chat to friends your child knows offline.', 'Cyfyngwch sgwrsio i ffrindiau mae eich plentyn yn eu hadnabod all-lein.'],
        ['Make sure your child knows how to mute, block and report.', 'Gwnewch yn siŵr bod eich plentyn yn gwybod sut i ddistewi, blocio a riportio.'],
      ]),
      p(
        'Tell your child they will never be in trouble for telling you about a message that worried them.',
        'Dywedwch wrth eich plentyn na fydd byth mewn trwbl am ddweud wrthych am neges a oedd yn ei boeni.',
      ),
      important(
        `If an adult asks your child for pictures, to meet up or to keep secrets, report it to [CEOP](${CEOP_URL}).`,
        `Os bydd oedolyn yn gofyn i’ch plentyn am luniau, am gael cyfarfod neu am gadw cyfrinachau, rhowch wybod i [CEOP](${CEOP_URL}).`,
      ),
    ],
    [
      ['Can you show me your favourite game and teach me to play?', 'Wnei di ddangos dy hoff gêm i mi a fy nysgu i chwarae?'],
      ['Has anyone in a game ever asked you to chat somewhere else?', 'Ydy rhywun mewn gêm erioed wedi gofyn i ti sgwrsio yn rhywle arall?'],
      ['What would you do if another player was unkind to you?', 'Beth fyddet ti’n ei wneud petai chwaraewr arall yn gas wrthot ti?'],
    ],
    [PEGI, CEOP, NSPCC],
  ),

  topic(
    'screen-time',
    ALL,
    ['screen-time'],
    ['Screen time and sleep', 'Amser sgrin a chwsg'],
    [
      'Think about what your child does on screens, and keep devices out of bedrooms at night.',
      'Meddyliwch am beth mae eich plentyn yn ei wneud ar sgriniau, a chadwch ddyfeisiau allan o’r ystafell wely yn y nos.',
    ],
    [
      p(
        'There is no magic number of hours. What matters more is what your child is doing, and whether screens are crowding out sleep, exercise, homework, play and time together. For children aged 2 to 4, the World Health Organization advises no more than an hour a day sitting in front of a screen.',
        'Does dim nifer hud o oriau. Yr hyn sy’n bwysicach yw beth mae eich plentyn yn ei wneud, ac a yw sgriniau’n cymryd lle cwsg, ymarfer corff, gwaith cartref, chwarae ac amser gyda’ch gilydd. I blant rhwng 2 a 4 oed, mae Sefydliad Iechyd y Byd yn cynghori dim mwy nag awr y dydd yn eistedd o flaen sgrin.',
      ),
      p(
        'Sleep is where screens do most harm: late-night messages, autoplay and the pull of endless scrolling all keep children awake. Charging devices outside bedrooms overnight is one of the most useful rules a family can have.',
        'Ar gwsg mae sgriniau’n cael yr effaith waethaf: mae negeseuon hwyr y nos, chwarae awtomatig a’r ysfa i ddal ati i sgrolio i gyd yn cadw plant yn effro. Gwefru dyfeisiau y tu allan i’r ystafelloedd gwely dros nos yw un o’r rheolau mwyaf defnyddiol y gall teulu ei chael.',
      ),
      p('Make a family agreement together:', 'Lluniwch gytundeb teulu gyda’ch gilydd:'),
      steps([
        ['Agree screen-free times and places, such as meals and bedrooms.', 'Cytunwch ar amseroedd a lleoedd heb sgriniau, fel amser bwyd ac ystafelloedd gwely.'],
        ['Choose a time when devices go to charge for the night.', 'Dewiswch amser pan fydd dyfeisiau’n mynd i wefru dros nos.'],
        ['Turn off autoplay, and notifications that pull your child back.', 'Diffoddwch chwarae awtomatig, a hysbysiadau sy’n tynnu eich plentyn yn ôl.'],
        ['Write it down, and let the rules apply to adults too.', 'Ysgrifennwch y cytundeb, a gadewch i’r rheolau fod yn berthnasol i oedolion hefyd.'],
        ['Look at it again every few months.', 'Edrychwch arno eto bob ychydig fisoedd.'],
      ]),
    ],
    [
      [
        'What do you enjoy most on screens, and what do you find hard to stop?',
        'Beth rwyt ti’n ei fwynhau fwyaf ar sgriniau, a beth sy’n anodd rhoi’r gorau iddo?',
      ],
      ['How do you feel after a long time on your phone or tablet?', 'Sut rwyt ti’n teimlo ar ôl amser hir ar dy ffôn neu dy lechen?'],
      ['What rules should we all follow, grown-ups included?', 'Pa reolau dylen ni i gyd eu dilyn, gan gynnwys yr oedolion?'],
    ],
    [CHILDNET, INTERNET_MATTERS],
  ),

  topic(
    'sharing-photos',
    ALL,
    ['photos', 'social-media'],
    ['Sharing photos of your child online', 'Rhannu lluniau o’ch plentyn ar-lein'],
    [
      'Think before you post, and follow the school’s rules on photos from school events.',
      'Meddyliwch cyn postio, a dilynwch reolau’r ysgol ar luniau o ddigwyddiadau ysgol.',
    ],
    [
      p(
        'Once a photo is online, you cannot fully control where it goes. It can be copied, shared beyond your friends, or even altered with AI tools. A picture can also give away more than you meant: a school uniform, your street, or a daily routine.',
        'Unwaith y bydd llun ar-lein, allwch chi ddim rheoli’n llwyr i ble mae’n mynd. Gall gael ei gopïo, ei rannu y tu hwnt i’ch ffrindiau, neu hyd yn oed ei newid gydag offer AI. Gall llun hefyd ddatgelu mwy nag yr oeddech chi’n ei fwriadu: gwisg ysgol, eich stryd, neu drefn ddyddiol.',
      ),
      p('Before you post:', 'Cyn postio:'),
      list([
        ['Check who can see your account, and keep your audience small.', 'Gwiriwch pwy sy’n gallu gweld eich cyfrif, a chadwch eich cynulleidfa’n fach.'],
        [
          'Leave out school logos, house numbers and places, and turn off location tagging.',
          'Peidiwch â dangos logos ysgol, rhifau tai na lleoedd, a diffoddwch dagio lleoliad.',
        ],
        [
          'Skip bath-time or swimwear photos, and any your child might find embarrassing later.',
          'Peidiwch â rhannu lluniau amser bath neu mewn dillad nofio, nac unrhyw rai a allai godi cywilydd ar eich plentyn yn nes ymlaen.',
        ],
        ['As your child gets older, ask their permission first.', 'Wrth i’ch plentyn dyfu, gofynnwch ei ganiatâd yn gyntaf.'],
      ]),
      important(
        'At school events, follow the school’s rules on photos and filming. Some children must not be shown online for their safety, and other families may not have agreed, so never post pictures in which other children can be seen without their parents’ permission.',
        'Mewn digwyddiadau ysgol, dilynwch reolau’r ysgol ar dynnu lluniau a ffilmio. Ni ddylid dangos rhai plant ar-lein er mwyn eu diogelwch, ac efallai nad yw teuluoedd eraill wedi cytuno, felly peidiwch byth â phostio lluniau lle mae plant eraill i’w gweld heb ganiatâd eu rhieni.',
      ),
    ],
    [
      ['Are you happy for me to share this photo? Who should see it?', 'Wyt ti’n hapus i mi rannu’r llun hwn? Pwy ddylai ei weld?'],
      ['Is there anything you would not want people to see about you online?', 'Oes unrhyw beth na fyddet ti eisiau i bobl ei weld amdanat ti ar-lein?'],
      [
        'How would you feel if a friend posted a photo of you without asking?',
        'Sut byddet ti’n teimlo petai ffrind yn postio llun ohonot ti heb ofyn?',
      ],
    ],
    [CHILDNET, PARENT_ZONE, INTERNET_MATTERS],
  ),

  topic(
    'cyberbullying',
    KS1_UP,
    ['bullying'],
    ['Cyberbullying', 'Seiberfwlio'],
    [
      'Spot the signs, stay calm, keep evidence and work with the school.',
      'Sylwch ar yr arwyddion, arhoswch yn bwyllog, cadwch dystiolaeth a gweithiwch gyda’r ysgol.',
    ],
    [
      p(
        'Online bullying follows children home and can reach them at any hour. It includes nasty messages, leaving someone out of group chats, sharing embarrassing pictures and fake accounts. Signs include being upset after using a device, hiding the screen, or not wanting to go to school.',
        'Mae bwlio ar-lein yn dilyn plant adref a gall eu cyrraedd ar unrhyw awr. Mae’n cynnwys negeseuon cas, cau rhywun allan o sgyrsiau grŵp, rhannu lluniau sy’n codi cywilydd a chyfrifon ffug. Ymhlith yr arwyddion mae bod yn ofidus ar ôl defnyddio dyfais, cuddio’r sgrin, neu ddim eisiau mynd i’r ysgol.',
      ),
      p('If your child is being bullied:', 'Os yw eich plentyn yn cael ei fwlio:'),
      steps([
        ['Listen calmly, and thank your child for telling you.', 'Gwrandewch yn bwyllog, a diolchwch i’ch plentyn am ddweud wrthych.'],
        [
          'Don’t take the device away: it may stop them telling you next time.',
          'Peidiwch â chymryd y ddyfais oddi ar eich plentyn: gallai hynny ei rwystro rhag dweud wrthych y tro nesaf.',
        ],
        ['Ask them not to reply or hit back.', 'Gofynnwch iddo beidio ag ateb na dial.'],
        [
          'Save evidence: screenshots with dates and usernames. Never copy or forward a nude or sexual image; report it instead.',
          'Cadwch dystiolaeth: sgrinluniau gyda dyddiadau ac enwau defnyddwyr. Peidiwch byth â chopïo llun noeth neu rywiol na’i anfon ymlaen; rhowch wybod amdano yn lle hynny.',
        ],
        ['Block the accounts involved and report them to the app.', 'Blociwch y cyfrifon dan sylw a rhowch wybod amdanyn nhw i’r ap.'],
        ['Tell the school, even if it happened outside school hours.', 'Dywedwch wrth yr ysgol, hyd yn oed os digwyddodd y tu allan i oriau ysgol.'],
      ]),
      p(
        'Report threats of violence, hate crime or sexual images to the police on 101, or 999 in an emergency.',
        'Rhowch wybod i’r heddlu am fygythiadau trais, troseddau casineb neu ddelweddau rhywiol, ar 101, neu 999 mewn argyfwng.',
      ),
    ],
    [
      [
        'Has anything happened online this week that upset you or a friend?',
        'Ydy rhywbeth wedi digwydd ar-lein yr wythnos hon sydd wedi dy ypsetio di neu ffrind?',
      ],
      [
        'What could you do if you saw someone being picked on in a group chat?',
        'Beth allet ti ei wneud petaet ti’n gweld rhywun yn cael ei bigo arno mewn sgwrs grŵp?',
      ],
      ['Who else could you talk to if you didn’t want to tell me?', 'Gyda phwy arall allet ti siarad os nad oeddet ti eisiau dweud wrtha i?'],
    ],
    [CHILDNET, ANTI_BULLYING, CHILDLINE],
  ),

  topic(
    'scams-spending',
    KS2_UP,
    ['money', 'gaming'],
    ['Scams and in-app spending', 'Sgamiau a gwario mewn apiau'],
    [
      'Protect your money and your child’s accounts from surprise bills and tricks.',
      'Diogelwch eich arian a chyfrifon eich plentyn rhag biliau annisgwyl a thriciau.',
    ],
    [
      p(
        'Many free games and apps make their money from purchases: coins, outfits, passes and loot boxes, where players pay for a random reward. With a card saved on a device, spending takes just a tap.',
        'Mae llawer o gemau ac apiau am ddim yn gwneud eu harian drwy werthu pethau: darnau arian, gwisgoedd, tocynnau a ‘loot boxes’, lle mae chwaraewyr yn talu am wobr ar hap. Gyda cherdyn wedi’i gadw ar ddyfais, dim ond tap sydd ei angen i wario.',
      ),
      list([
        [
          'Remove saved cards from your child’s accounts, or turn on purchase approval.',
          'Tynnwch gardiau sydd wedi’u cadw oddi ar gyfrifon eich plentyn, neu trowch ymlaen yr angen am eich caniatâd cyn prynu.',
        ],
        ['Use gift cards or a set monthly limit instead.', 'Defnyddiwch gardiau rhodd neu derfyn misol penodol yn lle hynny.'],
        [
          'If your child spends without permission, contact the app store straight away to ask for a refund.',
          'Os bydd eich plentyn yn gwario heb ganiatâd, cysylltwch â’r siop apiau ar unwaith i ofyn am ad-daliad.',
        ],
      ]),
      p(
        'Scammers target young people too, with offers of free game currency, prizes or followers, and messages that seem to come from a game or a bank. Teach your child never to share passwords or login codes, and turn on two-step verification.',
        'Mae sgamwyr yn targedu pobl ifanc hefyd, gyda chynigion o arian gêm am ddim, gwobrau neu ddilynwyr, a negeseuon sy’n ymddangos fel petaen nhw’n dod gan gêm neu fanc. Dysgwch eich plentyn i beidio byth â rhannu cyfrineiriau na chodau mewngofnodi, a throwch ddilysu dau gam ymlaen.',
      ),
      p(
        'Forward scam texts to **7726** and scam emails to report@phishing.gov.uk.',
        'Anfonwch negeseuon testun sgam ymlaen i **7726**, ac e-byst sgam i report@phishing.gov.uk.',
      ),
      important(
        `If someone threatens to share sexual images of your child unless they pay, do not pay and do not reply. Keep the evidence and report it to the police or [CEOP](${CEOP_URL}). Your child is not in trouble.`,
        `Os bydd rhywun yn bygwth rhannu delweddau rhywiol o’ch plentyn oni bai ei fod yn talu, peidiwch â thalu a pheidiwch ag ateb. Cadwch y dystiolaeth a rhowch wybod i’r heddlu neu i [CEOP](${CEOP_URL}). Dydy eich plentyn ddim mewn trwbl.`,
      ),
    ],
    [
      [
        'Have you ever been offered something free in a game? What was the catch?',
        'Oes rhywun erioed wedi cynnig rhywbeth am ddim i ti mewn gêm? Beth oedd y tric?',
      ],
      ['How much do you think is fair to spend on a game each month?', 'Faint rwyt ti’n meddwl sy’n deg i’w wario ar gêm bob mis?'],
      ['What would you do if a message asked for your password?', 'Beth fyddet ti’n ei wneud petai neges yn gofyn am dy gyfrinair?'],
    ],
    [NCSC, INTERNET_MATTERS, CEOP],
  ),

  topic(
    'ai-deepfakes',
    KS2_UP,
    ['ai'],
    ['AI chatbots and deepfakes', 'Sgwrsfotiaid AI a ffugiadau dwfn'],
    [
      'AI can help with homework and play, but it can be wrong, too friendly, or used to fake pictures.',
      'Gall AI helpu gyda gwaith cartref a chwarae, ond gall fod yn anghywir, yn rhy gyfeillgar, neu gael ei ddefnyddio i greu lluniau ffug.',
    ],
    [
      p(
        'AI chatbots now sit inside search engines, social media and games. They can explain, create and chat, but they also make mistakes with confidence, and some are designed to feel like a friend. Many have a minimum age of 13.',
        'Mae sgwrsfotiaid AI bellach i’w cael mewn peiriannau chwilio, cyfryngau cymdeithasol a gemau. Gallan nhw egluro, creu a sgwrsio, ond maen nhw hefyd yn gwneud camgymeriadau’n hyderus, ac mae rhai wedi’u cynllunio i deimlo fel ffrind. Mae gan lawer ohonyn nhw isafswm oedran o 13.',
      ),
      p('Good habits to share with your child:', 'Arferion da i’w rhannu â’ch plentyn:'),
      list([
        ['Check answers against another source.', 'Gwirio atebion mewn ffynhonnell arall.'],
        ['Keep personal details, photos and private worries out of chats.', 'Cadw manylion personol, lluniau a phryderon preifat allan o sgyrsiau.'],
        [
          'Remember a chatbot is not a person, and talk to a real one about anything serious.',
          'Cofio nad person yw sgwrsfot, a siarad â pherson go iawn am unrhyw beth difrifol.',
        ],
        ['Follow the school’s rules on AI in homework.', 'Dilyn rheolau’r ysgol ar ddefnyddio AI mewn gwaith cartref.'],
      ]),
      p(
        'Deepfakes are fake pictures, videos or voices made with AI. They are used for jokes, scams and bullying, and ‘nudify’ apps turn ordinary photos into fake nude images.',
        'Lluniau, fideos neu leisiau ffug wedi’u creu gydag AI yw ffugiadau dwfn (deepfakes). Maen nhw’n cael eu defnyddio ar gyfer jôcs, sgamiau a bwlio, ac mae apiau ‘nudify’ yn troi lluniau cyffredin yn ddelweddau noeth ffug.',
      ),
      important(
        `Making or sharing a sexual image of anyone under 18 is a crime, even if it is fake. If it happens to your child, tell the school and report it to the police or [CEOP](${CEOP_URL}).`,
        `Mae creu neu rannu delwedd rywiol o unrhyw un dan 18 oed yn drosedd, hyd yn oed os yw’n ffug. Os bydd hyn yn digwydd i’ch plentyn, dywedwch wrth yr ysgol a rhowch wybod i’r heddlu neu i [CEOP](${CEOP_URL}).`,
      ),
    ],
    [
      ['What do you use AI for, and has it ever got something wrong?', 'Ar gyfer beth rwyt ti’n defnyddio AI, ac ydy e erioed wedi gwneud camgymeriad?'],
      ['How could you tell if a video was fake?', 'Sut gallet ti ddweud bod fideo’n ffug?'],
      [
        'What would you do if someone made a fake picture of you or a friend?',
        'Beth fyddet ti’n ei wneud petai rhywun yn creu llun ffug ohonot ti neu o ffrind?',
      ],
    ],
    [INTERNET_MATTERS, SAFER_INTERNET, CEOP],
  ),

  topic(
    'get-help',
    ALL,
    ['help'],
    ['Where to get help', 'Ble i gael help'],
    [
      'Who to contact if you are worried about something your child has seen, done or been sent online.',
      'Â phwy i gysylltu os ydych chi’n poeni am rywbeth mae eich plentyn wedi’i weld, wedi’i wneud neu wedi’i dderbyn ar-lein.',
    ],
    [
      p(
        'Start with the school: the designated safeguarding lead deals with worries about children’s safety, including online.',
        'Dechreuwch gyda’r ysgol: mae’r arweinydd diogelu dynodedig yn delio â phryderon am ddiogelwch plant, gan gynnwys ar-lein.',
      ),
      { type: 'contacts', roles: ['dsl', 'deputy-dsl', 'online-safety-lead'] },
      {
        type: 'table',
        caption: t(['Other help', 'Help arall']),
        head: [t(['Worry', 'Pryder']), t(['Who can help', 'Pwy all helpu'])],
        rowHeaders: true,
        rows: [
          row(
            ['Someone is in immediate danger', 'Mae rhywun mewn perygl ar unwaith'],
            ['Police or ambulance: [999](tel:999)', 'Yr heddlu neu ambiwlans: [999](tel:999)'],
          ),
          row(
            ['An adult is grooming or sexually contacting a child online', 'Mae oedolyn yn meithrin perthynas amhriodol â phlentyn ar-lein neu’n cysylltu ag ef yn rhywiol'],
            [`[CEOP](${CEOP_URL}), or the police on [101](tel:101)`, `[CEOP](${CEOP_URL}), neu’r heddlu ar [101](tel:101)`],
          ),
          row(
            ['You are worried about a child', 'Rydych chi’n poeni am blentyn'],
            ['NSPCC helpline: [0808 800 5000](tel:08088005000)', 'Llinell gymorth yr NSPCC: [0808 800 5000](tel:08088005000)'],
          ),
          row(
            ['Your child wants to talk to someone else', 'Mae eich plentyn eisiau siarad â rhywun arall'],
            ['Childline, free and confidential: [0800 1111](tel:08001111)', 'Childline, am ddim ac yn gyfrinachol: [0800 1111](tel:08001111)'],
          ),
          row(
            ['A nude image of your child has been shared', 'Mae llun noeth o’ch plentyn wedi’i rannu'],
            [
              'Your child can use Report Remove, from Childline and the Internet Watch Foundation, to get it taken down',
              'Gall eich plentyn ddefnyddio Report Remove, gan Childline a’r Internet Watch Foundation, i’w dynnu i lawr',
            ],
          ),
          row(
            ['Harmful content stays up after you report it', 'Mae cynnwys niweidiol yn aros ar-lein ar ôl i chi roi gwybod amdano'],
            ['[Report Harmful Content](https://reportharmfulcontent.com/)', '[Report Harmful Content](https://reportharmfulcontent.com/)'],
          ),
        ],
      },
      important(
        'Never ask your child to send you a nude image as evidence, and never forward one: describe it to the school or the police instead.',
        'Peidiwch byth â gofyn i’ch plentyn anfon llun noeth atoch chi fel tystiolaeth, a pheidiwch byth ag anfon un ymlaen: disgrifiwch ef i’r ysgol neu i’r heddlu yn lle hynny.',
      ),
    ],
    [
      [
        'Who are the adults you could go to if something online worried you?',
        'Pwy yw’r oedolion y gallet ti fynd atyn nhw petai rhywbeth ar-lein yn dy boeni?',
      ],
      [
        'Did you know you can talk to Childline for free, on 0800 1111 or online?',
        'Oeddet ti’n gwybod y gallet ti siarad â Childline am ddim, ar 0800 1111 neu ar-lein?',
      ],
      [
        'If a friend told you something worrying, what would you do?',
        'Petai ffrind yn dweud rhywbeth wrthot ti sy’n peri pryder, beth fyddet ti’n ei wneud?',
      ],
    ],
    [NSPCC, CHILDLINE, CEOP, HWB],
  ),
];

/**
 * The topics as the index shows them: without their text (blocks, "talk to your child" prompts,
 * links), which most of the list's size is and a parent wants only on opening or searching them.
 */
export const cardsOf = (topics: readonly Topic[]): Topic[] => topics.map(({ blocks: _b, talk: _t, links: _l, ...card }) => card);
