/** A message with plural forms, chosen with `Intl.PluralRules` for the `count` parameter. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A translated message: plain text with `{name}` placeholders, or plural forms of it. */
export type Message = string | Plural;
