// From text to index terms, and from a query to the terms to look up.
//
// Every word is indexed in separate channels:
// - "surface": the folded word as written ("borclarinda"), for prefix and typo
//   matching (a typo is a typo of what was written, not of a stem);
// - "stems": its folded stem ("borc"), so word forms meet;
// - "parts": for a German compound, the stems of its parts ("mietschulden" →
//   miet, schuld), weighted lower than a whole word.
//
// A query word is looked up with a few weighted variants: the word (prefix and
// typo tolerant), its umlaut reading ("ue" → ü), a known word one swapped
// letter away ("beratnug" → "beratung"), and the stems of its compound parts.
// (A typo inside a compound is left to the typo match of the whole word, which
// allows more edits the longer the word is.)
// The engine takes, per query word, the better of the written and the stemmed
// lookup, so one written word never counts twice.
import { splitCompound } from "./decompound";
import { fold, umlautDigraphs, words } from "./normalize";
import { stem } from "./stemmers";

/** Longest query the search accepts (characters); longer input is cut. */
export const MAX_QUERY_LENGTH = 200;
/** Query words looked up at most; more add nothing but work. */
export const MAX_QUERY_WORDS = 12;
/** Weight of a compound part relative to the whole word. */
export const PART_WEIGHT = 0.5;

export interface AnalysedText {
  surface: string[];
  stems: string[];
  parts: string[];
}

/**
 * Analyses the texts of one language. `compoundVocabulary` (German only)
 * enables compound splitting. Remembers the words it has seen, since texts
 * repeat them.
 */
export class TextAnalyzer {
  private readonly seen = new Map<string, AnalysedText>();

  constructor(
    readonly lang: string,
    private readonly compoundVocabulary?: ReadonlySet<string>,
  ) {}

  private word(word: string): AnalysedText {
    let result = this.seen.get(word);
    if (result) return result;
    const surface = fold(word);
    result = { surface: [surface], stems: [stem(word, this.lang)], parts: [] };
    if (this.compoundVocabulary) {
      for (const part of splitCompound(surface, this.compoundVocabulary) ?? []) {
        result.parts.push(stem(part, this.lang));
      }
    }
    this.seen.set(word, result);
    return result;
  }

  analyse(text: string): AnalysedText {
    const out: AnalysedText = { surface: [], stems: [], parts: [] };
    for (const word of words(text, this.lang)) {
      const analysed = this.word(word);
      out.surface.push(...analysed.surface);
      out.stems.push(...analysed.stems);
      out.parts.push(...analysed.parts);
    }
    return out;
  }
}

/** The vocabulary for compound splitting: every word and stem of the German texts. */
export function germanVocabulary(texts: Iterable<string>, minLength = 4): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const word of words(text, "de")) {
      const surface = fold(word);
      if (!/^\p{L}+$/u.test(surface)) continue;
      if (surface.length >= minLength) vocabulary.add(surface);
      const stemmed = stem(word, "de");
      if (stemmed.length >= minLength) vocabulary.add(stemmed);
    }
  }
  return vocabulary;
}

export interface QueryVariant {
  term: string;
  /** Relative weight of a match on this variant (1 = the word as typed). */
  weight: number;
  /** Also match index terms that start with this term. */
  prefix: boolean;
  /** Maximum edit distance for a typo match (0 = none). */
  fuzzy: number;
}

export interface QueryWord {
  word: string;
  /** Variants to look up among the written forms. */
  surface: QueryVariant[];
  /** Variants to look up among the stems and compound parts. */
  stems: QueryVariant[];
}

/** Edit distance tolerated for a word of this length: none below 5 letters. */
export function typoDistance(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 13) return 2;
  return 3;
}

/** Words one adjacent swap away ("beratnug" → "beratung") that the index knows. */
export function transpositions(term: string, known: Pick<ReadonlySet<string>, "has">): string[] {
  const out: string[] = [];
  const chars = [...term];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    const swapped = [...chars];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    const candidate = swapped.join("");
    if (known.has(candidate)) out.push(candidate);
  }
  return out;
}

class VariantSet {
  private readonly byTerm = new Map<string, QueryVariant>();

  add(variant: QueryVariant): void {
    if (variant.term.length < 2 && !/^\p{N}$/u.test(variant.term)) return;
    const existing = this.byTerm.get(variant.term);
    if (!existing) {
      this.byTerm.set(variant.term, { ...variant });
      return;
    }
    existing.weight = Math.max(existing.weight, variant.weight);
    existing.prefix ||= variant.prefix;
    existing.fuzzy = Math.max(existing.fuzzy, variant.fuzzy);
  }

  list(): QueryVariant[] {
    return [...this.byTerm.values()];
  }
}

/** The distinct words of a query (cut to MAX_QUERY_LENGTH and MAX_QUERY_WORDS). */
export function queryWords(query: string, lang: string): string[] {
  return [...new Set(words(query.slice(0, MAX_QUERY_LENGTH), lang))].slice(0, MAX_QUERY_WORDS);
}

/**
 * Lookup variants of query words (from queryWords) for an index in `lang`.
 * `known` tells the written forms the search knows: those are not typos, and
 * letter-swap corrections must be one of them;
 * `compoundVocabulary` enables German compound splitting.
 */
export function analyseQueryWords(
  queryWordList: string[],
  lang: string,
  options: {
    compoundVocabulary?: ReadonlySet<string>;
    known?: Pick<ReadonlySet<string>, "has">;
  } = {},
): QueryWord[] {
  return queryWordList.map((word) => {
    const surface = new VariantSet();
    const stems = new VariantSet();
    const forms = [word];
    const umlauts = lang === "de" ? umlautDigraphs(word) : null;
    if (umlauts) forms.push(umlauts);

    for (const form of forms) {
      const written = fold(form);
      const numeric = /^\p{N}+$/u.test(written);
      // A word the index knows is taken as meant; only unknown words are typos.
      const isKnown = options.known?.has(written) ?? false;
      surface.add({
        term: written,
        weight: 1,
        prefix: !numeric && written.length >= 4,
        fuzzy: numeric || isKnown ? 0 : typoDistance(written.length),
      });
      const stemmed = stem(form, lang);
      stems.add({ term: stemmed, weight: 1, prefix: !numeric && stemmed.length >= 4, fuzzy: 0 });

      if (options.known && !isKnown) {
        for (const fixed of transpositions(written, options.known)) {
          surface.add({ term: fixed, weight: 0.8, prefix: false, fuzzy: 0 });
        }
      }
      if (options.compoundVocabulary) {
        for (const part of splitCompound(written, options.compoundVocabulary) ?? []) {
          stems.add({ term: stem(part, lang), weight: PART_WEIGHT, prefix: false, fuzzy: 0 });
        }
      }
    }
    return { word, surface: surface.list(), stems: stems.list() };
  });
}

/** queryWords + analyseQueryWords in one step. */
export function analyseQuery(
  query: string,
  lang: string,
  options: { compoundVocabulary?: ReadonlySet<string>; known?: ReadonlySet<string> } = {},
): QueryWord[] {
  return analyseQueryWords(queryWords(query, lang), lang, options);
}
