// The search engine of the service directory: MiniSearch indexes (BM25 with
// prefix and typo matching) over texts we analyse ourselves (see analyzer.ts).
//
// One index per language holds that language's texts: title, search words,
// summary, long texts and the titles of the service's life situations and
// categories. The German index is searched in every language as a second
// source with a lower weight, so a query finds services whose text exists only
// in German, and German words people use in any language ("Jobcenter",
// "Kindergeld") work everywhere. The life-situation and category titles exist
// in every language, so even a service without any translation is found by a
// query in the reader's language through its life situations.
//
// Pure: it knows no database. search.server.ts feeds it the published
// directory and rebuilds it when the directory version moves.
import MiniSearch from "minisearch";
import {
  analyseQueryWords,
  germanVocabulary,
  MAX_QUERY_LENGTH,
  PART_WEIGHT,
  queryWords,
  TextAnalyzer,
  type QueryVariant,
  type QueryWord,
} from "./analyzer";

export const GERMAN = "de";

export interface ServiceText {
  title: string;
  summary: string;
  /** Search words and synonyms, comma separated. */
  keywords: string;
  /** Description, eligibility, benefits, how to apply, costs (and easy language). */
  body: string;
}

export interface SearchDocument {
  slug: string;
  /** Texts by language; German is the source and should be present. */
  texts: Partial<Record<string, ServiceText>>;
  /** Language-neutral search words (abbreviations, legal references). */
  neutralKeywords: string;
  /** Titles of the service's life situations and categories, by language. */
  terms: Partial<Record<string, string[]>>;
}

export interface LifeSituationEntry {
  slug: string;
  titles: Partial<Record<string, string>>;
}

export interface SearchHit {
  slug: string;
  title: string;
  summary: string;
  score: number;
  /** Language of `title`: the reader's, or German where no translation exists. */
  titleLanguage: string;
  /** Language of `summary`. */
  summaryLanguage: string;
  /** Found only through the German text (the reader's language did not match). */
  matchedGerman: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Offered when nothing was found: where to start instead. */
  suggestions: { lifeSituations: { slug: string; title: string }[] };
}

const FIELDS = ["title", "keywords", "terms", "summary", "body"] as const;
type Field = (typeof FIELDS)[number];
/** Title counts most, then search words, life situations, summary, full text. */
const BOOST: Record<Field, number> = { title: 5, keywords: 3, terms: 2, summary: 1.5, body: 1 };
/** Each field is indexed in channels: written forms, stems, compound parts (see analyzer.ts). */
const SURFACE_FIELDS = FIELDS.map((f) => `${f}`);
const STEM_FIELDS = FIELDS.flatMap((f) => [`${f}_stem`, `${f}_part`]);
const CHANNEL_BOOST: Record<string, number> = Object.fromEntries(
  FIELDS.flatMap((f) => [
    [f, BOOST[f]],
    [`${f}_stem`, BOOST[f]],
    [`${f}_part`, BOOST[f] * PART_WEIGHT],
  ]),
);
/** Weight of the German index when searching in another language. */
const GERMAN_WEIGHT = 0.5;
/**
 * A query word found in more than this share of documents says little ("und",
 * "für", "на", "için", "في" are in nearly all; content words like "Hilfe" or
 * "пособие" in fewer, and BM25 already weighs them down).
 */
const COMMON_SHARE = 0.85;
/** Hits found only approximately (prefix, typo, compound part) need this share of the best score. */
const RELATIVE_CUTOFF = 0.15;
/** Hits containing a query word itself need only this share. */
const EXACT_CUTOFF = 0.05;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;
const RESULT_CACHE_SIZE = 500;

type IndexedDoc = { id: number; fields: Record<string, string> };

interface LanguageIndex {
  lang: string;
  mini: MiniSearch<IndexedDoc>;
  /** Every written form in the index, for letter-swap corrections. */
  known: Set<string>;
  /** First letters of the index's terms: a word starting otherwise (another script) cannot match. */
  initials: Set<string>;
  /** In how many documents each stem occurs. */
  documentFrequency: Map<string, number>;
  documentCount: number;
}

/** How one query word matched one document. */
interface WordMatch {
  score: number;
  exact: boolean;
}

export class SearchEngine {
  private readonly services: SearchDocument[];
  private readonly lifeSituations: LifeSituationEntry[];
  private readonly compoundVocabulary: ReadonlySet<string>;
  private readonly indexes = new Map<string, LanguageIndex>();
  private readonly results = new Map<string, SearchResult>();

  private readonly resultCacheSize: number;

  /**
   * `resultCacheSize`: how many recent results to keep (the same query is
   * asked again and again: links, reloads, the back button). 0 turns it off.
   */
  constructor(
    services: SearchDocument[],
    lifeSituations: LifeSituationEntry[],
    options: { resultCacheSize?: number } = {},
  ) {
    this.services = services;
    this.lifeSituations = lifeSituations;
    this.resultCacheSize = options.resultCacheSize ?? RESULT_CACHE_SIZE;
    this.compoundVocabulary = germanVocabulary(
      services.flatMap((s) => {
        const de = s.texts[GERMAN];
        return [
          ...(de ? [de.title, de.summary, de.keywords, de.body] : []),
          s.neutralKeywords,
          ...(s.terms[GERMAN] ?? []),
        ];
      }),
    );
    this.index(GERMAN);
  }

  /** Build the indexes of these languages now rather than on their first query. */
  warm(langs: readonly string[]): this {
    for (const lang of langs) this.index(lang);
    return this;
  }

  /** The index of one language, built on first use. */
  private index(lang: string): LanguageIndex {
    const existing = this.indexes.get(lang);
    if (existing) return existing;
    const analyzer = new TextAnalyzer(lang, lang === GERMAN ? this.compoundVocabulary : undefined);
    const known = new Set<string>();
    const documentFrequency = new Map<string, number>();
    const docs: IndexedDoc[] = this.services.map((service, id) => {
      const text = service.texts[lang];
      const raw: Record<Field, string> = {
        title: text?.title ?? "",
        keywords: [text?.keywords ?? "", service.neutralKeywords].join(", "),
        terms: (service.terms[lang] ?? []).join(". "),
        summary: text?.summary ?? "",
        body: text?.body ?? "",
      };
      const doc: IndexedDoc = { id, fields: {} };
      const docStems = new Set<string>();
      for (const field of FIELDS) {
        const { surface, stems, parts } = analyzer.analyse(raw[field]);
        for (const term of surface) known.add(term);
        for (const term of stems) docStems.add(term);
        doc.fields[field] = surface.join(" ");
        doc.fields[`${field}_stem`] = stems.join(" ");
        doc.fields[`${field}_part`] = parts.join(" ");
      }
      for (const term of docStems)
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      return doc;
    });
    // The fields hold analysed terms already: split on spaces, nothing more.
    const mini = new MiniSearch<IndexedDoc>({
      fields: [...SURFACE_FIELDS, ...STEM_FIELDS],
      extractField: (doc, field) => (field === "id" ? doc.id : doc.fields[field]),
      tokenize: (text) => (text ? text.split(" ") : []),
      processTerm: (term) => term,
    });
    mini.addAll(docs);
    const initials = new Set([...known].map((term) => term[0] ?? ""));
    const index = { lang, mini, known, initials, documentFrequency, documentCount: docs.length };
    this.indexes.set(lang, index);
    return index;
  }

  /**
   * Document number → score of these variants in these fields, and whether the
   * word itself (as typed, or its stem) was found rather than only a prefix, a
   * typo correction or a compound part of the query.
   */
  private lookup(
    index: LanguageIndex,
    variants: QueryVariant[],
    fields: string[],
  ): Map<number, WordMatch> {
    const scores = new Map<number, WordMatch>();
    if (variants.length === 0) return scores;
    const byTerm = new Map(variants.map((v) => [v.term, v]));
    const results = index.mini.search(variants.map((v) => v.term).join(" "), {
      fields,
      boost: CHANNEL_BOOST,
      prefix: (term) => byTerm.get(term)?.prefix ?? false,
      fuzzy: (term) => byTerm.get(term)?.fuzzy ?? 0,
      boostTerm: (term) => byTerm.get(term)?.weight ?? 1,
      combineWith: "OR",
    });
    for (const r of results) {
      // MiniSearch multiplies by the number of matched variants; undo that, so
      // the score is the weighted sum of the evidence.
      const score = r.score / Math.max(1, r.queryTerms.length);
      const exact = r.terms.some((term) => (byTerm.get(term)?.weight ?? 0) >= 1);
      scores.set(r.id as number, { score, exact });
    }
    return scores;
  }

  /** Per query word: document number → match, the better of the two channels. */
  private scoreWords(index: LanguageIndex, words: QueryWord[]): Map<number, WordMatch>[] {
    return words.map((word) => {
      const initial = word.surface[0]?.term[0];
      if (initial === undefined || !index.initials.has(initial))
        return new Map<number, WordMatch>();
      const scores = this.lookup(index, word.surface, SURFACE_FIELDS);
      for (const [doc, match] of this.lookup(index, word.stems, STEM_FIELDS)) {
        const other = scores.get(doc);
        scores.set(doc, {
          score: Math.max(match.score, other?.score ?? 0),
          exact: match.exact || (other?.exact ?? false),
        });
      }
      return scores;
    });
  }

  /** Share of documents that contain the word's stem. */
  private commonness(index: LanguageIndex, word: QueryWord): number {
    const df = Math.max(
      0,
      ...word.stems
        .filter((v) => v.weight >= 1)
        .map((v) => index.documentFrequency.get(v.term) ?? 0),
    );
    return index.documentCount ? df / index.documentCount : 0;
  }

  search(lang: string, query: string, options: { limit?: number } = {}): SearchResult {
    const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    const text = query.slice(0, MAX_QUERY_LENGTH).trim();
    const key = `${lang}\u0000${limit}\u0000${text}`;
    const cached = this.results.get(key);
    if (cached) return cached;

    const result = this.run(lang, text, limit);
    if (this.resultCacheSize === 0) return result;
    if (this.results.size >= this.resultCacheSize) {
      const oldest = this.results.keys().next();
      if (!oldest.done) this.results.delete(oldest.value);
    }
    this.results.set(key, result);
    return result;
  }

  private run(lang: string, text: string, limit: number): SearchResult {
    const sources: { index: LanguageIndex; weight: number; german: boolean }[] = [];
    sources.push({ index: this.index(lang), weight: 1, german: lang === GERMAN });
    if (lang !== GERMAN)
      sources.push({ index: this.index(GERMAN), weight: GERMAN_WEIGHT, german: true });

    // The query's words, split by the reader's language rules, then analysed
    // for each source's language.
    const wordList = queryWords(text, lang);
    const wordCount = wordList.length;
    if (wordCount === 0) return this.noHits(lang);
    // A word either index knows is taken as meant, not as a typo: an English
    // word is no misspelt German one.
    const known = {
      has: (term: string) => sources.some((source) => source.index.known.has(term)),
    };
    const perSource = sources.map((source) => {
      const words = analyseQueryWords(wordList, source.index.lang, {
        compoundVocabulary: source.index.lang === GERMAN ? this.compoundVocabulary : undefined,
        known,
      });
      return { ...source, words, scores: this.scoreWords(source.index, words) };
    });

    // A word found in most documents of a source ("Hilfe", "für", "допомога")
    // counts little, unless the query has nothing else.
    const common = Array.from({ length: wordCount }, (_, i) =>
      perSource.some((s) => {
        const word = s.words[i];
        return word !== undefined && this.commonness(s.index, word) > COMMON_SHARE;
      }),
    );
    const allCommon = common.every(Boolean);
    const counted = common.map((c) => allCommon || !c);
    const countedWords = counted.filter(Boolean).length;

    const totals = new Map<
      number,
      { score: number; local: number; german: number; matched: Set<number>; exact: boolean }
    >();
    for (const source of perSource) {
      source.scores.forEach((scores, i) => {
        const wordWeight = counted[i] ? 1 : 0.2;
        for (const [doc, match] of scores) {
          const entry = totals.get(doc) ?? {
            score: 0,
            local: 0,
            german: 0,
            matched: new Set<number>(),
            exact: false,
          };
          const weighted = match.score * source.weight * wordWeight;
          entry.score += weighted;
          if (source.german && lang !== GERMAN) entry.german += weighted;
          else entry.local += weighted;
          if (counted[i]) {
            entry.matched.add(i);
            entry.exact ||= match.exact;
          }
          totals.set(doc, entry);
        }
      });
    }

    // Documents matching more of the query's words rank higher. A document
    // that contains a (not too common) query word itself stays unless far
    // behind; one found only by prefix, typo tolerance or compound parts must
    // come nearer the best.
    const ranked = [...totals.entries()]
      .map(([doc, t]) => {
        const coverage = countedWords ? t.matched.size / countedWords : 1;
        return { ...t, doc, score: t.score * coverage * coverage };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
    const top = ranked[0]?.score ?? 0;
    const hits = ranked
      .filter((r) => r.score >= top * (r.exact ? EXACT_CUTOFF : RELATIVE_CUTOFF))
      .slice(0, limit)
      .map((r) => this.hit(lang, r.doc, r.score, r.local === 0 && r.german > 0));
    return hits.length ? { hits, suggestions: { lifeSituations: [] } } : this.noHits(lang);
  }

  private hit(lang: string, doc: number, score: number, matchedGerman: boolean): SearchHit {
    const service = this.services[doc]!;
    const own = service.texts[lang];
    const german = service.texts[GERMAN];
    const pick = (field: "title" | "summary") => {
      const value = own?.[field]?.trim();
      if (value) return { text: value, lang };
      return { text: german?.[field]?.trim() ?? "", lang: GERMAN };
    };
    const title = pick("title");
    const summary = pick("summary");
    return {
      slug: service.slug,
      title: title.text,
      summary: summary.text,
      score: Math.round(score * 1000) / 1000,
      titleLanguage: title.lang,
      summaryLanguage: summary.lang,
      matchedGerman,
    };
  }

  private noHits(lang: string): SearchResult {
    return {
      hits: [],
      suggestions: {
        lifeSituations: this.lifeSituations.map((l) => ({
          slug: l.slug,
          title: l.titles[lang]?.trim() || l.titles[GERMAN] || l.slug,
        })),
      },
    };
  }
}
