import { describe, expect, it } from "vitest";
import { parseLongText, plainText } from "./long-text";

describe("parseLongText", () => {
  it("splits paragraphs and lists", () => {
    expect(parseLongText("Erster Absatz.\n\nListe:\n- eins\n- zwei\n\nEnde.")).toEqual([
      { kind: "p", text: "Erster Absatz." },
      { kind: "p", text: "Liste:" },
      { kind: "ul", items: ["eins", "zwei"] },
      { kind: "p", text: "Ende." },
    ]);
  });
  it("is empty for nothing", () => {
    expect(parseLongText(null)).toEqual([]);
    expect(parseLongText("  \n\n ")).toEqual([]);
  });
  it("joins wrapped lines of a paragraph", () => {
    expect(parseLongText("eine\nZeile")).toEqual([{ kind: "p", text: "eine Zeile" }]);
  });
  it("gives plain text with bullets", () => {
    expect(plainText("A\n\n- b\n- c")).toBe("A\n\n• b\n• c");
  });
});
