// How benefits relate: Wohngeld and Kinderzuschlag combine and come before
// Bürgergeld when they cover the need; a Bürgergeld household gets no Wohngeld
// (§ 7 WoGG); where the answers do not decide, both stay as alternatives.
import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { evaluate, type FinderResult, type ServiceResult } from "./evaluate";
import { deriveFacts } from "./facts";
import type { ServiceSlug } from "./rules";

function get(result: FinderResult, slug: ServiceSlug): ServiceResult {
  return result.services.find((s) => s.slug === slug)!;
}
const keys = (messages: { key: string }[]) => messages.map((m) => m.key);

const FAMILY: Answers = {
  household: "alone",
  childrenCount: 2,
  childAges: [4, 9],
  age: 31,
  work: "employed",
  residence: "german",
  housing: "rent",
  rent: 700,
};

describe("Wohngeld and Kinderzuschlag before Bürgergeld", () => {
  it("when income with both covers the need: both fit together, Bürgergeld gives way", () => {
    const answers: Answers = { ...FAMILY, income: "1000to1500" };
    expect(deriveFacts(answers)).toMatchObject({
      ownMeansCoverNeed: false,
      priorBenefitsCoverNeed: true,
    });
    const r = evaluate(answers);
    expect(get(r, "wohngeld").status).toBe("likely");
    expect(get(r, "kinderzuschlag").status).toBe("likely");
    const bg = get(r, "buergergeld");
    expect(bg).toMatchObject({ status: "unlikely", nearMiss: true });
    expect(bg.reasons).toEqual([
      {
        key: "relations.precedence.covered",
        values: {
          services: { kind: "services", value: ["wohngeld", "kinderzuschlag"] },
          other: { kind: "services", value: ["buergergeld"] },
        },
      },
    ]);
    expect(keys(bg.changes)).toEqual(["relations.precedence.coveredChange"]);
    expect(keys(r.relations)).toContain("relations.wohngeldKiz");
    expect(keys(r.relations)).not.toContain("relations.buergergeldWohngeld");
    expect(get(r, "wohngeld").related).toEqual({
      excludes: [],
      combines: ["kinderzuschlag"],
      alternatives: [],
    });
  });

  it("for a childless household, Wohngeld alone comes first", () => {
    const answers: Answers = {
      household: "alone",
      childrenCount: 0,
      age: 50,
      work: "employed",
      income: "1000to1500",
      housing: "rent",
      rent: 500,
    };
    const r = evaluate(answers);
    expect(get(r, "wohngeld").status).toBe("likely");
    expect(get(r, "buergergeld").reasons[0]?.values?.services).toEqual({
      kind: "services",
      value: ["wohngeld"],
    });
  });

  it("when even both leave a gap: Bürgergeld, and Wohngeld and Kinderzuschlag give way", () => {
    const answers: Answers = {
      ...FAMILY,
      childrenCount: 1,
      childAges: [3],
      income: "600to1000",
      rent: 900,
    };
    expect(deriveFacts(answers).priorBenefitsCoverNeed).toBe(false);
    const r = evaluate(answers);
    expect(get(r, "buergergeld").status).toBe("likely");
    const wg = get(r, "wohngeld");
    expect(wg).toMatchObject({ status: "unlikely", nearMiss: true });
    expect(keys(wg.reasons)).toEqual(["relations.precedence.notCovered.wohngeld"]);
    expect(keys(get(r, "kinderzuschlag").reasons)).toEqual([
      "relations.precedence.notCovered.kinderzuschlag",
    ]);
    expect(keys(wg.changes)).toEqual(["relations.precedence.notCoveredChange"]);
  });

  it("when the answers do not decide: both stay, marked as alternatives that exclude each other", () => {
    const answers: Answers = { ...FAMILY, income: "600to1000", rent: 780, childAges: [7, 12] };
    expect(deriveFacts(answers).priorBenefitsCoverNeed).toBeUndefined();
    const r = evaluate(answers);
    expect(get(r, "buergergeld").related).toEqual({
      excludes: ["wohngeld", "kinderzuschlag"],
      combines: ["arbeitslosengeld", "unterhaltsvorschuss"].filter(
        (s) => get(r, s as ServiceSlug).status === "likely",
      ),
      alternatives: ["wohngeld", "kinderzuschlag"],
    });
    expect(get(r, "wohngeld").related.alternatives).toEqual(["buergergeld"]);
    for (const slug of ["buergergeld", "wohngeld", "kinderzuschlag"] as const) {
      expect(get(r, slug).status, slug).toBe("likely");
      expect(get(r, slug).related.alternatives.length, slug).toBeGreaterThan(0);
    }
    expect(keys(r.relations)).toEqual(
      expect.arrayContaining([
        "relations.precedence.open",
        "relations.buergergeldWohngeld",
        "relations.buergergeldKiz",
        "relations.wohngeldKiz",
      ]),
    );
  });

  it("for pensioners, Wohngeld comes before Grundsicherung when it is enough", () => {
    const base: Answers = {
      household: "alone",
      childrenCount: 0,
      age: 72,
      work: "retired",
      housing: "rent",
    };
    const enough = evaluate({ ...base, income: "1000to1500", rent: 700 });
    expect(get(enough, "wohngeld").status).toBe("likely");
    expect(keys(get(enough, "grundsicherung-alter-erwerbsminderung").reasons)).toEqual([
      "relations.precedence.covered",
    ]);
    const short = evaluate({ ...base, income: "under600", rent: 600 });
    expect(get(short, "grundsicherung-alter-erwerbsminderung").status).toBe("likely");
    const wg = get(short, "wohngeld");
    expect(wg.status).toBe("unlikely");
    // The alternative named is Grundsicherung, not Bürgergeld (which a pensioner cannot get).
    expect(wg.reasons[0]?.values?.other).toEqual({
      kind: "services",
      value: ["grundsicherung-alter-erwerbsminderung"],
    });
  });
});

describe("a Bürgergeld household gets no Wohngeld (§ 7 WoGG)", () => {
  it("when the household already receives Bürgergeld", () => {
    const r = evaluate({ ...FAMILY, income: "1000to1500", benefits: ["buergergeld"] });
    const wg = get(r, "wohngeld");
    expect(wg.status).toBe("unlikely");
    expect(keys(wg.reasons)).toEqual(["criteria.noTransferBenefit.no"]);
    // What would change it: switching, if Wohngeld and Kinderzuschlag cover the need.
    expect(keys(wg.changes)).toEqual(["criteria.noTransferBenefit.ifNo"]);
    expect(get(r, "buergergeld").received).toBe(true);
  });

  it("also with Sozialhilfe, Grundsicherung or asylum seekers' benefits", () => {
    for (const b of ["sozialhilfe", "grundsicherung", "asylblg"] as const) {
      expect(
        get(evaluate({ ...FAMILY, income: "1000to1500", benefits: [b] }), "wohngeld").status,
        b,
      ).toBe("unlikely");
    }
  });

  it("never lists Bürgergeld and Wohngeld both as fitting without saying they exclude each other", () => {
    const households: Answers[] = [
      { ...FAMILY, income: "600to1000", rent: 780 },
      { ...FAMILY, income: "under600" },
      { ...FAMILY, income: "1500to2000" },
      {
        household: "alone",
        childrenCount: 0,
        income: "600to1000",
        housing: "rent",
        rent: 600,
        work: "minijob",
      },
    ];
    for (const a of households) {
      const r = evaluate(a);
      if (get(r, "buergergeld").status === "likely" && get(r, "wohngeld").status === "likely") {
        expect(get(r, "wohngeld").related.excludes).toContain("buergergeld");
        expect(keys(r.relations)).toContain("relations.buergergeldWohngeld");
      }
    }
  });
});

describe("other relations", () => {
  it("notes that Kinderzuschlag comes on top of Kindergeld", () => {
    const r = evaluate({ ...FAMILY, income: "1000to1500" });
    expect(get(r, "kindergeld").related.combines).toEqual(["kinderzuschlag"]);
    expect(keys(r.relations)).toContain("relations.kizKindergeld");
  });

  it("notes that Arbeitslosengeld can be topped up with Bürgergeld", () => {
    const r = evaluate({
      household: "alone",
      childrenCount: 0,
      age: 40,
      work: "unemployedShort",
      income: "under600",
      housing: "rent",
      rent: 450,
    });
    expect(get(r, "buergergeld").status).toBe("likely");
    expect(get(r, "arbeitslosengeld").related.combines).toEqual(["buergergeld"]);
    expect(keys(r.relations)).toContain("relations.buergergeldAlg");
  });

  it("says nothing about pairs that are not both fitting", () => {
    const r = evaluate({ debts: "some" });
    expect(r.relations).toEqual([]);
  });
});
