// The help finder's rule set, as data. Each service lists criteria over the
// facts (./facts.ts); each criterion names its texts in `finder:criteria.<id>`:
//   yes     – why it fits (shown when met; left out for `quiet` criteria)
//   no      – why it does not fit (shown when not met)
//   ifYes / ifNo – what would change the result (only where listed in `hints`)
//   assumed – what we presumed (only for `assume` criteria left unanswered)
// A text whose values are not all known is replaced by its `…Plain` twin.
// Relations say how benefits relate: not paid together, combined, or one
// coming first. The evaluator (./evaluate.ts) reads nothing but this data.
//
// Slugs are those of prisma/seed-data/services-*.ts; rules.test.ts checks that
// every seeded service is either covered here or listed in NOT_ASKED.
import type { Benefit, QuestionId } from "./answers";
import type { FactName } from "./facts";

export const SERVICE_SLUGS = [
  "buergergeld",
  "hilfe-zum-lebensunterhalt",
  "grundsicherung-alter-erwerbsminderung",
  "arbeitslosengeld",
  "asylbewerberleistungen",
  "wohngeld",
  "kinderzuschlag",
  "kindergeld",
  "unterhaltsvorschuss",
  "elterngeld",
  "bildung-und-teilhabe",
  "kinderbetreuung",
  "erstausstattung-schwangerschaft-geburt",
  "mietschulden-uebernahme",
  "notunterkunft",
  "hilfe-besondere-soziale-schwierigkeiten",
  "schuldnerberatung",
  "hilfe-zur-pflege",
  "pflegeberatung",
  "eingliederungshilfe",
  "sozialpass",
  "rundfunkbeitragsbefreiung",
  "arbeitsvermittlung",
  "aktivierungsgutschein",
  "bildungsgutschein",
  "arbeitsgelegenheiten",
  "eingliederung-langzeitarbeitsloser",
  "teilhabe-am-arbeitsmarkt",
  "ganzheitliche-betreuung",
  "integrationskurs",
  "berufssprachkurs",
  "migrationsberatung",
] as const;
export type ServiceSlug = (typeof SERVICE_SLUGS)[number];

/**
 * Services of the directory the finder deliberately does not ask about: they
 * turn on health or addiction (special categories of data, GDPR Art. 9, which a
 * questionnaire without counselling should not collect), on blindness, on
 * living in a care home, or on a foreign diploma. The result names them with a
 * link, so nobody takes their absence for a "no".
 */
export const NOT_ASKED = [
  "suchtberatung",
  "psychosoziale-betreuung",
  "landesblindengeld",
  "pflegewohngeld",
  "anerkennung-berufsabschluss",
] as const;
export type NotAskedSlug = (typeof NOT_ASKED)[number];

/** A condition over facts; unknown facts make it unknown (three-valued logic). */
export type Cond =
  | { fact: FactName; is: boolean }
  | { fact: FactName; oneOf: readonly string[] }
  | { fact: FactName; atLeast: number }
  /** The household already receives one of these (unticked means not). */
  | { receives: readonly Benefit[] }
  /** Another service of this rule set is likely (or already received). */
  | { likely: readonly ServiceSlug[] }
  | { all: readonly Cond[] }
  | { any: readonly Cond[] }
  | { not: Cond };

/** `@qualifying`: the services that made a `likely`/`receives` condition true. */
export type ValueSource = FactName | "@qualifying";

export interface Criterion {
  /** Key under `finder:criteria.` */
  id: string;
  when: Cond;
  /** Interpolation values: name in the text → where the value comes from. */
  values?: Readonly<Record<string, ValueSource>>;
  /** Which "what would change" texts exist. */
  hints?: readonly ("ifYes" | "ifNo")[];
  /** Unanswered counts as met, and the result says what was presumed. */
  assume?: boolean;
  /** No "why" text when met (a condition nobody needs to be told about). */
  quiet?: boolean;
  /**
   * Met by many households (e.g. "can work"): on its own it does not make an
   * unlikely service worth showing near the top (see `nearMiss`).
   */
  weak?: boolean;
  /**
   * Not met only because of a benefit received now, which the citizen could
   * give up for this one (e.g. switch from Bürgergeld to Wohngeld).
   */
  switchable?: boolean;
}

export interface ServiceRule {
  slug: ServiceSlug;
  criteria: readonly Criterion[];
  /** What the office checks that the finder does not ask (`finder:checks.<key>`). */
  checks?: readonly string[];
  /** Ticked as already received: shown as fitting, with a note. */
  receivedAs?: Benefit;
}

export type Relation =
  /** Not paid at the same time (`finder:relations.<text>`). */
  | { kind: "excludes"; between: readonly [ServiceSlug, ServiceSlug]; text: string }
  /** Can be received together. */
  | { kind: "combines"; between: readonly [ServiceSlug, ServiceSlug]; text: string }
  /**
   * `first` come before `then` when `decidedBy` is true (they cover the need);
   * when it is false, `then` is the right help and `first` fall away; when it
   * is unknown, both stay as alternatives. Texts under `finder:relations.<text>`:
   * covered, coveredChange, notCovered.<slug>, notCoveredChange, open; each
   * gets `services` (the `first` concerned) and `other` (`then`).
   */
  | {
      kind: "precedes";
      first: readonly ServiceSlug[];
      then: ServiceSlug;
      decidedBy: FactName;
      text: string;
    };

// ---------------------------------------------------------------------------
// Building blocks

const is = (fact: FactName): Cond => ({ fact, is: true });
const isNot = (fact: FactName): Cond => ({ fact, is: false });

const MEANS_TESTED_RECEIVED: readonly Benefit[] = [
  "buergergeld",
  "sozialhilfe",
  "grundsicherung",
  "asylblg",
];

/** Criteria used by several services. */
const C = {
  children: {
    id: "children",
    when: { fact: "children", atLeast: 1 },
    values: { count: "children" },
  },
  residence: {
    id: "residence",
    when: isNot("asylum"),
    assume: true,
    quiet: true,
    hints: ["ifNo"],
  },
  employable: { id: "employable", when: is("employable"), hints: ["ifNo"], weak: true },
  needNotCovered: {
    id: "needNotCovered",
    when: isNot("ownMeansCoverNeed"),
    values: { income: "income", need: "need" },
    hints: ["ifYes", "ifNo"],
    weak: true,
  },
  notPensionAge: { id: "notPensionAge", when: isNot("pensionAge"), assume: true, quiet: true },
  paysHousingCosts: { id: "paysHousingCosts", when: is("paysHousingCosts"), weak: true },
  homeless: { id: "homeless", when: is("homeless"), hints: ["ifNo"] },
  unemployed: { id: "unemployed", when: is("unemployed") },
  longUnemployed: { id: "longUnemployed", when: is("longUnemployed") },
  buergergeld: {
    id: "buergergeld",
    when: { any: [{ receives: ["buergergeld"] }, { likely: ["buergergeld"] }] },
    weak: true,
  },
  foreignNational: { id: "foreignNational", when: is("foreignNational") },
  babyOrExpecting: { id: "babyOrExpecting", when: is("babyOrExpecting") },
} satisfies Record<string, Criterion>;

// ---------------------------------------------------------------------------
// The services, roughly in the order a citizen would want to read them.

export const RULES: readonly ServiceRule[] = [
  {
    slug: "buergergeld",
    receivedAs: "buergergeld",
    criteria: [C.residence, C.employable, C.needNotCovered],
    checks: ["assets", "residenceDetails"],
  },
  {
    slug: "wohngeld",
    receivedAs: "wohngeld",
    criteria: [
      C.paysHousingCosts,
      { id: "wohngeldIncome", when: is("hasIncome"), values: { income: "income" } },
      { id: "wohngeldLimit", when: is("belowWohngeldLimit"), hints: ["ifYes", "ifNo"] },
      // § 7 WoGG: whoever receives a benefit that pays the housing costs gets no Wohngeld.
      {
        id: "noTransferBenefit",
        when: { not: { receives: MEANS_TESTED_RECEIVED } },
        quiet: true,
        switchable: true,
        hints: ["ifNo"],
      },
      C.residence,
    ],
    checks: ["exactIncome", "assets"],
  },
  {
    slug: "kinderzuschlag",
    receivedAs: "kinderzuschlag",
    criteria: [
      C.children,
      {
        id: "kizMinIncome",
        when: is("kizMinIncome"),
        values: { income: "income" },
        hints: ["ifNo"],
      },
      { id: "kizLimit", when: is("belowKizLimit"), hints: ["ifYes"] },
      C.residence,
    ],
    checks: ["kindergeldReceived", "exactIncome", "assets"],
  },
  {
    slug: "bildung-und-teilhabe",
    criteria: [
      C.children,
      {
        id: "butQualifying",
        when: {
          any: [
            {
              receives: [
                "buergergeld",
                "sozialhilfe",
                "grundsicherung",
                "asylblg",
                "wohngeld",
                "kinderzuschlag",
              ],
            },
            {
              likely: [
                "buergergeld",
                "wohngeld",
                "kinderzuschlag",
                "hilfe-zum-lebensunterhalt",
                "grundsicherung-alter-erwerbsminderung",
                "asylbewerberleistungen",
              ],
            },
          ],
        },
        values: { services: "@qualifying" },
      },
    ],
    checks: ["schoolOrKita"],
  },
  {
    slug: "kindergeld",
    receivedAs: "kindergeld",
    criteria: [C.children, C.residence],
    checks: ["olderChildren", "taxId"],
  },
  {
    slug: "unterhaltsvorschuss",
    criteria: [
      { id: "singleParent", when: is("singleParent") },
      { id: "childUnder18", when: is("childUnder18") },
      C.residence,
    ],
    checks: ["otherParentPays", "over12"],
  },
  {
    slug: "elterngeld",
    criteria: [C.babyOrExpecting, C.residence],
    checks: ["hours32", "applyEarly"],
  },
  {
    slug: "kinderbetreuung",
    criteria: [{ id: "childUnder11", when: is("childUnder11") }],
  },
  {
    slug: "erstausstattung-schwangerschaft-geburt",
    criteria: [
      C.babyOrExpecting,
      {
        id: "erstausstattungQualifying",
        when: {
          any: [
            { receives: ["buergergeld", "sozialhilfe"] },
            { likely: ["buergergeld", "hilfe-zum-lebensunterhalt"] },
          ],
        },
        values: { services: "@qualifying" },
        hints: ["ifNo"],
      },
    ],
  },
  {
    slug: "hilfe-zum-lebensunterhalt",
    receivedAs: "sozialhilfe",
    criteria: [
      { id: "temporarilyUnable", when: is("temporarilyUnable") },
      C.notPensionAge,
      C.needNotCovered,
      C.residence,
    ],
    checks: ["assets", "priorClaims"],
  },
  {
    slug: "grundsicherung-alter-erwerbsminderung",
    receivedAs: "grundsicherung",
    criteria: [
      { id: "oldOrReduced", when: { any: [is("pensionAge"), is("permanentlyUnable")] } },
      C.needNotCovered,
      C.residence,
    ],
    checks: ["assets", "pensionNotice"],
  },
  {
    slug: "arbeitslosengeld",
    receivedAs: "arbeitslosengeld",
    criteria: [
      {
        id: "recentlyUnemployed",
        when: { fact: "work", oneOf: ["unemployedShort"] },
        hints: ["ifNo"],
      },
      C.notPensionAge,
    ],
    checks: ["insured12of30", "registerJobless"],
  },
  {
    slug: "asylbewerberleistungen",
    receivedAs: "asylblg",
    criteria: [{ id: "asylum", when: is("asylum") }, C.needNotCovered],
    checks: ["residenceDetails"],
  },
  {
    slug: "schuldnerberatung",
    criteria: [{ id: "debts", when: is("debts"), values: { amount: "debtAmount" } }],
  },
  {
    slug: "mietschulden-uebernahme",
    criteria: [
      { id: "housingDebts", when: is("housingDebts"), hints: ["ifYes"] },
      C.paysHousingCosts,
    ],
    checks: ["threat", "appropriateFlat"],
  },
  {
    slug: "notunterkunft",
    criteria: [C.homeless],
  },
  {
    slug: "hilfe-besondere-soziale-schwierigkeiten",
    criteria: [C.homeless],
    checks: ["socialDifficulties"],
  },
  {
    slug: "hilfe-zur-pflege",
    criteria: [
      { id: "needsCare", when: is("needsCare") },
      { id: "careIncome", when: is("modestIncome"), hints: ["ifNo"] },
    ],
    checks: ["careLevel", "assets"],
  },
  {
    slug: "pflegeberatung",
    criteria: [{ id: "care", when: { any: [is("needsCare"), is("caresForRelative")] } }],
  },
  {
    slug: "eingliederungshilfe",
    criteria: [{ id: "disability", when: is("disability") }],
    checks: ["substantialDisability"],
  },
  {
    slug: "sozialpass",
    criteria: [
      {
        id: "sozialpassQualifying",
        when: {
          any: [
            {
              receives: [
                "buergergeld",
                "sozialhilfe",
                "grundsicherung",
                "asylblg",
                "wohngeld",
                "kinderzuschlag",
              ],
            },
            {
              likely: [
                "buergergeld",
                "hilfe-zum-lebensunterhalt",
                "grundsicherung-alter-erwerbsminderung",
                "asylbewerberleistungen",
                "wohngeld",
                "kinderzuschlag",
              ],
            },
          ],
        },
        values: { services: "@qualifying" },
      },
    ],
    checks: ["livesInMusterstadt"],
  },
  {
    slug: "rundfunkbeitragsbefreiung",
    criteria: [
      {
        id: "rundfunkQualifying",
        when: {
          any: [
            { receives: ["buergergeld", "sozialhilfe", "grundsicherung", "asylblg"] },
            {
              likely: [
                "buergergeld",
                "hilfe-zum-lebensunterhalt",
                "grundsicherung-alter-erwerbsminderung",
                "asylbewerberleistungen",
                "hilfe-zur-pflege",
              ],
            },
          ],
        },
        values: { services: "@qualifying" },
        hints: ["ifNo"],
      },
    ],
  },
  {
    slug: "arbeitsvermittlung",
    criteria: [{ id: "seeksWork", when: is("seeksWork"), hints: ["ifNo"] }, C.employable],
  },
  {
    slug: "aktivierungsgutschein",
    criteria: [C.unemployed, C.employable],
    checks: ["counselling"],
  },
  {
    slug: "bildungsgutschein",
    criteria: [C.unemployed, C.employable],
    checks: ["counselling", "qualificationNeeded"],
  },
  {
    slug: "arbeitsgelegenheiten",
    criteria: [C.buergergeld, C.employable, C.longUnemployed],
    checks: ["otherMeasuresFirst"],
  },
  {
    slug: "eingliederung-langzeitarbeitsloser",
    criteria: [C.buergergeld, C.longUnemployed, C.employable],
    checks: ["twoYears"],
  },
  {
    slug: "teilhabe-am-arbeitsmarkt",
    criteria: [
      { id: "receivesBuergergeld", when: { receives: ["buergergeld"] } },
      C.longUnemployed,
      { id: "age25", when: { fact: "age", atLeast: 25 } },
    ],
    checks: ["sixYears"],
  },
  {
    slug: "ganzheitliche-betreuung",
    criteria: [
      C.buergergeld,
      C.employable,
      { id: "multipleObstacles", when: is("multipleObstacles") },
    ],
  },
  {
    slug: "integrationskurs",
    criteria: [
      { id: "integrationResidence", when: { fact: "residence", oneOf: ["permit", "eu"] } },
    ],
    checks: ["germanLevel"],
  },
  {
    slug: "berufssprachkurs",
    criteria: [
      C.foreignNational,
      {
        id: "worksOrSeeks",
        when: {
          fact: "work",
          oneOf: [
            "employed",
            "selfEmployed",
            "minijob",
            "unemployedShort",
            "unemployedLong",
            "education",
          ],
        },
      },
    ],
    checks: ["germanB1"],
  },
  {
    slug: "migrationsberatung",
    criteria: [C.foreignNational],
  },
];

// ---------------------------------------------------------------------------
// How the benefits relate. The "excludes" pairs are those of the directory
// (ServiceExclusion, seeded from `excludes` in prisma/seed-data); a test keeps
// both in step.

export const RELATIONS: readonly Relation[] = [
  {
    // § 12a SGB II: benefits that end the need come first. Together with own
    // income and Kindergeld, Wohngeld and Kinderzuschlag often do.
    kind: "precedes",
    first: ["wohngeld", "kinderzuschlag"],
    then: "buergergeld",
    decidedBy: "priorBenefitsCoverNeed",
    text: "precedence",
  },
  // § 2 SGB XII: the same for social assistance – Wohngeld comes first when it
  // is enough; whoever needs social assistance gets no Wohngeld (§ 7 WoGG).
  {
    kind: "precedes",
    first: ["wohngeld"],
    then: "grundsicherung-alter-erwerbsminderung",
    decidedBy: "priorBenefitsCoverNeed",
    text: "precedence",
  },
  {
    kind: "precedes",
    first: ["wohngeld"],
    then: "hilfe-zum-lebensunterhalt",
    decidedBy: "priorBenefitsCoverNeed",
    text: "precedence",
  },
  { kind: "excludes", between: ["buergergeld", "wohngeld"], text: "buergergeldWohngeld" },
  { kind: "excludes", between: ["buergergeld", "kinderzuschlag"], text: "buergergeldKiz" },
  {
    kind: "excludes",
    between: ["buergergeld", "hilfe-zum-lebensunterhalt"],
    text: "buergergeldSgb12",
  },
  {
    kind: "excludes",
    between: ["buergergeld", "grundsicherung-alter-erwerbsminderung"],
    text: "buergergeldSgb12",
  },
  { kind: "excludes", between: ["buergergeld", "asylbewerberleistungen"], text: "buergergeldAsyl" },
  { kind: "excludes", between: ["wohngeld", "hilfe-zum-lebensunterhalt"], text: "wohngeldSgb12" },
  {
    kind: "excludes",
    between: ["wohngeld", "grundsicherung-alter-erwerbsminderung"],
    text: "wohngeldSgb12",
  },
  { kind: "excludes", between: ["wohngeld", "asylbewerberleistungen"], text: "wohngeldAsyl" },
  { kind: "excludes", between: ["kinderzuschlag", "hilfe-zum-lebensunterhalt"], text: "kizSgb12" },
  {
    kind: "excludes",
    between: ["hilfe-zum-lebensunterhalt", "grundsicherung-alter-erwerbsminderung"],
    text: "sgb12Chapters",
  },
  { kind: "combines", between: ["wohngeld", "kinderzuschlag"], text: "wohngeldKiz" },
  { kind: "combines", between: ["kinderzuschlag", "kindergeld"], text: "kizKindergeld" },
  { kind: "combines", between: ["buergergeld", "arbeitslosengeld"], text: "buergergeldAlg" },
  { kind: "combines", between: ["buergergeld", "unterhaltsvorschuss"], text: "buergergeldUvg" },
];

/** Questions a rule's criteria depend on (for tests and for the "unknown" hint). */
export function questionsOf(
  rule: ServiceRule,
  factQuestions: Record<FactName, QuestionId[]>,
): QuestionId[] {
  const out = new Set<QuestionId>();
  const walk = (c: Cond) => {
    if ("fact" in c) factQuestions[c.fact].forEach((q) => out.add(q));
    else if ("receives" in c) out.add("benefits");
    else if ("all" in c) c.all.forEach(walk);
    else if ("any" in c) c.any.forEach(walk);
    else if ("not" in c) walk(c.not);
  };
  rule.criteria.forEach((cr) => walk(cr.when));
  return [...out];
}
