/**
 * What language the page is written in, when the owner did not say (`page-lang`): the page's own `<html lang>`,
 * else the blog's declared language where the page states it (`<meta http-equiv="content-language">`, Open Graph's
 * `og:locale`), else the browser's on-device language detection when it is ready without a download. Never a guess
 * of our own: a page that says nothing and cannot be detected has no known language.
 */

/** The language the document states for itself (`html`: its own `<html lang>` before any translation), or undefined. */
export function declaredLanguage(html: string | null, doc: Document = document): string | undefined {
  const candidates = [
    html,
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0],
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')?.replace('_', '-'),
  ];
  for (const value of candidates) {
    const code = canonical(value);
    if (code) return code;
  }
  return undefined;
}

function canonical(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    return Intl.getCanonicalLocales(text)[0];
  } catch {
    return undefined;
  }
}

interface DetectorApi {
  availability(): Promise<string>;
  create(): Promise<{
    detect(text: string): Promise<{ detectedLanguage: string; confidence: number }[]>;
    destroy?(): void;
  }>;
}

/**
 * The language of `text` by the browser's LanguageDetector (Chrome 138+), only when its model is already on the
 * device and it is confident; undefined otherwise. Nothing leaves the device.
 */
export async function detectLanguage(text: string, confidence = 0.8): Promise<string | undefined> {
  const api = (globalThis as { LanguageDetector?: DetectorApi }).LanguageDetector;
  if (typeof api?.availability !== 'function' || !text.trim()) return undefined;
  try {
    if ((await api.availability()) !== 'available') return undefined;
    const detector = await api.create();
    try {
      const [best] = await detector.detect(text.slice(0, 2000));
      return best && best.detectedLanguage !== 'und' && best.confidence >= confidence
        ? canonical(best.detectedLanguage)
        : undefined;
    } finally {
      detector.destroy?.();
    }
  } catch {
    return undefined;
  }
}

/** The target language of a translate.goog page (`_x_tr_tl`), or undefined when `href` is not one. */
export function proxiedLanguage(href: string): string | undefined {
  try {
    const url = new URL(href);
    if (!/\.translate\.goog$/i.test(url.hostname)) return undefined;
    return canonical(url.searchParams.get('_x_tr_tl'));
  } catch {
    return undefined;
  }
}

/** The well-formed language tags of `codes`, canonical and each once; `invalid` is told of each other one. */
export function languageCodes(codes: readonly string[], invalid: (code: string) => void): string[] {
  const valid: string[] = [];
  for (const code of codes) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(code)[0];
    } catch {
      canonical = undefined;
    }
    if (!canonical) invalid(code);
    else if (!valid.some((v) => v.toLowerCase() === canonical!.toLowerCase())) valid.push(canonical);
  }
  return valid;
}
