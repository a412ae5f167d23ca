import { describe, expect, it } from "vitest";
import { germanVocabulary } from "./analyzer";
import { splitCompound } from "./decompound";

// Words as they occur in a directory text (folded: no umlauts).
const vocabulary = germanVocabulary([
  "Miete Mieten Schulden Schuldner Beratung Wohnung Verlust Kinder Geld Konto",
  "Pfandung Schutz Energie Sperre Strom Sozial Amt Heim Pflege Kosten",
]);

describe("splitCompound", () => {
  it.each([
    ["mietschulden", ["miet", "schulden"]],
    ["schuldnerberatung", ["schuldner", "beratung"]],
    ["wohnungsverlust", ["wohnung", "verlust"]],
    ["kindergeld", ["kinder", "geld"]],
    ["pflegeheimkosten", ["pflege", "heim", "kosten"]],
    ["stromsperre", ["strom", "sperre"]],
  ])("%s → %j", (word, parts) => {
    expect(splitCompound(word, vocabulary)).toEqual(parts);
  });

  it("accepts linking elements between parts and an ending on the last", () => {
    expect(splitCompound("pfandungsschutzkonto", vocabulary)).toEqual([
      "pfandung",
      "schutz",
      "konto",
    ]);
    expect(splitCompound("kindergeldes", vocabulary)).toEqual(["kinder", "geld"]);
    expect(splitCompound("energiesperren", vocabulary)).toEqual(["energie", "sperre"]);
  });

  it("prefers the split with the fewest parts", () => {
    const withLongWord = new Set([...vocabulary, "stelle", "schuldnerberatung"]);
    expect(splitCompound("schuldnerberatungsstelle", withLongWord)).toEqual([
      "schuldnerberatung",
      "stelle",
    ]);
  });

  it("does not split words that are not compounds of known words", () => {
    expect(splitCompound("beratung", vocabulary)).toBeNull();
    expect(splitCompound("integrationskurs", vocabulary)).toBeNull();
    // "amt" has three letters: parts need four.
    expect(splitCompound("sozialamt", vocabulary)).toBeNull();
  });

  it("ignores numbers and very long strings", () => {
    expect(splitCompound("kinder2025", vocabulary)).toBeNull();
    expect(splitCompound("kinder".repeat(10), vocabulary)).toBeNull();
  });
});

describe("germanVocabulary", () => {
  it("holds folded words and stems of four or more letters", () => {
    const v = germanVocabulary(["Die Mieten für Räume"]);
    expect([...v].sort()).toEqual(["miet", "mieten", "raum", "raume"]);
  });
});
