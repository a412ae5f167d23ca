// A light Polish stemmer for search: it removes one inflectional ending
// (case and number of nouns and adjectives, a few verb endings), so the forms
// a citizen types meet the form in the text – "długi", "długów", "długami" →
// "dług"; "czynsz", "czynszu" → "czynsz"; "zasiłek", "zasiłku", "zasiłków" →
// "zasiłk" (the mobile e of -ek); "mieszkanie", "mieszkania", "mieszkań" →
// "mieszkan" after folding. It never leaves fewer than MIN_STEM letters, so
// short words stay whole. Written for this portal from the endings of Polish
// declension (light stemming in the sense of Savoy's work on European
// languages); it replaces the unmaintained stemmer_pl package.

/** Endings by family; sorted longest first below, and the first that fits is removed (one only). */
const ENDINGS_BY_FAMILY = [
  // adjectives and participles (-owy, -ny, -ski families)
  "owego",
  "owemu",
  "owych",
  "owymi",
  "owej",
  "owym",
  "owa",
  "owe",
  "owy",
  "iego",
  "iemu",
  "ich",
  "ych",
  "imi",
  "ymi",
  "ego",
  "emu",
  "iej",
  // nouns: plural and singular case endings
  "ami",
  "ach",
  "iach",
  "iami",
  "owi",
  "om",
  "ów",
  "ią",
  "ię",
  "iu",
  "ie",
  "ia",
  "ej",
  "ym",
  "im",
  "em",
  "ń",
  // verbs (present tense and infinitive, for "płacić", "płacę", "mogę")
  "ać",
  "ić",
  "yć",
  "eć",
  "ę",
  // single vowels last
  "a",
  "e",
  "i",
  "o",
  "u",
  "y",
  "ą",
];

/** Longest first, so "-iach" wins over "-ach" ("mieszkaniach" → "mieszkan"). */
const ENDINGS = [...ENDINGS_BY_FAMILY].sort((a, b) => b.length - a.length);

const MIN_STEM = 4;

/** The stem of a lower-cased Polish word (diacritics kept; the caller folds). */
export function polishStem(word: string): string {
  let w = word;
  for (const ending of ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM) {
      w = w.slice(0, -ending.length);
      // "mieszkań" (genitive plural) meets "mieszkanie": ń ends the stem as n.
      if (ending === "ń") w += "n";
      break;
    }
  }
  // The mobile e of -ek/-ec: "zasiłek" → "zasiłk" like "zasiłku" → "zasiłk".
  if (/[^aeiouyąęó](ek|ec)$/.test(w) && w.length - 1 >= MIN_STEM) w = w.slice(0, -2) + w.slice(-1);
  return w;
}
