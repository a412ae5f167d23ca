// Search in the published service directory, in the reader's language.
//
// The indexes are built from the database once per directory version (see
// versionedCache: an administrator's publish in any process is seen on the
// next request) and held in memory; a query then takes well under a
// millisecond. How words are matched is described in engine.ts and analyzer.ts.
import { defaultLanguage, languages, type Language } from "~/i18n";
import { prisma } from "~/utils/db.server";
import { versionedCache } from "~/domain/directory/version.server";
import {
  SearchEngine,
  type LifeSituationEntry,
  type SearchDocument,
  type ServiceText,
} from "./engine";

export { MAX_QUERY_LENGTH } from "./analyzer";
export { DEFAULT_LIMIT, MAX_LIMIT } from "./engine";

export interface ServiceSearchHit {
  slug: string;
  title: string;
  summary: string;
  score: number;
  /** German where the service has no title in the reader's language (mark it lang="de"). */
  titleLanguage: Language;
  summaryLanguage: Language;
  /** Found only through the German text, not through text in the reader's language. */
  matchedGerman: boolean;
}

export interface ServiceSearchResult {
  hits: ServiceSearchHit[];
  /** Filled when there are no hits: life situations to start from instead. */
  suggestions: { lifeSituations: { slug: string; title: string }[] };
}

function joinTexts(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p && p.trim() !== "").join("\n\n");
}

/** The published directory as the search engine reads it. */
export async function loadSearchInput(): Promise<{
  services: SearchDocument[];
  lifeSituations: LifeSituationEntry[];
}> {
  const titles = { select: { locale: true, title: true } } as const;
  const [rows, situations] = await Promise.all([
    prisma.service.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { slug: "asc" },
      select: {
        slug: true,
        keywords: true,
        translations: {
          select: {
            locale: true,
            title: true,
            summary: true,
            description: true,
            eligibility: true,
            benefits: true,
            howToApply: true,
            costs: true,
            keywords: true,
            easyLanguage: true,
          },
        },
        categories: { select: { category: { select: { translations: titles } } } },
        lifeSituations: { select: { lifeSituation: { select: { translations: titles } } } },
      },
    }),
    prisma.lifeSituation.findMany({
      where: { services: { some: { service: { status: "PUBLISHED" } } } },
      orderBy: [{ sort: "asc" }, { slug: "asc" }],
      select: { slug: true, translations: titles },
    }),
  ]);

  const services = rows.map((row): SearchDocument => {
    const texts: Partial<Record<string, ServiceText>> = {};
    for (const t of row.translations) {
      texts[t.locale] = {
        title: t.title,
        summary: t.summary,
        keywords: t.keywords,
        body: joinTexts(
          t.description,
          t.eligibility,
          t.benefits,
          t.howToApply,
          t.costs,
          t.easyLanguage,
        ),
      };
    }
    const terms: Partial<Record<string, string[]>> = {};
    const termTranslations = [
      ...row.lifeSituations.flatMap((l) => l.lifeSituation.translations),
      ...row.categories.flatMap((c) => c.category.translations),
    ];
    for (const t of termTranslations) {
      if (t.title.trim()) (terms[t.locale] ??= []).push(t.title);
    }
    return { slug: row.slug, texts, neutralKeywords: row.keywords, terms };
  });

  const lifeSituations = situations.map((s): LifeSituationEntry => ({
    slug: s.slug,
    titles: Object.fromEntries(s.translations.map((t) => [t.locale, t.title])),
  }));
  return { services, lifeSituations };
}

/**
 * Build the engine with every language's index (0.2–0.4 s on the demo data,
 * more on the first build in a process while the JIT warms up).
 * Between languages it lets other requests run, so a rebuild after a publish
 * does not stall the server for its whole duration.
 */
export async function buildSearchEngine(
  options: { resultCacheSize?: number } = {},
): Promise<SearchEngine> {
  const { services, lifeSituations } = await loadSearchInput();
  const engine = new SearchEngine(services, lifeSituations, options);
  for (const lang of languages) {
    await new Promise((resolve) => setImmediate(resolve));
    engine.warm([lang]);
  }
  return engine;
}

const engine = versionedCache(() => buildSearchEngine());

/** Build the index now (e.g. at server start), so the first search does not wait for it. */
export async function warmSearchIndex(): Promise<void> {
  await engine();
}

/**
 * Services matching `query` in `lang`, best first. An empty query has no hits;
 * a query is cut to MAX_QUERY_LENGTH characters; `limit` defaults to 20 (max 50).
 * Without hits, `suggestions.lifeSituations` lists the life situations to
 * start from (the page adds the front desk's phone number).
 */
export async function searchServices(
  lang: Language,
  query: string,
  options: { limit?: number } = {},
): Promise<ServiceSearchResult> {
  const result = (await engine()).search(lang, query, options);
  return {
    hits: result.hits.map((h) => ({
      ...h,
      titleLanguage: h.titleLanguage === lang ? lang : defaultLanguage,
      summaryLanguage: h.summaryLanguage === lang ? lang : defaultLanguage,
    })),
    suggestions: { lifeSituations: result.suggestions.lifeSituations.map((l) => ({ ...l })) },
  };
}
