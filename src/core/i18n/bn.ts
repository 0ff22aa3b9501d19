import type { Strings } from './en.js';

/**
 * Bengali (বাংলা). Typed `Partial` on purpose: a key missing here is reported by test/core/i18n-tables.test.ts
 * (and falls back to English at run time), not by the type checker, so widgets can add English keys first.
 */
export const bn: Partial<Strings> = {
  // common
  'common.loading': 'লোড হচ্ছে…',
  'common.retry': 'আবার চেষ্টা করুন',
  'common.error': 'লোড করা যায়নি। আপনার ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন।',
  'common.opensInNewTab': '(নতুন ট্যাবে খোলে)',

  // share-buttons
  'share.heading': 'শেয়ার করুন:',
  'share.native': 'শেয়ার করুন…',
  'share.nativeLabel': 'আপনার ডিভাইস দিয়ে শেয়ার করুন',
  'share.on': '{network}-এ শেয়ার করুন',
  'share.email': 'ইমেল',
  'share.emailLabel': 'ইমেলে শেয়ার করুন',
  'share.copy': 'লিঙ্ক কপি করুন',
  'share.copyLabel': 'এই পেজের লিঙ্ক কপি করুন',
  'share.copied': 'লিঙ্ক কপি হয়েছে',
  'share.copyFailed': 'কপি করা যায়নি। ঠিকানাটি বেছে নিয়ে নিজে কপি করুন।',
  'share.emailBody': '{title}\n\n{url}',

  // author-card
  'author.cta': 'যোগাযোগ করুন',
  'author.about': 'লেখক পরিচিতি',

  // popular-posts, featured-post
  'posts.listLabel': 'পোস্ট',
  'posts.loading': 'পোস্ট লোড হচ্ছে…',
  'posts.empty': 'এখনও দেখানোর মতো কোনো পোস্ট নেই।',
  'posts.error.network': 'পোস্ট লোড করা যায়নি। আপনার ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন।',
  'posts.error.timeout': 'ব্লগটি উত্তর দিতে অনেক দেরি করেছে। একটু পরে আবার চেষ্টা করুন।',
  'posts.error.http': 'ব্লগটি একটি ত্রুটি জানিয়েছে ({status})। পরে আবার চেষ্টা করুন।',
  'posts.error.parse': 'ব্লগের ফিড পড়া যায়নি।',
  'posts.error.cors': 'এই ব্লগ অন্য সাইটকে তার ফিড পড়তে দেয় না।',
  'posts.comments': { zero: 'কোনো মন্তব্য নেই', one: '{count}টি মন্তব্য', other: '{count}টি মন্তব্য' },
  'posts.readMore': 'আরও পড়ুন',
  'posts.readMoreLabel': 'আরও পড়ুন: {title}',
  'posts.featured': 'বাছাই করা পোস্ট',
  'posts.untitled': 'শিরোনামহীন পোস্ট',

  // blog-search
  'search.label': 'এই ব্লগে খুঁজুন',
  'search.submit': 'খুঁজুন',
  'search.results': 'খোঁজের ফলাফল',
  'search.searching': 'খোঁজা হচ্ছে…',
  'search.count': { one: '{count}টি ফলাফল', other: '{count}টি ফলাফল' },
  'search.none': '“{query}”-এর সঙ্গে মেলে এমন কোনো পোস্ট নেই।',
  'search.all': 'সব ফলাফল দেখুন',
  'search.error': 'এখন খোঁজা যাচ্ছে না।',

  // subscribe-form
  'subscribe.heading': 'সাবস্ক্রাইব করুন, নতুন পোস্টের খবর পান',
  'subscribe.emailLabel': 'ইমেল ঠিকানা',
  'subscribe.nameLabel': 'নাম (ঐচ্ছিক)',
  'subscribe.placeholder': 'যেমন: you@example.com',
  'subscribe.button': 'সাবস্ক্রাইব করুন',
  'subscribe.sending': 'সাবস্ক্রাইব করা হচ্ছে…',
  'subscribe.privacy': 'গোপনীয়তা নীতি',
  'subscribe.emailMissing': 'আপনার ইমেল ঠিকানা লিখুন।',
  'subscribe.emailInvalid': 'name@example.com-এর মতো একটি ইমেল ঠিকানা লিখুন।',
  'subscribe.consentMissing': 'সাবস্ক্রাইব করার আগে সম্মতির বাক্সে টিক দিন।',
  'subscribe.success': 'ধন্যবাদ! আপনার সাবস্ক্রিপশন চালু হয়েছে।',
  'subscribe.confirm': 'আর একটু বাকি: আপনার ইনবক্স দেখে সাবস্ক্রিপশন নিশ্চিত করুন।',
  'subscribe.checkInbox': 'সাবস্ক্রিপশন নিশ্চিত করতে আপনার ইনবক্স দেখুন।',
  'subscribe.sent': 'আপনার অনুরোধ পাঠানো হয়েছে। ধন্যবাদ!',
  'subscribe.already': 'এই ঠিকানাটি আগে থেকেই সাবস্ক্রাইব করা আছে। ধন্যবাদ!',
  'subscribe.rateLimited': 'এই ঠিকানা থেকে অনেকবার সাবস্ক্রাইব করার চেষ্টা হয়েছে। কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।',
  'subscribe.error': 'সাবস্ক্রাইব করা যায়নি। আবার চেষ্টা করুন।',
  'subscribe.errorServer': 'নিউজলেটার পরিষেবায় একটি সমস্যা হয়েছে। একটু পরে আবার চেষ্টা করুন।',
  'subscribe.errorTimeout': 'নিউজলেটার পরিষেবা থেকে কোনো উত্তর আসেনি। আপনার সংযোগ দেখে আবার চেষ্টা করুন।',
  'subscribe.errorNetwork': 'নিউজলেটার পরিষেবার সঙ্গে যোগাযোগ করা যায়নি। আপনার সংযোগ দেখে আবার চেষ্টা করুন।',
  'subscribe.errorConfig': 'এই ফর্মটি এখনও তৈরি হয়নি, তাই পাঠানো যাচ্ছে না।',
  'subscribe.offline': 'আপনি অফলাইনে আছেন। সংযোগ ফিরলেই আপনার সাবস্ক্রিপশন পাঠানো হবে।',
  'subscribe.honeypot': 'এই ঘরটি খালি রাখুন',

  // book-appointment

  // translate-toggle
  'translate.language': 'ভাষা',
  'translate.menu': 'ভাষা বেছে নিন',
  'translate.originalTag': '(মূল)',
  'translate.showOriginal': 'মূল লেখা দেখুন',
  'translate.translating': 'পেজটি অনুবাদ করা হচ্ছে…',
  'translate.byGoogle': 'Google অনুবাদ করেছে। পেজের লেখা Google-এ পাঠানো হয়।',
  'translate.onDevice': 'আপনার ডিভাইসেই অনুবাদ হয়েছে। কিছুই বাইরে পাঠানো হয়নি।',
  'translate.failed': 'পেজটি অনুবাদ করা যায়নি।',
  'translate.notAvailable': 'এই পেজটি {language} ভাষায় উপলব্ধ নয়।',
};
