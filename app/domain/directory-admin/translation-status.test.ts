import { describe, expect, it } from "vitest";
import { openTranslations, translationMatrix, translationState } from "./translation-status";

const at = (iso: string) => new Date(iso);

describe("translationState", () => {
  const german = { locale: "de", updatedAt: at("2026-03-01T10:00:00Z") };

  it("calls the German row the source, and a missing German row missing", () => {
    expect(translationState("de", german, german)).toBe("source");
    expect(translationState("de", null, null)).toBe("missing");
  });

  it("is missing without a row, outdated when older than German, current otherwise", () => {
    expect(translationState("en", german, null)).toBe("missing");
    expect(
      translationState("en", german, { locale: "en", updatedAt: at("2026-02-28T23:59:59Z") }),
    ).toBe("outdated");
    expect(
      translationState("en", german, { locale: "en", updatedAt: at("2026-03-01T10:00:00Z") }),
    ).toBe("current");
    expect(
      translationState("en", german, { locale: "en", updatedAt: "2026-03-02T00:00:00Z" }),
    ).toBe("current");
  });

  it("has nothing to compare against when German is missing", () => {
    expect(
      translationState("tr", null, { locale: "tr", updatedAt: at("2020-01-01T00:00:00Z") }),
    ).toBe("current");
  });
});

describe("translationMatrix", () => {
  it("gives every portal language a state and counts the open ones", () => {
    const matrix = translationMatrix([
      { locale: "de", updatedAt: at("2026-03-01T10:00:00Z") },
      { locale: "en", updatedAt: at("2026-03-02T10:00:00Z") },
      { locale: "ar", updatedAt: at("2026-02-01T10:00:00Z") },
      { locale: "xx", updatedAt: at("2026-02-01T10:00:00Z") },
    ]);
    expect(matrix).toEqual({
      de: "source",
      en: "current",
      tr: "missing",
      ar: "outdated",
      uk: "missing",
      ru: "missing",
      pl: "missing",
    });
    expect(openTranslations(matrix)).toBe(5);
  });
});
