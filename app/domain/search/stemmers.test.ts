import { describe, expect, it } from "vitest";
import { lower } from "./normalize";
import { arabicLight10, stem } from "./stemmers";

const stemOf = (word: string, lang: string) => stem(lower(word, lang), lang);

describe("stem", () => {
  // Forms of one word that a citizen may type, and the form in the text.
  it.each([
    ["de", "Schulden", "Schuld"],
    ["de", "Mieten", "Miete"],
    ["de", "Beratungen", "Beratung"],
    ["de", "Anträge", "Antrag"],
    ["en", "debts", "debt"],
    ["en", "counselling", "counsel"],
    ["tr", "borçlarım", "borç"],
    ["tr", "kiramı", "kira"],
    ["ru", "долгов", "долги"],
    ["ru", "жилья", "жильё"],
    ["uk", "житла", "житло"],
    ["uk", "боргів", "борги"],
    ["ar", "الديون", "ديون"],
    ["ar", "بالشهادة", "الشهادة"],
    ["ar", "والسكن", "السكن"],
    ["pl", "długów", "długi"],
    ["pl", "czynszu", "czynsz"],
    ["pl", "długami", "dług"],
    ["pl", "zasiłku", "zasiłek"],
    ["pl", "zasiłków", "zasiłki"],
    ["pl", "mieszkań", "mieszkanie"],
    ["pl", "mieszkaniowego", "mieszkaniowy"],
    ["pl", "rodzinie", "rodzina"],
    ["pl", "bezrobotnego", "bezrobotny"],
    ["pl", "pracę", "pracy"],
    ["pl", "mieszkaniach", "mieszkanie"],
    ["pl", "świadczeniach", "świadczenie"],
  ])("%s: %s and %s share a stem", (lang, a, b) => {
    expect(stemOf(a, lang)).toBe(stemOf(b, lang));
  });

  it("returns folded stems", () => {
    expect(stemOf("Mietrückstände", "de")).toMatch(/^mietruckstand/);
    expect(stemOf("borçlar", "tr")).toBe("borc");
  });

  it("keeps short Polish words whole and does not join unrelated words", () => {
    expect(stemOf("dom", "pl")).toBe("dom");
    expect(stemOf("kurs", "pl")).toBe("kurs");
    expect(stemOf("długów", "pl")).not.toBe(stemOf("długotrwale", "pl"));
  });

  it("leaves numbers and unknown languages alone (folded)", () => {
    expect(stem("16a", "de")).toBe("16a");
    expect(stem("2025", "uk")).toBe("2025");
    expect(stem("größe", "xx")).toBe("grosse");
  });

  it("is deterministic", () => {
    const first = ["житла", "молодості", "визнання"].map((w) => stem(w, "uk"));
    const again = ["житла", "молодості", "визнання"].map((w) => stem(w, "uk"));
    expect(again).toEqual(first);
  });
});

describe("arabicLight10", () => {
  it("strips one article or conjunction and common suffixes", () => {
    expect(arabicLight10("الاطفال")).toBe("اطفال");
    expect(arabicLight10("والاطفال")).toBe("اطفال");
    expect(arabicLight10("للعمل")).toBe("عمل");
    expect(arabicLight10("مساعدات")).toBe("مساعد");
  });

  it("never leaves fewer than two letters", () => {
    expect(arabicLight10("دين")).toBe("دين");
    expect(arabicLight10("وها")).toBe("وها");
  });
});
