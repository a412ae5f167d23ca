// Light stemming per language, so word forms meet: "Schulden"/"Schuld",
// "borçlarım"/"borç", "житла"/"житло", "долгов"/"долги".
//
// - German, English, Turkish, Russian, Ukrainian: the Snowball-family stemmers
//   of @orama/stemmers (maintained with the Orama search engine).
// - Arabic: the Snowball Arabic stemmer mishandles the article ("الديون" →
//   "الد", "ديون" → "ديون"), so we use the light10 algorithm instead (Larkey,
//   Ballesteros & Connell, "Light Stemming for Arabic Information Retrieval",
//   2007 – the stemmer of Lucene's ArabicAnalyzer): strip one article or
//   conjunction prefix and common suffixes, never down to fewer than 2 letters.
// - Polish has no Snowball stemmer: a light stemmer of our own (./polish.ts)
//   removes one inflectional ending and never leaves fewer than four letters
//   (the unmaintained stemmer_pl package did this before). Prefix truncation
//   ("trunc-5") was tried and rejected: it joins "długów" (debts) with
//   "długotrwale" (long-term).
//
// Every stemmer takes a lower-cased word and returns a folded stem (see fold()).
import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as russian } from "@orama/stemmers/russian";
import { stemmer as turkish } from "@orama/stemmers/turkish";
import { stemmer as ukrainian } from "@orama/stemmers/ukrainian";
import { fold } from "./normalize";
import { polishStem } from "./polish";

const ARABIC_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال", "و"];
const ARABIC_SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/** light10 on a folded Arabic word (teh marbuta already folded to heh). */
export function arabicLight10(word: string): string {
  let w = word;
  for (const prefix of ARABIC_PREFIXES) {
    // "و" only on words of 4+ letters; never leave fewer than 2 letters.
    if (prefix.length === 1 && w.length < 4) continue;
    if (w.startsWith(prefix) && w.length >= prefix.length + 2) {
      w = w.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (w.endsWith(suffix) && w.length >= suffix.length + 2) w = w.slice(0, -suffix.length);
  }
  return w;
}

type Stemmer = (lowerWord: string) => string;

const STEMMERS: Record<string, Stemmer> = {
  de: (w) => fold(german(w)),
  en: (w) => fold(english(w)),
  tr: (w) => fold(turkish(w)),
  ru: (w) => fold(russian(w)),
  uk: (w) => fold(ukrainian(w)),
  ar: (w) => arabicLight10(fold(w)),
  pl: (w) => fold(polishStem(w)),
};

const MAX_CACHED = 50_000;
const caches = new Map<string, Map<string, string>>();

/**
 * The folded stem of a lower-cased word in `lang`. Numbers and words of one
 * script the stemmer does not know come back folded but otherwise unchanged.
 * Memoised: documents and queries repeat the same words.
 */
export function stem(lowerWord: string, lang: string): string {
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  let result = cache.get(lowerWord);
  if (result === undefined) {
    const stemmer = STEMMERS[lang];
    result = stemmer && !/^\p{N}+$/u.test(lowerWord) ? stemmer(lowerWord) : fold(lowerWord);
    if (result.length < 2) result = fold(lowerWord);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(lowerWord, result);
  }
  return result;
}
