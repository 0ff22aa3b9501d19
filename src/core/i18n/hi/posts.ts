import type { Section } from '../en.js';
import type { enPosts } from '../en/posts.js';

/** Hindi (हिन्दी) strings of popular-posts, featured-post. */
export const hiPosts: Section<typeof enPosts> = {
  'posts.listLabel': 'पोस्ट',
  'posts.loading': 'पोस्ट लोड हो रही हैं…',
  'posts.empty': 'अभी दिखाने के लिए कोई पोस्ट नहीं है।',
  'posts.error.network': 'पोस्ट लोड नहीं हो सकीं। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।',
  'posts.error.timeout': 'ब्लॉग ने समय पर जवाब नहीं दिया। थोड़ी देर बाद फिर से कोशिश करें।',
  'posts.error.http': 'ब्लॉग से पोस्ट नहीं मिल सकीं (त्रुटि {status})। थोड़ी देर बाद फिर से कोशिश करें।',
  'posts.error.parse': 'ब्लॉग की फ़ीड पढ़ी नहीं जा सकी।',
  'posts.error.cors': 'यह ब्लॉग दूसरी साइटों को अपनी फ़ीड पढ़ने नहीं देता।',
  'posts.comments': { zero: 'कोई टिप्पणी नहीं', one: '{count} टिप्पणी', other: '{count} टिप्पणियाँ' },
  'posts.readMore': 'आगे पढ़ें',
  'posts.readMoreLabel': 'आगे पढ़ें: {title}',
  'posts.featured': 'चुनी हुई पोस्ट',
  'posts.untitled': 'बिना शीर्षक की पोस्ट',
};
