import type { Strings } from './en.js';

/**
 * Telugu (తెలుగు). Typed `Partial` on purpose: a key missing here is reported by test/core/i18n-tables.test.ts
 * (and falls back to English at run time), not by the type checker, so widgets can add English keys first.
 */
export const te: Partial<Strings> = {
  // common
  'common.loading': 'లోడ్ అవుతోంది…',
  'common.retry': 'మళ్లీ ప్రయత్నించండి',
  'common.error': 'లోడ్ చేయడం సాధ్యం కాలేదు. మీ ఇంటర్నెట్ కనెక్షన్‌ను తనిఖీ చేసి మళ్లీ ప్రయత్నించండి.',
  'common.opensInNewTab': '(కొత్త ట్యాబ్‌లో తెరుచుకుంటుంది)',

  // share-buttons
  'share.heading': 'షేర్ చేయండి:',
  'share.native': 'షేర్ చేయండి…',
  'share.nativeLabel': 'మీ పరికరం ద్వారా షేర్ చేయండి',
  'share.on': '{network}లో షేర్ చేయండి',
  'share.email': 'ఈమెయిల్',
  'share.emailLabel': 'ఈమెయిల్ ద్వారా షేర్ చేయండి',
  'share.copy': 'లింక్‌ను కాపీ చేయండి',
  'share.copyLabel': 'ఈ పేజీ లింక్‌ను కాపీ చేయండి',
  'share.copied': 'లింక్ కాపీ అయింది',
  'share.copyFailed': 'కాపీ చేయడం సాధ్యం కాలేదు. చిరునామాను ఎంచుకుని మీరే కాపీ చేయండి.',
  'share.emailBody': '{title}\n\n{url}',

  // author-card
  'author.cta': 'సంప్రదించండి',
  'author.about': 'రచయిత గురించి',

  // popular-posts, featured-post
  'posts.listLabel': 'పోస్ట్‌లు',
  'posts.loading': 'పోస్ట్‌లు లోడ్ అవుతున్నాయి…',
  'posts.empty': 'ఇంకా చూపించడానికి పోస్ట్‌లు లేవు.',
  'posts.error.network': 'పోస్ట్‌లను లోడ్ చేయలేకపోయాం. మీ ఇంటర్నెట్ కనెక్షన్ చూసి మళ్లీ ప్రయత్నించండి.',
  'posts.error.timeout': 'బ్లాగ్ జవాబు ఇవ్వడానికి చాలా సమయం తీసుకుంది. కాసేపటి తర్వాత మళ్లీ ప్రయత్నించండి.',
  'posts.error.http': 'బ్లాగ్ ఒక లోపాన్ని తెలిపింది ({status}). తర్వాత మళ్లీ ప్రయత్నించండి.',
  'posts.error.parse': 'బ్లాగ్ ఫీడ్‌ను చదవలేకపోయాం.',
  'posts.error.cors': 'ఈ బ్లాగ్ తన ఫీడ్‌ను ఇతర సైట్‌లు చదవడానికి అనుమతించదు.',
  'posts.comments': { zero: 'వ్యాఖ్యలు లేవు', one: '{count} వ్యాఖ్య', other: '{count} వ్యాఖ్యలు' },
  'posts.readMore': 'ఇంకా చదవండి',
  'posts.readMoreLabel': 'ఇంకా చదవండి: {title}',
  'posts.featured': 'ప్రత్యేక పోస్ట్',
  'posts.untitled': 'శీర్షిక లేని పోస్ట్',

  // blog-search
  'search.label': 'ఈ బ్లాగ్‌లో వెతకండి',
  'search.submit': 'వెతకండి',
  'search.results': 'శోధన ఫలితాలు',
  'search.searching': 'వెతుకుతోంది…',
  'search.count': { one: '{count} ఫలితం', other: '{count} ఫలితాలు' },
  'search.none': '“{query}”కు సరిపోయే పోస్ట్‌లు లేవు.',
  'search.all': 'అన్ని ఫలితాలు చూడండి',
  'search.error': 'ప్రస్తుతం శోధన అందుబాటులో లేదు.',

  // subscribe-form
  'subscribe.heading': 'సబ్‌స్క్రైబ్ చేసి కొత్త పోస్ట్‌ల సమాచారం పొందండి',
  'subscribe.emailLabel': 'ఈమెయిల్ చిరునామా',
  'subscribe.nameLabel': 'పేరు (ఐచ్ఛికం)',
  'subscribe.placeholder': 'ఉదా: you@example.com',
  'subscribe.button': 'సబ్‌స్క్రైబ్ చేయండి',
  'subscribe.sending': 'సబ్‌స్క్రైబ్ చేస్తోంది…',
  'subscribe.privacy': 'గోప్యతా విధానం',
  'subscribe.emailMissing': 'మీ ఈమెయిల్ చిరునామాను నమోదు చేయండి.',
  'subscribe.emailInvalid': 'name@example.com లాంటి ఈమెయిల్ చిరునామాను నమోదు చేయండి.',
  'subscribe.consentMissing': 'సబ్‌స్క్రైబ్ చేసే ముందు సమ్మతి పెట్టెలో టిక్ చేయండి.',
  'subscribe.success': 'ధన్యవాదాలు! మీ సబ్‌స్క్రిప్షన్ మొదలైంది.',
  'subscribe.confirm': 'దాదాపు పూర్తయింది: మీ ఇన్‌బాక్స్ చూసి సబ్‌స్క్రిప్షన్‌ను నిర్ధారించండి.',
  'subscribe.checkInbox': 'సబ్‌స్క్రిప్షన్‌ను నిర్ధారించడానికి మీ ఇన్‌బాక్స్ చూడండి.',
  'subscribe.sent': 'మీ అభ్యర్థన పంపబడింది. ధన్యవాదాలు!',
  'subscribe.already': 'ఈ చిరునామా ఇప్పటికే సబ్‌స్క్రైబ్ అయి ఉంది. ధన్యవాదాలు!',
  'subscribe.rateLimited': 'ఈ చిరునామా నుండి చాలాసార్లు సబ్‌స్క్రైబ్ చేయడానికి ప్రయత్నించారు. కొన్ని నిమిషాలు ఆగి మళ్లీ ప్రయత్నించండి.',
  'subscribe.error': 'సబ్‌స్క్రైబ్ చేయలేకపోయాం. దయచేసి మళ్లీ ప్రయత్నించండి.',
  'subscribe.errorServer': 'న్యూస్‌లెటర్ సేవలో సమస్య వచ్చింది. కాసేపటి తర్వాత మళ్లీ ప్రయత్నించండి.',
  'subscribe.errorTimeout': 'న్యూస్‌లెటర్ సేవ నుండి జవాబు రాలేదు. మీ కనెక్షన్ చూసి మళ్లీ ప్రయత్నించండి.',
  'subscribe.errorNetwork': 'న్యూస్‌లెటర్ సేవను చేరుకోలేకపోయాం. మీ కనెక్షన్ చూసి మళ్లీ ప్రయత్నించండి.',
  'subscribe.errorConfig': 'ఈ ఫారం ఇంకా సిద్ధం కాలేదు, కాబట్టి పంపడం సాధ్యం కాదు.',
  'subscribe.offline': 'మీరు ఆఫ్‌లైన్‌లో ఉన్నారు. కనెక్షన్ తిరిగి రాగానే మీ సబ్‌స్క్రిప్షన్ పంపబడుతుంది.',
  'subscribe.honeypot': 'ఈ ఫీల్డ్‌ను ఖాళీగా వదిలేయండి',

  // book-appointment

  // translate-toggle
  'translate.language': 'భాష',
  'translate.menu': 'భాషను ఎంచుకోండి',
  'translate.originalTag': '(అసలు)',
  'translate.showOriginal': 'అసలుది చూపించండి',
  'translate.translating': 'పేజీని అనువదిస్తోంది…',
  'translate.byGoogle': 'Google అనువదించింది. పేజీలోని పాఠ్యం Googleకు పంపబడుతుంది.',
  'translate.onDevice': 'మీ పరికరంలోనే అనువదించబడింది. ఏదీ బయటకు పంపలేదు.',
  'translate.failed': 'పేజీని అనువదించడం సాధ్యం కాలేదు.',
  'translate.notAvailable': 'ఈ పేజీ {language}లో అందుబాటులో లేదు.',
};
