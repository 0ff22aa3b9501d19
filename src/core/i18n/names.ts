/** Language names for menus ("हिन्दी", "اردو"), from `Intl.DisplayNames`. */
import { memo } from './cache.js';

/** Language names written in `lang` (English names where `lang` has none); null where the browser has no DisplayNames. */
export function languageNames(lang: string): Intl.DisplayNames | null {
  return memo(`l|${lang}`, () => {
    try {
      return new Intl.DisplayNames([lang, 'en'], { type: 'language' });
    } catch {
      return null;
    }
  });
}

/** The name of language `code` written in `inLanguage` (default: in itself, "हिन्दी", "اردو"). */
export function languageName(code: string, inLanguage = code): string {
  const names = languageNames(inLanguage);
  let name: string | undefined;
  try {
    name = names?.of(code);
  } catch {
    name = undefined;
  }
  if (!name) return code;
  // "français" -> "Français": a name that opens a menu item starts with a capital where the script has them.
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}
