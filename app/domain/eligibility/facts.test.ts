// The rough need estimate and the facts rules read. Figures: Regelbedarfe
// 2025/2026 (DOMAIN.md), Kindergeld 2026, Kinderzuschlag 2025.
import { describe, expect, it } from "vitest";
import { deriveFacts, roughNeed, singleParentExtra } from "./facts";

describe("roughNeed", () => {
  it("adds Regelbedarfe, the single-parent extra and the warm rent", () => {
    // Amira: 563 + 36 % of 563 (two children under 16) + 390 + 390 + 780.
    expect(roughNeed({ adults: 1, childAges: [7, 12], rent: 780 })).toBeCloseTo(2325.68, 2);
    // A couple with a toddler and a teenager: 2 × 506 + 357 + 471 + 900.
    expect(roughNeed({ adults: 2, childAges: [2, 15], rent: 900 })).toBe(2740);
    // An adult child at home counts 451.
    expect(roughNeed({ adults: 2, childAges: [20], rent: 0 })).toBe(1463);
  });
});

describe("singleParentExtra (§ 21 Abs. 3 SGB II)", () => {
  it("is 36 % with a child under 7 or two or three under 16", () => {
    expect(singleParentExtra([3])).toBeCloseTo(202.68, 2);
    expect(singleParentExtra([8, 12])).toBeCloseTo(202.68, 2);
  });
  it("is 12 % per minor child when that is more, at most 60 %", () => {
    expect(singleParentExtra([10])).toBeCloseTo(67.56, 2);
    expect(singleParentExtra([2, 4, 6, 8])).toBeCloseTo(270.24, 2);
    expect(singleParentExtra([1, 2, 3, 4, 5, 6])).toBeCloseTo(337.8, 2);
  });
  it("is nothing without minor children", () => {
    expect(singleParentExtra([19])).toBe(0);
    expect(singleParentExtra([])).toBe(0);
  });
});

describe("deriveFacts", () => {
  it("knows nothing from nothing", () => {
    const f = deriveFacts({});
    expect(Object.values(f).every((v) => v === undefined)).toBe(true);
  });

  it("derives the children from their ages when the count was skipped", () => {
    expect(deriveFacts({ childAges: [3, 5] })).toMatchObject({ children: 2, childUnder11: true });
  });

  it("says 'some child under …' only when the ages decide it", () => {
    expect(deriveFacts({ childrenCount: 2, childAges: [15] }).childUnder11).toBeUndefined();
    expect(deriveFacts({ childrenCount: 1, childAges: [15] }).childUnder11).toBe(false);
    expect(deriveFacts({ childrenCount: 0 }).childUnder18).toBe(false);
  });

  it("treats 65 to 67 as undecided for the pension age", () => {
    expect(deriveFacts({ age: 65 }).pensionAge).toBe(false);
    expect(deriveFacts({ age: 66 }).pensionAge).toBeUndefined();
    expect(deriveFacts({ age: 67 }).pensionAge).toBe(true);
  });

  it("takes people who work or seek work to be of working age when the age was skipped", () => {
    expect(deriveFacts({ work: "unemployedShort" }).employable).toBe(true);
    expect(deriveFacts({ work: "reducedCapacity" }).employable).toBe(false);
    expect(deriveFacts({ work: "homeCare" }).employable).toBeUndefined();
  });

  it("knows that no income never covers a need, whatever else was skipped", () => {
    expect(deriveFacts({ income: "none" })).toMatchObject({
      ownMeansCoverNeed: false,
      priorBenefitsCoverNeed: false,
    });
  });

  it("needs rent and household to say that income covers the need", () => {
    const base = { household: "alone", childrenCount: 0, income: "1500to2000" } as const;
    expect(deriveFacts({ ...base, housing: "rent" }).ownMeansCoverNeed).toBeUndefined();
    expect(deriveFacts({ ...base, housing: "rent", rent: 600 })).toMatchObject({
      need: 1163,
      ownMeansCoverNeed: true,
    });
    expect(deriveFacts({ ...base, housing: "family" }).ownMeansCoverNeed).toBe(true);
  });

  it("decides Kinderzuschlag's minimum income by household", () => {
    expect(deriveFacts({ household: "alone", income: "600to1000" }).kizMinIncome).toBe(true);
    expect(deriveFacts({ household: "partner", income: "600to1000" }).kizMinIncome).toBeUndefined();
    expect(deriveFacts({ household: "partner", income: "1000to1500" }).kizMinIncome).toBe(true);
    expect(deriveFacts({ income: "under600" }).kizMinIncome).toBe(false);
  });

  it("counts obstacles for holistic coaching only when enough are known", () => {
    expect(deriveFacts({ work: "unemployedLong", debts: "some" }).multipleObstacles).toBe(true);
    expect(
      deriveFacts({
        work: "employed",
        debts: "some",
        disability: "no",
        care: "none",
        housing: "rent",
        household: "partner",
      }).multipleObstacles,
    ).toBe(false);
    expect(deriveFacts({ debts: "some" }).multipleObstacles).toBeUndefined();
  });
});
