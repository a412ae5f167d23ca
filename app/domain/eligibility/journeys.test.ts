// The two journeys of the issue, end to end through the evaluator and the
// German texts a citizen reads.
import { describe, expect, it } from "vitest";
import { getFixedT } from "~/utils/i18n.server";
import type { Answers } from "./answers";
import { evaluate, withStatus, type FinderResult, type Message } from "./evaluate";
import { formatMessage, type Translate } from "./messages";
import type { ServiceSlug } from "./rules";
import { CASES } from "./test-households";

const t = getFixedT("de", "finder") as unknown as Translate;
const say = (m: Message) => formatMessage(t, m, "de");

function service(r: FinderResult, slug: ServiceSlug) {
  return r.services.find((s) => s.slug === slug)!;
}

describe("journey: a single parent with two children and low income", () => {
  const answers: Answers = {
    household: "alone",
    childrenCount: 2,
    childAges: [6, 10],
    work: "employed",
    income: "1000to1500",
    housing: "rent",
    rent: 650,
  };
  const r = evaluate(answers);

  it("sees Kinderzuschlag, Wohngeld and Bildung und Teilhabe with reasons", () => {
    const likely = withStatus(r, "likely").map((s) => s.slug);
    expect(likely).toEqual(
      expect.arrayContaining(["kinderzuschlag", "wohngeld", "bildung-und-teilhabe"]),
    );
    const kiz = service(r, "kinderzuschlag").reasons.map(say);
    expect(kiz).toContain("Bei Ihnen leben 2 Kinder unter 25 Jahren.");
    expect(kiz.join(" ")).toContain("1.000 bis 1.500 € im Monat");
    expect(service(r, "wohngeld").reasons.map(say).join(" ")).toContain("zur Miete");
    expect(service(r, "bildung-und-teilhabe").reasons.map(say).join(" ")).toContain(
      "Wohngeld und Kinderzuschlag",
    );
  });

  it("learns that both can be combined and come before Bürgergeld", () => {
    expect(r.relations.map(say)).toContain(
      "Wohngeld und Kinderzuschlag können Sie zusammen bekommen – oft reichen beide gemeinsam, sodass Sie kein Bürgergeld brauchen.",
    );
    const bg = service(r, "buergergeld");
    expect(bg.status).toBe("unlikely");
    expect(say(bg.reasons[0]!)).toContain("Wohngeld und Kinderzuschlag");
  });
});

describe("journey: Amira (children 7 and 12, lost her job, 780 € warm rent, 2,300 € debts)", () => {
  const amira: Answers = {
    household: "alone",
    childrenCount: 2,
    childAges: [7, 12],
    age: 34,
    work: "unemployedShort",
    residence: "permit",
    income: "600to1000",
    housing: "rent",
    rent: 780,
    debts: "some",
    debtAmount: 2300,
    benefits: ["kindergeld"],
  };

  it("sees Bürgergeld, Kinderzuschlag, Wohngeld, Bildung und Teilhabe and debt counselling", () => {
    const r = evaluate(amira);
    const likely = withStatus(r, "likely").map((s) => s.slug);
    expect(likely).toEqual(
      expect.arrayContaining([
        "buergergeld",
        "kinderzuschlag",
        "wohngeld",
        "bildung-und-teilhabe",
        "schuldnerberatung",
      ]),
    );
    for (const slug of likely) expect(service(r, slug).reasons.length, slug).toBeGreaterThan(0);
    // Amounts are formatted for the page's language (with a no-break space before €).
    expect(service(r, "schuldnerberatung").reasons.map(say)).toEqual([
      "Sie haben Schulden von etwa 2.300\u00a0€.",
    ]);
    expect(service(r, "buergergeld").reasons.map(say).join(" ")).toMatch(/rund 2\.326\s€ im Monat/);
  });

  it("sees which exclude each other and which combine", () => {
    const notes = evaluate(amira).relations.map(say);
    expect(notes).toContain(
      "Bürgergeld und Wohngeld gibt es nicht zusammen: Im Bürgergeld sind die Wohnkosten schon enthalten (§ 7 WoGG).",
    );
    expect(
      notes.some((n) => n.startsWith("Bürgergeld und Kinderzuschlag gibt es nicht zusammen")),
    ).toBe(true);
    expect(
      notes.some((n) => n.startsWith("Wohngeld und Kinderzuschlag können Sie zusammen bekommen")),
    ).toBe(true);
    expect(
      notes.some((n) => n.startsWith("Entweder Bürgergeld oder Wohngeld und Kinderzuschlag")),
    ).toBe(true);
  });

  it("without income of her own yet: Bürgergeld fits, and Wohngeld and Kinderzuschlag say why not", () => {
    const r = evaluate({ ...amira, income: "none" });
    expect(service(r, "buergergeld").status).toBe("likely");
    expect(service(r, "bildung-und-teilhabe").status).toBe("likely");
    const wg = service(r, "wohngeld");
    expect(wg).toMatchObject({ status: "unlikely", nearMiss: true });
    expect(wg.reasons.map(say).join(" ")).toContain("Bürgergeld");
    const kiz = service(r, "kinderzuschlag");
    expect(kiz).toMatchObject({ status: "unlikely", nearMiss: true });
    expect(kiz.reasons.map(say).join(" ")).toContain("Mindestgrenze");
  });
});

describe("texts", () => {
  const households: Answers[] = [
    {},
    {
      household: "alone",
      childrenCount: 2,
      childAges: [7, 12],
      income: "600to1000",
      housing: "rent",
      rent: 780,
      debts: "some",
      work: "unemployedShort",
    },
    {
      household: "partner",
      childrenCount: 3,
      expecting: "yes",
      income: "1500to2000",
      housing: "rent",
      rent: 1100,
      work: "minijob",
      residence: "eu",
    },
    {
      household: "alone",
      childrenCount: 0,
      age: 70,
      work: "retired",
      income: "under600",
      housing: "rent",
      rent: 500,
      care: "both",
      disability: "yes",
    },
    {
      household: "alone",
      age: 25,
      work: "unemployedLong",
      income: "none",
      housing: "homeless",
      debts: "housing",
      residence: "asylum",
    },
    {
      benefits: ["buergergeld", "kindergeld"],
      childrenCount: 1,
      work: "unemployedLong",
      age: 40,
      debts: "some",
    },
    {
      household: "partner",
      childrenCount: 1,
      childAges: [0],
      income: "over3000",
      housing: "own",
      rent: 1500,
      work: "employed",
      residence: "german",
    },
  ];

  it("render every message without a raw key or an empty placeholder", () => {
    const all = [
      ...households,
      ...Object.values(CASES).flatMap((c) => [
        ...(c.likely ?? []),
        ...(c.unlikely ?? []),
        ...(c.unknown ?? []),
      ]),
    ];
    for (const a of all) {
      const r = evaluate(a);
      const messages = [
        ...r.relations,
        ...r.assumptions,
        ...r.services.flatMap((s) => [...s.reasons, ...s.changes, ...s.assumptions]),
      ];
      for (const m of messages) {
        const text = say(m);
        expect(text, m.key).not.toContain("{{");
        expect(text, m.key).not.toBe(m.key);
        expect(text, m.key).not.toMatch(/^(criteria|relations)\./);
      }
      for (const s of r.services)
        for (const c of s.checks) expect(t(`checks.${c}`)).not.toBe(`checks.${c}`);
    }
  });
});
