/** Text direction of a language. */
export function direction(lang: string): 'ltr' | 'rtl' {
  return /^(ar|fa|he|ps|sd|ug|ur|yi|dv|ckb)(-|$)/i.test(lang) ? 'rtl' : 'ltr';
}
