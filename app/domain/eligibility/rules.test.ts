// The rule set as data: every seeded service is covered or deliberately not
// asked, exclusions mirror the directory's, and every text the evaluator can
// produce exists in German.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVICES } from "../../../prisma/seed-data/services";
import { isDependent } from "./evaluate";
import { NOT_ASKED, RELATIONS, RULES, SERVICE_SLUGS, type Criterion } from "./rules";

type Tree = { [k: string]: string | Tree };
const finder = JSON.parse(fs.readFileSync(path.resolve("locales/de/finder.json"), "utf8")) as Tree;

function has(key: string): boolean {
  let node: string | Tree | undefined = finder;
  for (const part of key.split(".")) {
    if (typeof node !== "object") return false;
    node = node[part];
  }
  return typeof node === "string" || (typeof node === "object" && "other" in node);
}
/** Plural keys (`yes_one`, `yes_other`) count as the key. */
function exists(key: string): boolean {
  return has(key) || has(`${key}_other`);
}

const seeded = SERVICES.map((s) => s.slug);

describe("rule set", () => {
  it("covers every seeded service, or names it as not asked", () => {
    const covered = new Set<string>([...SERVICE_SLUGS, ...NOT_ASKED]);
    expect(seeded.filter((s) => !covered.has(s))).toEqual([]);
  });

  it("uses only slugs of the directory", () => {
    const known = new Set(seeded);
    expect([...SERVICE_SLUGS, ...NOT_ASKED].filter((s) => !known.has(s))).toEqual([]);
  });

  it("has exactly one rule per slug, in SERVICE_SLUGS", () => {
    expect(RULES.map((r) => r.slug).sort()).toEqual([...SERVICE_SLUGS].sort());
  });

  it("keeps exclusions in step with the directory's (stored both ways)", () => {
    const pair = (a: string, b: string) => [a, b].sort().join(" | ");
    const fromSeed = new Set(
      SERVICES.flatMap((s) => (s.excludes ?? []).map((o) => pair(s.slug, o))),
    );
    const fromRules = new Set(
      RELATIONS.filter((r) => r.kind === "excludes").map((r) => pair(...r.between)),
    );
    expect([...fromRules].sort()).toEqual([...fromSeed].sort());
  });

  it("lets rules that read other services depend only on independent ones", () => {
    const dependent = new Set<string>(RULES.filter(isDependent).map((r) => r.slug));
    const reads = (c: Criterion["when"]): string[] =>
      "likely" in c
        ? [...c.likely]
        : "all" in c
          ? c.all.flatMap(reads)
          : "any" in c
            ? c.any.flatMap(reads)
            : "not" in c
              ? reads(c.not)
              : [];
    for (const rule of RULES.filter(isDependent)) {
      const wrong = rule.criteria.flatMap((c) => reads(c.when)).filter((s) => dependent.has(s));
      expect(wrong, rule.slug).toEqual([]);
    }
  });

  it("has every German text it can show", () => {
    const missing: string[] = [];
    const need = (key: string) => {
      if (!exists(key)) missing.push(key);
    };
    for (const rule of RULES) {
      need(`services.${rule.slug}`);
      for (const c of rule.criteria) {
        const base = `criteria.${c.id}`;
        if (!c.quiet) need(`${base}.yes`);
        need(`${base}.no`);
        for (const h of c.hints ?? []) need(`${base}.${h}`);
        if (c.assume) need(`${base}.assumed`);
      }
      for (const check of rule.checks ?? []) need(`checks.${check}`);
    }
    for (const slug of NOT_ASKED) {
      need(`services.${slug}`);
      need(`notAsked.${slug}`);
    }
    for (const rel of RELATIONS) {
      const base = `relations.${rel.text}`;
      if (rel.kind !== "precedes") need(base);
      else {
        for (const k of ["covered", "coveredChange", "notCoveredChange", "open"])
          need(`${base}.${k}`);
        for (const slug of rel.first) need(`${base}.notCovered.${slug}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives each criterion id one meaning (same condition wherever it is used)", () => {
    const seen = new Map<string, string>();
    for (const c of RULES.flatMap((r) => r.criteria)) {
      const json = JSON.stringify(c);
      expect(seen.get(c.id) ?? json, c.id).toBe(json);
      seen.set(c.id, json);
    }
  });
});
