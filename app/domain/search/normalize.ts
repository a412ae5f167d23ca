// Text normalisation for search: how a text becomes words, and how a word is
// folded so that spellings people really type meet: "Bürgergeld",
// "Burgergeld" and "Buergergeld"; "borç" and "borc"; "жильё" and "жилье";
// "الإيجار" and "الايجار". Pure functions, shared by indexing and querying.

/** Letters that Unicode does not decompose but people type without their mark. */
const LETTER_FOLDS: Record<string, string> = {
  ß: "ss",
  ẞ: "ss",
  ı: "i",
  ł: "l",
  đ: "d",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ґ: "г",
  // Arabic (after the marks are gone): teh marbuta → heh, alef maksura → yeh,
  // the way Arabic search engines normalise (Larkey et al.; Lucene's ArabicNormalizer).
  ة: "ه",
  ى: "ي",
  ـ: "",
};
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "gu");

/** Arabic-Indic and Persian digits → ASCII digits. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) =>
    String((d.charCodeAt(0) - (d >= "\u06F0" ? 0x06f0 : 0x0660)) % 10),
  );
}

/**
 * Fold a lower-cased word for matching: decompose (NFKD), drop every combining
 * mark (ä→a, ç→c, ё→е, й→и, Arabic short vowels and hamza carriers), and map
 * the few letters without a decomposition. Applied to documents and queries
 * alike, in every language, so the index holds one spelling per word.
 */
export function fold(word: string): string {
  return asciiDigits(word)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c);
}

/** Lower-case with the language's own rules (Turkish İ/I → i/ı). */
export function lower(word: string, lang: string): string {
  const nfc = word.normalize("NFC");
  return lang === "tr" ? nfc.toLocaleLowerCase("tr") : nfc.toLowerCase();
}

const APOSTROPHES = /[’ʼ‘`´]/g;
// A word: letters, digits and marks, possibly joined by hyphens or apostrophes.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['\-‐‑][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Split a text into the words to index or look up. A hyphenated word gives
 * its parts and the joined form ("Schuldner-Beratung" → schuldner, beratung,
 * schuldnerberatung), so either spelling finds the other. An apostrophe inside
 * a word is dropped ("сім'я" → "сімя"); in Turkish it also separates a name
 * from its suffix ("Almanya'da" → "almanya", "almanyada").
 * Returns lower-cased, unfolded words; single letters are dropped.
 */
export function words(text: string, lang: string): string[] {
  const out: string[] = [];
  const push = (w: string) => {
    if (w.length >= 2 || /^\p{N}$/u.test(w)) out.push(w);
  };
  for (const match of text.replace(APOSTROPHES, "'").matchAll(WORD)) {
    const word = lower(match[0], lang);
    const hyphenParts = word.split(/[-‐‑]/);
    for (const part of hyphenParts) {
      const pieces = part.split("'");
      if (pieces.length > 1 && lang === "tr" && pieces[0]) push(pieces[0]);
      push(pieces.join(""));
    }
    if (hyphenParts.length > 1) push(hyphenParts.join("").replaceAll("'", ""));
  }
  return out;
}

/**
 * German spellings without umlaut letters: "ae", "oe", "ue" stand for ä, ö, ü
 * (keyboards without umlauts, names in passports). Returns the word with the
 * digraphs read as umlauts, or null when it has none. "ue" after a vowel
 * (neue, Bauer) or after q (Quelle) is a real u+e and stays.
 */
export function umlautDigraphs(word: string): string | null {
  const replaced = word.replace(/(^|[^aeiouq])(ae|oe|ue)/g, (_m, before: string, pair: string) => {
    return before + ({ ae: "ä", oe: "ö", ue: "ü" } as const)[pair as "ae" | "oe" | "ue"];
  });
  return replaced === word ? null : replaced;
}
