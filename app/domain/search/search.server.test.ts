// The search on the demo directory, with the queries citizens type: in seven
// languages, with typos, without umlauts or Turkish/Polish letters, in other
// word forms, as German compounds, and in a language other than the text's.
// Expectations name the service a person would want; where two services fit
// equally, either order is accepted.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Language } from "~/i18n";
import { bumpDirectoryVersion } from "~/domain/directory/version.server";
import { prisma } from "~/utils/db.server";
import { seed } from "../../../prisma/seed";
import { MAX_QUERY_LENGTH, searchServices } from "./search.server";

// A service that exists only in German, as after an administrator adds one
// and before translators have been at it.
const germanOnlySlug = `test-mieterverein-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  await seed(prisma);
  const organization = await prisma.organization.findFirstOrThrow({ select: { id: true } });
  const rent = await prisma.lifeSituation.findUniqueOrThrow({ where: { slug: "cannot-pay-rent" } });
  const housing = await prisma.category.findUniqueOrThrow({ where: { slug: "housing" } });
  await prisma.service.create({
    data: {
      hsdsId: randomUUID(),
      slug: germanOnlySlug,
      status: "PUBLISHED",
      legalBasis: "",
      responsibleOrganizationId: organization.id,
      translations: {
        create: {
          locale: "de",
          title: "Beratungsgutschein für den Mieterverein",
          summary:
            "Kostenlose Mietrechtsberatung beim Mieterverein Musterstadt mit einem Gutschein.",
          description:
            "Der Mieterverein prüft Ihre Nebenkostenabrechnung und berät Sie bei einer Mieterhöhung.",
          keywords: "Mieterverein, Mietrecht, Nebenkostenabrechnung, Beratungsgutschein",
        },
      },
      lifeSituations: { create: { lifeSituationId: rent.id } },
      categories: { create: { categoryId: housing.id } },
    },
  });
  await bumpDirectoryVersion();
}, 60_000);

afterAll(async () => {
  await prisma.service.deleteMany({ where: { slug: germanOnlySlug } });
  await bumpDirectoryVersion();
});

async function slugs(lang: Language, query: string): Promise<string[]> {
  return (await searchServices(lang, query)).hits.map((h) => h.slug);
}

type Case = [lang: Language, query: string, expected: string[]];

/** The first hit is this service. */
const firstHit: Case[] = [
  // German: plain, without umlauts, with "ue", typos, word forms.
  ["de", "Bürgergeld", ["buergergeld"]],
  ["de", "Burgergeld", ["buergergeld"]],
  ["de", "Buergergeld", ["buergergeld"]],
  ["de", "Wohngled", ["wohngeld"]],
  ["de", "Schuldnerberatnug", ["schuldnerberatung"]],
  ["de", "Kinderzuschlg", ["kinderzuschlag"]],
  ["de", "Schulden", ["schuldnerberatung"]],
  ["de", "Mietschulden", ["mietschulden-uebernahme"]],
  ["de", "Kontopfaendung", ["schuldnerberatung"]],
  ["de", "Insolvenz", ["schuldnerberatung"]],
  ["de", "Miete zu hoch", ["wohngeld"]],
  ["de", "Kita-Platz", ["kinderbetreuung"]],
  ["de", "Deutschkurs", ["integrationskurs"]],
  ["de", "Rente reicht nicht", ["grundsicherung-alter-erwerbsminderung"]],
  ["de", "Zeugnis anerkennen", ["anerkennung-berufsabschluss"]],
  ["de", "schwanger", ["erstausstattung-schwangerschaft-geburt"]],
  ["de", "Rundfunkgebühren", ["rundfunkbeitragsbefreiung"]],
  ["de", "arbeitslos", ["arbeitslosengeld"]],
  ["de", "Alkohol", ["suchtberatung"]],
  // English.
  ["en", "debts", ["schuldnerberatung"]],
  ["en", "rent arrears", ["mietschulden-uebernahme"]],
  ["en", "housing benefit", ["wohngeld"]],
  ["en", "childcare", ["kinderbetreuung"]],
  ["en", "homeless", ["notunterkunft"]],
  // Turkish, with and without Turkish letters.
  ["tr", "kira yardımı", ["wohngeld"]],
  ["tr", "kira yardimi", ["wohngeld"]],
  ["tr", "issizlik parasi", ["arbeitslosengeld"]],
  ["tr", "cocuk parasi", ["kindergeld"]],
  ["tr", "Schuldnerberatnug", ["schuldnerberatung"]],
  // Arabic.
  ["ar", "إعانة البطالة", ["arbeitslosengeld"]],
  ["ar", "حضانة", ["kinderbetreuung"]],
  ["ar", "الاعتراف بالشهادة", ["anerkennung-berufsabschluss"]],
  // Ukrainian (Olena) and Russian.
  ["uk", "визнання диплому", ["anerkennung-berufsabschluss"]],
  ["uk", "визнання дипломів", ["anerkennung-berufsabschluss"]],
  ["ru", "признание диплома", ["anerkennung-berufsabschluss"]],
  ["ru", "алкоголь", ["suchtberatung"]],
  // Polish, with and without Polish letters, in other cases.
  ["pl", "długi", ["schuldnerberatung"]],
  ["pl", "długów", ["schuldnerberatung"]],
  ["pl", "zasilek na dziecko", ["kindergeld"]],
  ["pl", "uznanie dyplomu", ["anerkennung-berufsabschluss"]],
];

/** All of these services are among the first hits (as many as named, plus one). */
const amongFirst: Case[] = [
  // Compounds both ways: "Mietschulden" finds debt counselling; "Schulden" finds the compound.
  ["de", "Mietschulden", ["mietschulden-uebernahme", "schuldnerberatung"]],
  ["de", "Schulden", ["schuldnerberatung", "mietschulden-uebernahme"]],
  ["de", "Pflegeheim Kosten", ["hilfe-zur-pflege", "pflegewohngeld"]],
  ["de", "obdachlos", ["notunterkunft", "hilfe-besondere-soziale-schwierigkeiten"]],
  ["en", "german course", ["integrationskurs", "berufssprachkurs"]],
  ["tr", "borc", ["schuldnerberatung", "mietschulden-uebernahme"]],
  ["tr", "borçlarım var", ["schuldnerberatung", "mietschulden-uebernahme"]],
  ["tr", "Almanca kursu", ["integrationskurs", "berufssprachkurs"]],
  ["ar", "ديون", ["schuldnerberatung", "mietschulden-uebernahme"]],
  ["ar", "الديون", ["schuldnerberatung", "mietschulden-uebernahme"]],
  ["ar", "مساعدة في الإيجار", ["mietschulden-uebernahme", "wohngeld"]],
  ["uk", "борги", ["schuldnerberatung", "mietschulden-uebernahme"]],
  ["uk", "курс німецької мови", ["berufssprachkurs", "integrationskurs"]],
  ["uk", "житло", ["notunterkunft", "wohngeld", "mietschulden-uebernahme"]],
  ["ru", "жилье", ["notunterkunft", "mietschulden-uebernahme"]],
  ["ru", "долги", ["schuldnerberatung", "mietschulden-uebernahme"]],
  ["ru", "пособие на ребенка", ["kinderzuschlag", "kindergeld"]],
  ["pl", "kurs niemieckiego", ["integrationskurs", "berufssprachkurs"]],
  ["pl", "dlugi", ["schuldnerberatung", "mietschulden-uebernahme"]],
];

describe("searchServices on the demo directory", () => {
  it.each(firstHit)("%s: %s → %j first", async (lang, query, [slug]) => {
    expect((await slugs(lang, query))[0]).toBe(slug);
  });

  it.each(amongFirst)("%s: %s → %j among the first", async (lang, query, expected) => {
    const top = (await slugs(lang, query)).slice(0, expected.length + 1);
    expect(top).toEqual(expect.arrayContaining(expected));
  });

  it("returns titles and summaries in the reader's language", async () => {
    const [hit] = (await searchServices("ar", "إعانة البطالة")).hits;
    expect(hit).toMatchObject({ titleLanguage: "ar", summaryLanguage: "ar", matchedGerman: false });
    expect(hit?.title).toContain("إعانة البطالة");
    expect(hit?.score).toBeGreaterThan(0);
  });

  it("finds German words typed in another language, and the reader's words first", async () => {
    const { hits } = await searchServices("uk", "Kindergeld");
    expect(hits[0]).toMatchObject({ slug: "kindergeld", titleLanguage: "uk" });
  });
});

describe("services whose text exists only in German", () => {
  it.each<[Language, string]>([
    ["uk", "житло"],
    ["ar", "لا أستطيع دفع الإيجار"],
    ["tr", "kiramı ödeyemiyorum"],
    ["ru", "не могу платить за квартиру"],
    ["pl", "nie mogę zapłacić czynszu"],
    ["en", "cannot pay my rent"],
  ])("%s: %s finds it through its life situation, titled in German", async (lang, query) => {
    const hit = (await searchServices(lang, query)).hits.find((h) => h.slug === germanOnlySlug);
    expect(hit).toMatchObject({
      title: "Beratungsgutschein für den Mieterverein",
      titleLanguage: "de",
      summaryLanguage: "de",
      matchedGerman: false,
    });
  });

  it.each<[Language, string]>([
    ["uk", "Mieterverein"],
    ["ru", "Nebenkostenabrechnung"],
    ["ar", "Mietrecht"],
    ["tr", "Mieterhoehung"],
  ])("%s: German word %s finds it in the German text", async (lang, query) => {
    const [hit] = (await searchServices(lang, query)).hits;
    expect(hit).toMatchObject({ slug: germanOnlySlug, titleLanguage: "de", matchedGerman: true });
  });
});

describe("no hits", () => {
  it.each<[Language, string, string]>([
    ["de", "Xylophonunterricht", "Ich habe Schulden"],
    ["ar", "qwzxv", "عليّ ديون"],
    ["uk", "космонавт", "У мене борги"],
  ])("%s: %s → life situations to start from", async (lang, query, debtsTitle) => {
    const result = await searchServices(lang, query);
    expect(result.hits).toEqual([]);
    expect(result.suggestions.lifeSituations.length).toBeGreaterThan(5);
    expect(result.suggestions.lifeSituations).toContainEqual({ slug: "debts", title: debtsTitle });
  });

  it("has no hits for an empty query", async () => {
    expect((await searchServices("de", "")).hits).toEqual([]);
    expect((await searchServices("tr", "  \t ")).hits).toEqual([]);
  });

  it("cuts an over-long query instead of failing", async () => {
    const long = `Wohngeld ${"x".repeat(MAX_QUERY_LENGTH * 5)}`;
    expect((await slugs("de", long))[0]).toBe("wohngeld");
  });

  it("honours the limit", async () => {
    expect((await searchServices("de", "Beratung", { limit: 2 })).hits).toHaveLength(2);
  });
});

describe("index cache", () => {
  it("sees a newly published service after the directory version moved", async () => {
    const slug = `test-rebuild-${randomUUID().slice(0, 8)}`;
    const organization = await prisma.organization.findFirstOrThrow({ select: { id: true } });
    const created = await prisma.service.create({
      data: {
        hsdsId: randomUUID(),
        slug,
        status: "PUBLISHED",
        legalBasis: "",
        responsibleOrganizationId: organization.id,
        translations: {
          create: {
            locale: "de",
            title: "Fahrradwerkstatt zum Selbermachen",
            summary: "Reparieren lernen.",
          },
        },
      },
    });
    try {
      expect(await slugs("de", "Fahrradwerkstatt")).not.toContain(slug);
      await bumpDirectoryVersion();
      expect(await slugs("de", "Fahrradwerkstatt")).toEqual([slug]);
      await prisma.service.update({ where: { id: created.id }, data: { status: "DRAFT" } });
      await bumpDirectoryVersion();
      expect(await slugs("de", "Fahrradwerkstatt")).toEqual([]);
    } finally {
      await prisma.service.delete({ where: { id: created.id } });
      await bumpDirectoryVersion();
    }
  });
});
