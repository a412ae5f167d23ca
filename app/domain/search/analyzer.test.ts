import { describe, expect, it } from "vitest";
import {
  analyseQuery,
  germanVocabulary,
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  PART_WEIGHT,
  queryWords,
  TextAnalyzer,
  transpositions,
  typoDistance,
} from "./analyzer";

const vocabulary = germanVocabulary(["Miete Schulden Schuldner Beratung Wohnung"]);

describe("TextAnalyzer", () => {
  it("indexes written forms, stems and compound parts in separate channels", () => {
    const analysed = new TextAnalyzer("de", vocabulary).analyse(
      "Mietschulden und Schuldnerberatung",
    );
    expect(analysed.surface).toEqual(["mietschulden", "und", "schuldnerberatung"]);
    expect(analysed.stems).toEqual(["mietschuld", "und", "schuldnerberat"]);
    expect(analysed.parts).toEqual(["miet", "schuld", "schuldn", "berat"]);
  });

  it("splits no compounds without a vocabulary (other languages)", () => {
    const analysed = new TextAnalyzer("tr").analyse("Borçlarım var");
    expect(analysed).toEqual({ surface: ["borclarim", "var"], stems: ["borc", "var"], parts: [] });
  });
});

describe("analyseQuery", () => {
  it("looks a word up as written (prefix, typos) and by its stem", () => {
    const [word] = analyseQuery("Beratungen", "de");
    expect(word?.surface).toContainEqual({ term: "beratungen", weight: 1, prefix: true, fuzzy: 2 });
    expect(word?.stems).toContainEqual({ term: "berat", weight: 1, prefix: true, fuzzy: 0 });
  });

  it("reads ae/oe/ue as umlauts in German", () => {
    const [word] = analyseQuery("Buergergeld", "de");
    expect(word?.surface.map((v) => v.term)).toEqual(["buergergeld", "burgergeld"]);
  });

  it("adds the parts of a German compound with a lower weight", () => {
    const [word] = analyseQuery("Mietschulden", "de", { compoundVocabulary: vocabulary });
    expect(word?.stems).toContainEqual({
      term: "miet",
      weight: PART_WEIGHT,
      prefix: false,
      fuzzy: 0,
    });
    expect(word?.stems).toContainEqual({
      term: "schuld",
      weight: PART_WEIGHT,
      prefix: false,
      fuzzy: 0,
    });
  });

  it("treats only words the index does not know as typos", () => {
    const known = new Set(["beratung", "miete"]);
    const [right] = analyseQuery("Beratung", "de", { known });
    expect(right?.surface[0]?.fuzzy).toBe(0);
    const [wrong] = analyseQuery("Beratnug", "de", { known });
    expect(wrong?.surface[0]?.fuzzy).toBe(2);
    expect(wrong?.surface).toContainEqual({
      term: "beratung",
      weight: 0.8,
      prefix: false,
      fuzzy: 0,
    });
  });

  it("does not treat numbers as typos or prefixes", () => {
    const [word] = analyseQuery("2025", "de");
    expect(word?.surface).toEqual([{ term: "2025", weight: 1, prefix: false, fuzzy: 0 }]);
  });

  it("returns nothing for an empty or blank query", () => {
    expect(analyseQuery("", "de")).toEqual([]);
    expect(analyseQuery("  ?! ", "ar")).toEqual([]);
  });
});

describe("queryWords", () => {
  it("drops repeated words", () => {
    expect(queryWords("Miete miete MIETE Schulden", "de")).toEqual(["miete", "schulden"]);
  });

  it("cuts long queries", () => {
    const many = Array.from(
      { length: 40 },
      (_, i) => `wort${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    expect(queryWords(many.join(" "), "de")).toHaveLength(MAX_QUERY_WORDS);
    const long = `${"a".repeat(MAX_QUERY_LENGTH - 1)} zusatz`;
    expect(queryWords(long, "de")).toEqual(["a".repeat(MAX_QUERY_LENGTH - 1)]);
  });
});

describe("typoDistance", () => {
  it("allows more edits in longer words, none in short ones", () => {
    expect([3, 4, 5, 7, 8, 12, 13, 20].map(typoDistance)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe("transpositions", () => {
  it("finds known words one swapped pair of letters away", () => {
    const known = new Set(["beratung", "wohngeld"]);
    expect(transpositions("beratnug", known)).toEqual(["beratung"]);
    expect(transpositions("wohngled", known)).toEqual(["wohngeld"]);
    expect(transpositions("kindergeld", known)).toEqual([]);
  });
});
