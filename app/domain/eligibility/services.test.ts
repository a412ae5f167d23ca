// Every service of the rule set with at least three households: one it likely
// fits (with reasons), one it does not (with why), and one where a skipped
// question leaves it open (naming what is missing). Several services get more.
import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { evaluate, type ServiceResult } from "./evaluate";
import { SERVICE_SLUGS, type ServiceSlug } from "./rules";
import { CASES, NO_INCOME_SINGLE, SINGLE_PARENT_LOW } from "./test-households";

function resultFor(slug: ServiceSlug, answers: Answers): ServiceResult {
  const found = evaluate(answers).services.find((s) => s.slug === slug);
  if (!found) throw new Error(`no result for ${slug}`);
  return found;
}

describe("per-service households", () => {
  it("has a likely, an unlikely and an unknown household for every service", () => {
    for (const slug of SERVICE_SLUGS) {
      const cases = CASES[slug];
      expect(cases.likely?.length ?? 0, `${slug} likely`).toBeGreaterThan(0);
      expect(cases.unlikely?.length ?? 0, `${slug} unlikely`).toBeGreaterThan(0);
      expect(cases.unknown?.length ?? 0, `${slug} unknown`).toBeGreaterThan(0);
    }
  });

  describe.each(SERVICE_SLUGS)("%s", (slug) => {
    const cases = CASES[slug];
    it.each((cases.likely ?? []).map((a, i) => [i, a] as const))(
      "likely #%i, with reasons",
      (_, answers) => {
        const r = resultFor(slug, answers);
        expect(r.status).toBe("likely");
        expect(r.reasons.length).toBeGreaterThan(0);
      },
    );
    it.each((cases.unlikely ?? []).map((a, i) => [i, a] as const))(
      "not likely #%i, saying why",
      (_, answers) => {
        const r = resultFor(slug, answers);
        expect(r.status).toBe("unlikely");
        expect(r.reasons.length).toBeGreaterThan(0);
      },
    );
    it.each((cases.unknown ?? []).map((a, i) => [i, a] as const))(
      "unknown #%i, because something was skipped",
      (_, answers) => {
        const r = resultFor(slug, answers);
        expect(r.status).toBe("unknown");
        expect(r.reasons.every((m) => m.key.endsWith(".yes") || m.key.endsWith(".yesPlain"))).toBe(
          true,
        );
      },
    );
  });
});

describe("what the result says besides the status", () => {
  it("names the skipped questions that would decide an unknown", () => {
    expect(resultFor("kinderzuschlag", { childrenCount: 2 }).missing).toEqual([
      "household",
      "income",
      "rent",
    ]);
    expect(resultFor("schuldnerberatung", {}).missing).toEqual(["debts"]);
  });

  it("never asks again for a question that was answered", () => {
    const r = resultFor("kinderzuschlag", {
      ...SINGLE_PARENT_LOW,
      household: "partner",
      income: "600to1000",
    });
    expect(r.status).toBe("unknown");
    expect(r.missing).toEqual([]);
  });

  it("says what was presumed for an unanswered question", () => {
    const r = resultFor("kindergeld", { childrenCount: 1 });
    expect(r.status).toBe("likely");
    expect(r.assumptions).toEqual([{ key: "criteria.residence.assumed" }]);
    expect(evaluate({ childrenCount: 1 }).assumptions.map((m) => m.key)).toContain(
      "criteria.residence.assumed",
    );
  });

  it("puts the income band and the children into the reasons", () => {
    const kiz = resultFor("kinderzuschlag", SINGLE_PARENT_LOW);
    expect(kiz.reasons).toContainEqual({
      key: "criteria.children.yes",
      values: { count: { kind: "number", value: 2 } },
    });
    expect(kiz.reasons).toContainEqual({
      key: "criteria.kizMinIncome.yes",
      values: { income: { kind: "option", question: "income", value: "1000to1500" } },
    });
  });

  it("falls back to the plain text when a value is unknown", () => {
    expect(resultFor("schuldnerberatung", { debts: "some" }).reasons).toEqual([
      { key: "criteria.debts.yesPlain", values: {} },
    ]);
    expect(resultFor("schuldnerberatung", { debts: "some", debtAmount: 2300 }).reasons).toEqual([
      { key: "criteria.debts.yes", values: { amount: { kind: "eur", value: 2300 } } },
    ]);
  });

  it("shows benefits already received as fitting, with a note", () => {
    const r = resultFor("kindergeld", { ...SINGLE_PARENT_LOW, benefits: ["kindergeld"] });
    expect(r).toMatchObject({ status: "likely", received: true });
    expect(r.reasons[0]).toEqual({ key: "received" });
  });

  it("marks near misses: unlikely although some criterion was met", () => {
    const r = resultFor("kinderzuschlag", { ...SINGLE_PARENT_LOW, income: "under600" });
    expect(r).toMatchObject({ status: "unlikely", nearMiss: true });
    expect(resultFor("kinderzuschlag", NO_INCOME_SINGLE).nearMiss).toBe(false);
  });

  it("counts the answered questions", () => {
    expect(evaluate({}).answered).toBe(0);
    expect(evaluate(SINGLE_PARENT_LOW).answered).toBe(13);
  });
});
