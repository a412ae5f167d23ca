// Shared shapes of the demo content. German ("de") is the source language;
// every other locale is a faithful plain-language translation for citizens.

export const LOCALES = ["de", "en", "tr", "ar", "uk", "ru", "pl"] as const;
export type Locale = (typeof LOCALES)[number];
export type ForeignLocale = Exclude<Locale, "de">;

/** A short text in all seven languages. */
export type Translated<T = string> = Record<Locale, T>;

/** Title and description of a taxonomy term, in every language. */
export interface TermSeed {
  hsdsId: string;
  slug: string;
  text: Translated<{ title: string; description: string }>;
}

/**
 * Long texts use a light format the UI renders: paragraphs separated by a
 * blank line, lines starting with "- " are list items.
 */
export type LongText = string;
