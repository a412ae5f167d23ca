// The engine on a small made-up directory; search.server.test.ts runs it on
// the demo data.
import { describe, expect, it } from "vitest";
import { MAX_LIMIT, SearchEngine, type LifeSituationEntry, type SearchDocument } from "./engine";

const services: SearchDocument[] = [
  {
    slug: "debt-advice",
    neutralKeywords: "§ 16a SGB II",
    texts: {
      de: {
        title: "Schuldnerberatung",
        summary: "Hilfe bei Schulden und Mahnungen.",
        keywords: "Schulden, Mahnung, Inkasso",
        body: "Die Beratung verschafft Ihnen einen Überblick über Ihre Schulden.",
      },
      uk: {
        title: "Консультації щодо боргів",
        summary: "Допомога з боргами.",
        keywords: "борги",
        body: "",
      },
    },
    terms: { de: ["Ich habe Schulden", "Beratung"], uk: ["У мене борги", "Консультації"] },
  },
  {
    slug: "tenants-advice",
    neutralKeywords: "",
    texts: {
      de: {
        title: "Mietrechtsberatung beim Mieterverein",
        summary: "Beratung zu Mietvertrag, Mieterhöhung und Nebenkosten.",
        keywords: "Mieterverein, Nebenkostenabrechnung, Mieterhöhung",
        body: "Der Mieterverein prüft Ihre Nebenkostenabrechnung.",
      },
    },
    terms: { de: ["Wohnen", "Beratung"], uk: ["Житло", "Консультації"] },
  },
  {
    slug: "housing-benefit",
    neutralKeywords: "WoGG",
    texts: {
      de: {
        title: "Wohngeld",
        summary: "Zuschuss zur Miete für Menschen mit wenig Einkommen.",
        keywords: "Mietzuschuss, Miete zu hoch",
        body: "Wohngeld hilft, wenn die Miete zu hoch ist.",
      },
      uk: {
        title: "Житлова допомога (Wohngeld)",
        summary: "Доплата до оренди.",
        keywords: "житло, оренда",
        body: "",
      },
    },
    terms: { de: ["Wohnen"], uk: ["Житло"] },
  },
];

const lifeSituations: LifeSituationEntry[] = [
  { slug: "debts", titles: { de: "Ich habe Schulden", uk: "У мене борги" } },
  { slug: "housing", titles: { de: "Ich suche eine Wohnung" } },
];

const engine = new SearchEngine(services, lifeSituations);
const slugs = (lang: string, query: string) => engine.search(lang, query).hits.map((h) => h.slug);

describe("SearchEngine", () => {
  it("ranks a title match above a mention in the text", () => {
    expect(slugs("de", "Wohngeld")[0]).toBe("housing-benefit");
    expect(slugs("de", "Schulden")[0]).toBe("debt-advice");
  });

  it("finds a compound by its parts and a part by its compound", () => {
    expect(slugs("de", "Nebenkosten")).toEqual(["tenants-advice"]);
    expect(slugs("de", "Mietschulden")).toEqual(
      expect.arrayContaining(["debt-advice", "housing-benefit"]),
    );
  });

  it("finds a service without a translation through the reader's life-situation titles", () => {
    const { hits } = engine.search("uk", "житло");
    const tenants = hits.find((h) => h.slug === "tenants-advice");
    expect(tenants).toMatchObject({
      title: "Mietrechtsberatung beim Mieterverein",
      titleLanguage: "de",
      summaryLanguage: "de",
      matchedGerman: false,
    });
    expect(hits.find((h) => h.slug === "housing-benefit")?.titleLanguage).toBe("uk");
  });

  it("finds German text from another language and says so", () => {
    const [hit] = engine.search("uk", "Mieterverein").hits;
    expect(hit).toMatchObject({ slug: "tenants-advice", matchedGerman: true, titleLanguage: "de" });
    const [debts] = engine.search("uk", "борги").hits;
    expect(debts).toMatchObject({ slug: "debt-advice", matchedGerman: false, titleLanguage: "uk" });
  });

  it("prefers services that match every word of the query", () => {
    expect(slugs("de", "Beratung Mieterhöhung")[0]).toBe("tenants-advice");
    expect(slugs("de", "Beratung Mahnung")[0]).toBe("debt-advice");
  });

  it("suggests life situations when nothing is found, in the reader's language or German", () => {
    const result = engine.search("uk", "xyzzy");
    expect(result.hits).toEqual([]);
    expect(result.suggestions.lifeSituations).toEqual([
      { slug: "debts", title: "У мене борги" },
      { slug: "housing", title: "Ich suche eine Wohnung" },
    ]);
  });

  it("has no hits for an empty query", () => {
    expect(engine.search("de", "").hits).toEqual([]);
    expect(engine.search("de", "   ").hits).toEqual([]);
  });

  it("honours the limit, within bounds", () => {
    expect(engine.search("de", "Beratung", { limit: 1 }).hits).toHaveLength(1);
    expect(engine.search("de", "Beratung", { limit: 0 }).hits).toHaveLength(1);
    expect(engine.search("de", "Beratung", { limit: 10_000 }).hits.length).toBeLessThanOrEqual(
      MAX_LIMIT,
    );
  });

  it("answers a repeated query from its cache, and works without one", () => {
    expect(engine.search("de", "Schulden")).toBe(engine.search("de", "Schulden"));
    const uncached = new SearchEngine(services, lifeSituations, { resultCacheSize: 0 });
    expect(uncached.search("de", "Schulden")).toEqual(engine.search("de", "Schulden"));
  });

  it("copes with an empty directory", () => {
    const empty = new SearchEngine([], []);
    expect(empty.search("ar", "ديون")).toEqual({ hits: [], suggestions: { lifeSituations: [] } });
  });
});
