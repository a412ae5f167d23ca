import { describe, expect, it } from "vitest";
import {
  buildHandoff,
  chooseTopic,
  collectDocuments,
  DEFAULT_TOPIC,
  isHandoff,
  MAX_REASON,
  parseHandoff,
} from "./booking-handoff";

const intro = (names: string[]) => `Hilfe-Finder: ${names.join(", ")}.`;
const line = (name: string, reasons: string[]) => `${name}: ${reasons.join(" ")}`;

describe("chooseTopic", () => {
  it("keeps the one topic all services share", () => {
    expect(chooseTopic([{ topic: "family" }, { topic: "family" }])).toBe("family");
  });
  it("falls back to a first consultation for mixed or missing topics", () => {
    expect(chooseTopic([{ topic: "family" }, { topic: "housing" }])).toBe(DEFAULT_TOPIC);
    expect(chooseTopic([{ topic: null }])).toBe(DEFAULT_TOPIC);
    expect(chooseTopic([])).toBe(DEFAULT_TOPIC);
  });
  it("never lets a sensitive service's neutral topic be replaced by a revealing one", () => {
    // Debt counselling carries the neutral "consultation"; mixed with others it stays neutral.
    expect(chooseTopic([{ topic: "consultation" }, { topic: "buergergeld" }])).toBe(DEFAULT_TOPIC);
    expect(chooseTopic([{ topic: "consultation" }])).toBe("consultation");
  });
});

describe("collectDocuments", () => {
  it("lists a document asked for by several services once, naming them all", () => {
    const docs = collectDocuments([
      {
        slug: "wohngeld",
        documents: [
          { title: "Mietvertrag", note: "", lang: "de" },
          { title: "Personalausweis", note: "", lang: "de" },
        ],
      },
      {
        slug: "buergergeld",
        documents: [
          { title: "Personalausweis ", note: "oder Reisepass", lang: "de" },
          { title: "", note: "", lang: "de" },
        ],
      },
    ]);
    expect(docs).toEqual([
      { title: "Mietvertrag", note: "", lang: "de", services: ["wohngeld"] },
      {
        title: "Personalausweis",
        note: "oder Reisepass",
        lang: "de",
        services: ["wohngeld", "buergergeld"],
      },
    ]);
  });
});

describe("buildHandoff", () => {
  const services = [
    { slug: "wohngeld", name: "Wohngeld", topic: "housing", reasons: ["Sie wohnen zur Miete."] },
    { slug: "kinderzuschlag", name: "Kinderzuschlag", topic: "family", reasons: ["Zwei Kinder."] },
  ];

  it("fills topic, services, reason and documents", () => {
    expect(
      buildHandoff({
        services,
        documents: ["Mietvertrag", "Mietvertrag", " Ausweis "],
        intro,
        line,
      }),
    ).toEqual({
      topic: DEFAULT_TOPIC,
      serviceSlugs: "wohngeld,kinderzuschlag",
      reason:
        "Hilfe-Finder: Wohngeld, Kinderzuschlag.\nWohngeld: Sie wohnen zur Miete.\nKinderzuschlag: Zwei Kinder.",
      documents: "Mietvertrag\nAusweis",
    });
  });

  it("cuts a long reason at a line end", () => {
    const long = Array.from({ length: 40 }, (_, i) => ({
      slug: `s${i}`,
      name: `Leistung ${i}`,
      topic: null,
      reasons: ["x".repeat(60)],
    }));
    const { reason } = buildHandoff({ services: long, documents: [], intro, line });
    expect(reason.length).toBeLessThanOrEqual(MAX_REASON);
    expect(reason.endsWith("\n…")).toBe(true);
  });

  it("round-trips through a form and parseHandoff", () => {
    const fields = buildHandoff({ services, documents: ["Mietvertrag"], intro, line });
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    expect(isHandoff(form)).toBe(true);
    expect(parseHandoff(form)).toEqual({
      topic: DEFAULT_TOPIC,
      serviceSlugs: ["wohngeld", "kinderzuschlag"],
      reason: fields.reason,
      documents: ["Mietvertrag"],
    });
  });
});

describe("parseHandoff", () => {
  it("survives missing and tampered fields", () => {
    const form = new FormData();
    form.set("topic", "<script>");
    form.set("serviceSlugs", "wohngeld,../../etc,,Bürgergeld");
    form.set("reason", "y".repeat(5000));
    expect(isHandoff(form)).toBe(false);
    expect(parseHandoff(form)).toEqual({
      topic: DEFAULT_TOPIC,
      serviceSlugs: ["wohngeld"],
      reason: "y".repeat(MAX_REASON),
      documents: [],
    });
  });
});
