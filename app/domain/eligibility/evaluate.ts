// The evaluator: answers in, guidance out. Pure and deterministic; it reads
// only the rule set (./rules.ts) and the facts (./facts.ts). The result is
// guidance, never a decision (GDPR Art. 22): it says "likely", "unknown" or
// "unlikely" with reasons, what would change it and what the office checks.
import { QUESTIONS, type Answers, type Benefit, type QuestionId } from "./answers";
import { deriveFacts, FACT_QUESTIONS, receivedBenefits, type FactName, type Facts } from "./facts";
import {
  NOT_ASKED,
  RELATIONS,
  RULES,
  type Cond,
  type Criterion,
  type NotAskedSlug,
  type Relation,
  type ServiceRule,
  type ServiceSlug,
} from "./rules";

export type Status = "likely" | "unknown" | "unlikely";

export type Value =
  | { kind: "number"; value: number }
  | { kind: "eur"; value: number }
  | { kind: "option"; question: QuestionId; value: string }
  | { kind: "services"; value: ServiceSlug[] };

/** Other fitting services this one is not paid with, combines with, or is an alternative to. */
export interface Related {
  excludes: ServiceSlug[];
  combines: ServiceSlug[];
  alternatives: ServiceSlug[];
}

/** A text of the `finder` namespace with its interpolation values. */
export interface Message {
  key: string;
  values?: Record<string, Value>;
}

export interface ServiceResult {
  slug: ServiceSlug;
  status: Status;
  /** Why: met criteria when likely, unmet ones (or a relation) when unlikely. */
  reasons: Message[];
  /** What would change the result. */
  changes: Message[];
  /** What was presumed for questions left unanswered. */
  assumptions: Message[];
  /** Questions whose answers would decide an "unknown". */
  missing: QuestionId[];
  /** What the office checks that the finder did not ask (`finder:checks.<key>`). */
  checks: string[];
  /** How it relates to the other fitting services (explained in `FinderResult.relations`). */
  related: Related;
  /** Unlikely, but a specific criterion was met or a relation decided it: worth showing. */
  nearMiss: boolean;
  /** The household already receives it. */
  received: boolean;
  /** Ids of the criteria not met. */
  unmet: string[];
  /** Every criterion not met is `switchable`: it would fit after giving up a benefit received now. */
  switchable: boolean;
}

export interface FinderResult {
  /** Every service of the rule set, in the rule set's order. */
  services: ServiceResult[];
  /** Notes on how the fitting services relate (excludes, combines, alternatives). */
  relations: Message[];
  /** Presumptions made for unanswered questions, once each. */
  assumptions: Message[];
  /** Services the finder does not ask about. */
  notAsked: readonly NotAskedSlug[];
  /** How many questions were answered. */
  answered: number;
}

/** Which service a ticked benefit stands for (for "because you receive ..."). */
const BENEFIT_SERVICE: Record<Benefit, ServiceSlug> = {
  buergergeld: "buergergeld",
  sozialhilfe: "hilfe-zum-lebensunterhalt",
  grundsicherung: "grundsicherung-alter-erwerbsminderung",
  asylblg: "asylbewerberleistungen",
  wohngeld: "wohngeld",
  kinderzuschlag: "kinderzuschlag",
  kindergeld: "kindergeld",
  arbeitslosengeld: "arbeitslosengeld",
};

/** How a fact is shown inside a text. */
function valueOf(fact: FactName, facts: Facts): Value | undefined {
  const v = facts[fact];
  if (v === undefined) return undefined;
  switch (fact) {
    case "rent":
    case "debtAmount":
    case "need":
      return { kind: "eur", value: v as number };
    case "income":
    case "work":
    case "residence":
      return { kind: "option", question: fact, value: String(v) };
    default:
      return typeof v === "number" ? { kind: "number", value: v } : undefined;
  }
}

type Tri = boolean | undefined;

interface Trace {
  /** Questions that would decide what is still unknown. */
  questions: Set<QuestionId>;
  qualifying: Set<ServiceSlug>;
}

interface Context {
  facts: Facts;
  /** Questions with an answer: "unknown" only ever asks for the others. */
  answered: ReadonlySet<QuestionId>;
  received: ReadonlySet<Benefit>;
  results: Map<ServiceSlug, ServiceResult>;
}

function evalCond(cond: Cond, ctx: Context, trace: Trace): Tri {
  if ("fact" in cond) {
    const v = ctx.facts[cond.fact];
    if (v === undefined) {
      FACT_QUESTIONS[cond.fact].forEach((q) => trace.questions.add(q));
      return undefined;
    }
    if ("is" in cond) return v === cond.is;
    if ("oneOf" in cond) return cond.oneOf.includes(String(v));
    return typeof v === "number" && v >= cond.atLeast;
  }
  if ("receives" in cond) {
    const hits = cond.receives.filter((b) => ctx.received.has(b));
    hits.forEach((b) => trace.qualifying.add(BENEFIT_SERVICE[b]));
    return hits.length > 0;
  }
  if ("likely" in cond) {
    const states = cond.likely.map((slug) => {
      const r = ctx.results.get(slug);
      if (!r) throw new Error(`Rule order: "${slug}" is needed before it is evaluated`);
      if (r.status === "likely") trace.qualifying.add(slug);
      if (r.status === "unknown") r.missing.forEach((q) => trace.questions.add(q));
      return r.status;
    });
    if (states.includes("likely")) return true;
    return states.every((s) => s === "unlikely") ? false : undefined;
  }
  if ("all" in cond) {
    const xs = cond.all.map((c) => evalCond(c, ctx, trace));
    if (xs.includes(false)) return false;
    return xs.every((x) => x === true) ? true : undefined;
  }
  if ("any" in cond) {
    const xs = cond.any.map((c) => evalCond(c, ctx, trace));
    if (xs.includes(true)) return true;
    return xs.every((x) => x === false) ? false : undefined;
  }
  const x = evalCond(cond.not, ctx, trace);
  return x === undefined ? undefined : !x;
}

function dependsOnOthers(cond: Cond): boolean {
  if ("likely" in cond) return true;
  if ("all" in cond) return cond.all.some(dependsOnOthers);
  if ("any" in cond) return cond.any.some(dependsOnOthers);
  if ("not" in cond) return dependsOnOthers(cond.not);
  return false;
}

/** Rules that read other services' results are evaluated after the others and the relations. */
export function isDependent(rule: ServiceRule): boolean {
  return rule.criteria.some((c) => dependsOnOthers(c.when));
}

/**
 * The text of a criterion with its values; when a value is not known, the
 * `…Plain` twin of the text (without that value) is used instead.
 */
function message(
  criterion: Criterion,
  suffix: "yes" | "no" | "ifYes" | "ifNo" | "assumed",
  ctx: Context,
  trace: Trace,
): Message {
  const key = `criteria.${criterion.id}.${suffix}`;
  // Only the "why" texts carry values; hints and presumptions are fixed sentences.
  if (!criterion.values || (suffix !== "yes" && suffix !== "no")) return { key };
  const values: Record<string, Value> = {};
  let complete = true;
  for (const [name, source] of Object.entries(criterion.values)) {
    // Nothing qualified when a criterion is not met: its "no" text names no services.
    if (source === "@qualifying" && suffix === "no") continue;
    const value: Value | undefined =
      source === "@qualifying"
        ? trace.qualifying.size > 0
          ? { kind: "services", value: [...trace.qualifying] }
          : undefined
        : valueOf(source, ctx.facts);
    if (value) values[name] = value;
    else complete = false;
  }
  return complete ? { key, values } : { key: `${key}Plain`, values };
}

function orderedQuestions(ids: Iterable<QuestionId>): QuestionId[] {
  const set = new Set(ids);
  return QUESTIONS.filter((q) => set.has(q));
}

function evaluateRule(rule: ServiceRule, ctx: Context): ServiceResult {
  const met: [Criterion, Trace][] = [];
  const unmet: [Criterion, Trace][] = [];
  const open: [Criterion, Trace][] = [];
  const assumed: [Criterion, Trace][] = [];
  for (const criterion of rule.criteria) {
    const trace: Trace = { questions: new Set(), qualifying: new Set() };
    const v = evalCond(criterion.when, ctx, trace);
    if (v === true) met.push([criterion, trace]);
    else if (v === false) unmet.push([criterion, trace]);
    else if (criterion.assume) assumed.push([criterion, trace]);
    else open.push([criterion, trace]);
  }
  const why = (list: [Criterion, Trace][]) =>
    list.filter(([c]) => !c.quiet).map(([c, t]) => message(c, "yes", ctx, t));
  const hint = (list: [Criterion, Trace][], which: "ifYes" | "ifNo") =>
    list.filter(([c]) => c.hints?.includes(which)).map(([c, t]) => message(c, which, ctx, t));
  const received = rule.receivedAs !== undefined && ctx.received.has(rule.receivedAs);
  const base = {
    slug: rule.slug,
    unmet: unmet.map(([c]) => c.id),
    switchable: unmet.length > 0 && unmet.every(([c]) => c.switchable),
    checks: [...(rule.checks ?? [])],
    related: { excludes: [], combines: [], alternatives: [] } as Related,
    received,
    assumptions: assumed.map(([c, t]) => message(c, "assumed", ctx, t)),
    missing: [] as QuestionId[],
  };

  if (received) {
    return {
      ...base,
      status: "likely",
      reasons: [{ key: "received" }, ...why(met)],
      changes: [],
      nearMiss: false,
    };
  }
  if (unmet.length > 0) {
    return {
      ...base,
      status: "unlikely",
      reasons: unmet.map(([c, t]) => message(c, "no", ctx, t)),
      changes: hint(unmet, "ifNo"),
      nearMiss: met.some(([c]) => !c.quiet && !c.weak),
    };
  }
  if (open.length > 0) {
    const questions = open.flatMap(([, t]) => [...t.questions]);
    return {
      ...base,
      status: "unknown",
      reasons: why(met),
      changes: [],
      missing: orderedQuestions(questions).filter((q) => !ctx.answered.has(q)),
      nearMiss: false,
    };
  }
  return {
    ...base,
    status: "likely",
    reasons: why(met),
    changes: hint(met, "ifYes"),
    nearMiss: false,
  };
}

/** `first` come before `then` when they cover the need (see Relation in ./rules.ts). */
function applyPrecedence(
  rel: Extract<Relation, { kind: "precedes" }>,
  ctx: Context,
  notes: Message[],
) {
  const decided = ctx.facts[rel.decidedBy];
  const then = ctx.results.get(rel.then)!;
  const first = rel.first.map((slug) => ctx.results.get(slug)!);
  const likelyFirst = first.filter((r) => r.status === "likely").map((r) => r.slug);
  const prefix = `relations.${rel.text}`;
  const values = (services: ServiceSlug[]): Record<string, Value> => ({
    services: { kind: "services", value: services },
    other: { kind: "services", value: [rel.then] },
  });
  if (decided === true) {
    // The prior benefits that plausibly apply: likely, or not met only because
    // of a benefit received now (switching from Bürgergeld to Wohngeld).
    const by = first.filter((r) => r.status !== "unlikely" || r.switchable).map((r) => r.slug);
    if (then.status === "unlikely" || by.length === 0) return;
    Object.assign(then, {
      status: "unlikely",
      reasons: [{ key: `${prefix}.covered`, values: values(by) }],
      changes: [{ key: `${prefix}.coveredChange`, values: values(by) }],
      missing: [],
      nearMiss: true,
    } satisfies Partial<ServiceResult>);
  } else if (decided === false) {
    // Only where `then` is a real alternative (Bürgergeld for people who can
    // work, Grundsicherung in old age ...); otherwise another relation decides.
    if (then.status === "unlikely") return;
    for (const r of first) {
      if (r.status === "unlikely") continue;
      Object.assign(r, {
        status: "unlikely",
        reasons: [{ key: `${prefix}.notCovered.${r.slug}`, values: values([r.slug]) }],
        changes: [{ key: `${prefix}.notCoveredChange`, values: values([...rel.first]) }],
        missing: [],
        nearMiss: true,
      } satisfies Partial<ServiceResult>);
    }
  } else if (then.status === "likely" && likelyFirst.length > 0) {
    const note: Message = { key: `${prefix}.open`, values: values(likelyFirst) };
    then.related.alternatives.push(...likelyFirst);
    for (const r of first) if (r.status === "likely") r.related.alternatives.push(rel.then);
    notes.push(note);
  }
}

/** Notes for pairs of fitting services that are not paid together, or can be combined. */
function applyPairs(ctx: Context, notes: Message[]) {
  for (const rel of RELATIONS) {
    if (rel.kind === "precedes") continue;
    const [a, b] = rel.between.map((slug) => ctx.results.get(slug)!) as [
      ServiceResult,
      ServiceResult,
    ];
    if (a.status !== "likely" || b.status !== "likely") continue;
    const note: Message = {
      key: `relations.${rel.text}`,
      values: { services: { kind: "services", value: [a.slug, b.slug] } },
    };
    const list = rel.kind === "excludes" ? "excludes" : "combines";
    a.related[list].push(b.slug);
    b.related[list].push(a.slug);
    notes.push(note);
  }
}

function answeredQuestions(a: Answers): Set<QuestionId> {
  return new Set(
    QUESTIONS.filter((q) => {
      const v = a[q];
      return v !== undefined && !(Array.isArray(v) && v.length === 0);
    }),
  );
}

export function evaluate(answers: Answers): FinderResult {
  const answered = answeredQuestions(answers);
  const ctx: Context = {
    facts: deriveFacts(answers),
    answered,
    received: receivedBenefits(answers),
    results: new Map(),
  };
  const notes: Message[] = [];
  for (const rule of RULES)
    if (!isDependent(rule)) ctx.results.set(rule.slug, evaluateRule(rule, ctx));
  for (const rel of RELATIONS) if (rel.kind === "precedes") applyPrecedence(rel, ctx, notes);
  for (const rule of RULES)
    if (isDependent(rule)) ctx.results.set(rule.slug, evaluateRule(rule, ctx));
  applyPairs(ctx, notes);

  const services = RULES.map((rule) => ctx.results.get(rule.slug)!);
  const seen = new Set<string>();
  const assumptions = services
    .filter((s) => s.status !== "unlikely")
    .flatMap((s) => s.assumptions)
    .filter((m) => !seen.has(m.key) && seen.add(m.key));
  return { services, relations: notes, assumptions, notAsked: NOT_ASKED, answered: answered.size };
}

/** The services of a result with a given status, in order. */
export function withStatus(result: FinderResult, status: Status): ServiceResult[] {
  return result.services.filter((s) => s.status === status);
}
