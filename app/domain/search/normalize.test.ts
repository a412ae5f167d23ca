import { describe, expect, it } from "vitest";
import { fold, lower, umlautDigraphs, words } from "./normalize";

describe("fold", () => {
  it.each([
    ["bürgergeld", "burgergeld"],
    ["straße", "strasse"],
    ["borç", "borc"],
    ["işsizlik", "issizlik"],
    ["dług", "dlug"],
    ["zasiłek", "zasilek"],
    ["жильё", "жилье"],
    ["житлова", "житлова"],
    ["своїх", "своіх"],
    ["їжа", "іжа"],
    ["الإيجار", "الايجار"],
    ["أطفال", "اطفال"],
    ["شهادة", "شهاده"],
    ["مستشفى", "مستشفي"],
    ["عَلَيَّ", "علي"],
    ["٢٠٢٥", "2025"],
  ])("%s → %s", (word, folded) => {
    expect(fold(word)).toBe(folded);
  });

  it("gives the same key for every spelling of a word", () => {
    expect(fold("müller")).toBe(fold("muller"));
    expect(fold("ёлка")).toBe(fold("елка"));
    expect(fold("çocuk")).toBe(fold("cocuk"));
  });
});

describe("lower", () => {
  it("uses Turkish rules for Turkish only", () => {
    expect(lower("İŞSİZLİK", "tr")).toBe("işsizlik");
    expect(lower("ISBN", "tr")).toBe("ısbn");
    expect(lower("ISBN", "de")).toBe("isbn");
  });
});

describe("words", () => {
  it("splits on spaces and punctuation and lower-cases", () => {
    expect(words("Hilfe bei Mietschulden, Räumungsklage!", "de")).toEqual([
      "hilfe",
      "bei",
      "mietschulden",
      "räumungsklage",
    ]);
  });

  it("gives the parts and the joined form of hyphenated words", () => {
    expect(words("Schuldner-Beratung", "de")).toEqual([
      "schuldner",
      "beratung",
      "schuldnerberatung",
    ]);
    expect(words("P-Konto", "de")).toEqual(["konto", "pkonto"]);
  });

  it("drops apostrophes inside words, in every spelling", () => {
    expect(words("сім'я", "uk")).toEqual(["сімя"]);
    expect(words("сім’я", "uk")).toEqual(["сімя"]);
    expect(words("сімʼя", "uk")).toEqual(["сімя"]);
  });

  it("separates a Turkish name from its suffix", () => {
    expect(words("Almanya'da", "tr")).toEqual(["almanya", "almanyada"]);
  });

  it("keeps numbers and legal references, drops single letters", () => {
    expect(words("§ 16a SGB II, 4 x", "de")).toEqual(["16a", "sgb", "ii", "4"]);
  });

  it("reads Arabic and Cyrillic", () => {
    expect(words("استشارة الديون", "ar")).toEqual(["استشارة", "الديون"]);
    expect(words("Визнання диплому", "uk")).toEqual(["визнання", "диплому"]);
  });

  it("returns nothing for blank text", () => {
    expect(words("  – … ", "de")).toEqual([]);
  });
});

describe("umlautDigraphs", () => {
  it.each([
    ["buergergeld", "bürgergeld"],
    ["mietrueckstand", "mietrückstand"],
    ["aerztin", "ärztin"],
    ["schoene", "schöne"],
  ])("reads %s as %s", (word, reading) => {
    expect(umlautDigraphs(word)).toBe(reading);
  });

  it.each(["steuer", "neue", "bauer", "quelle", "miete"])("leaves %s alone", (word) => {
    expect(umlautDigraphs(word)).toBeNull();
  });
});
