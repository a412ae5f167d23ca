// Facts derived from the answers, each `undefined` when the answers do not
// decide it. Rules read facts, never raw answers, so "skipped" flows through
// as "unknown" and every threshold lives in one place.
//
// The need estimate is a ROUGH GUIDE: Regelbedarfe plus warm rent plus the
// single-parent extra, against net income plus Kindergeld. It only serves to
// tell "Bürgergeld" from "Wohngeld and Kinderzuschlag first"; it is not a
// benefit calculation and is never shown as one.
import type { Answers, Benefit, IncomeBand, QuestionId, Residence, Work } from "./answers";
import {
  INCOME_RANGE,
  KINDERGELD,
  KINDERZUSCHLAG_MAX,
  KINDERZUSCHLAG_MIN_INCOME,
  KINDERZUSCHLAG_WITHDRAWAL,
  PENSION_AGE,
  REGELBEDARF,
  SINGLE_PARENT_EXTRA,
  WOHNGELD_ROUGH_LIMIT,
  WOHNGELD_ROUGH_SHARE,
} from "./figures";

export interface Facts {
  adults?: 1 | 2;
  children?: number;
  singleParent?: boolean;
  /** Youngest age among the children, when every child's age is known. */
  childUnder1?: boolean;
  childUnder11?: boolean;
  childUnder18?: boolean;
  expecting?: boolean;
  babyOrExpecting?: boolean;
  age?: number;
  pensionAge?: boolean;
  /** Erwerbsfähig: of working age and able to work at least three hours a day. */
  employable?: boolean;
  temporarilyUnable?: boolean;
  permanentlyUnable?: boolean;
  work?: Work;
  unemployed?: boolean;
  longUnemployed?: boolean;
  seeksWork?: boolean;
  disability?: boolean;
  needsCare?: boolean;
  caresForRelative?: boolean;
  residence?: Residence;
  asylum?: boolean;
  foreignNational?: boolean;
  income?: IncomeBand;
  hasIncome?: boolean;
  modestIncome?: boolean;
  paysHousingCosts?: boolean;
  homeless?: boolean;
  rent?: number;
  debts?: boolean;
  housingDebts?: boolean;
  debtAmount?: number;
  /** Rough monthly need in euros, when the answers pin it down. */
  need?: number;
  /** Own income plus Kindergeld reach the rough need. */
  ownMeansCoverNeed?: boolean;
  /** Wohngeld and Kinderzuschlag (with own income and Kindergeld) can plausibly close the gap. */
  priorBenefitsCoverNeed?: boolean;
  kizMinIncome?: boolean;
  belowKizLimit?: boolean;
  belowWohngeldLimit?: boolean;
  /** Two or more of: long unemployment, debts, disability, caring, homelessness, single parent of a young child. */
  multipleObstacles?: boolean;
}

export type FactName = keyof Facts;

/** Which questions decide a fact: shown as "answer this to know more". */
export const FACT_QUESTIONS: Record<FactName, QuestionId[]> = {
  adults: ["household"],
  children: ["childrenCount"],
  singleParent: ["household", "childrenCount"],
  childUnder1: ["childAges"],
  childUnder11: ["childAges"],
  childUnder18: ["childAges"],
  expecting: ["expecting"],
  babyOrExpecting: ["expecting", "childAges"],
  age: ["age"],
  pensionAge: ["age"],
  employable: ["work", "age"],
  temporarilyUnable: ["work"],
  permanentlyUnable: ["work"],
  work: ["work"],
  unemployed: ["work"],
  longUnemployed: ["work"],
  seeksWork: ["work"],
  disability: ["disability"],
  needsCare: ["care"],
  caresForRelative: ["care"],
  residence: ["residence"],
  asylum: ["residence"],
  foreignNational: ["residence"],
  income: ["income"],
  hasIncome: ["income"],
  modestIncome: ["income"],
  paysHousingCosts: ["housing"],
  homeless: ["housing"],
  rent: ["rent"],
  debts: ["debts"],
  housingDebts: ["debts"],
  debtAmount: ["debtAmount"],
  need: ["household", "childrenCount", "childAges", "rent"],
  ownMeansCoverNeed: ["income", "household", "childrenCount", "rent"],
  priorBenefitsCoverNeed: ["income", "household", "childrenCount", "rent", "housing"],
  kizMinIncome: ["income", "household"],
  belowKizLimit: ["income", "household", "rent"],
  belowWohngeldLimit: ["income", "household", "childrenCount"],
  multipleObstacles: ["work", "debts", "disability", "care", "housing", "childAges"],
};

/** Kleene "and" / "or" over facts that may be unknown. */
function and(...xs: (boolean | undefined)[]): boolean | undefined {
  if (xs.some((x) => x === false)) return false;
  return xs.every((x) => x === true) ? true : undefined;
}
function or(...xs: (boolean | undefined)[]): boolean | undefined {
  if (xs.some((x) => x === true)) return true;
  return xs.every((x) => x === false) ? false : undefined;
}
function known<T>(value: T | undefined, test: (v: T) => boolean): boolean | undefined {
  return value === undefined ? undefined : test(value);
}

/**
 * Whether some child is younger than `limit`: true as soon as one known age is,
 * false only when every child's age is known and none is.
 */
function someChildUnder(
  limit: number,
  children: number | undefined,
  ages: number[],
): boolean | undefined {
  if (children === 0) return false;
  if (ages.some((a) => a < limit)) return true;
  if (children !== undefined && ages.length >= children) return false;
  return undefined;
}

function regelbedarfOfChild(age: number): number {
  if (age <= 5) return REGELBEDARF.child0to5;
  if (age <= 13) return REGELBEDARF.child6to13;
  if (age <= 17) return REGELBEDARF.youth14to17;
  return REGELBEDARF.adultChild;
}

/** § 21 Abs. 3 SGB II, as a share of the single rate. */
export function singleParentExtra(ages: number[]): number {
  const under7 = ages.filter((a) => a < 7).length;
  const under16 = ages.filter((a) => a < 16).length;
  const minors = ages.filter((a) => a < 18).length;
  if (minors === 0) return 0;
  const raised = under7 >= 1 || (under16 >= 2 && under16 <= 3) ? SINGLE_PARENT_EXTRA.raised : 0;
  const share = Math.min(
    SINGLE_PARENT_EXTRA.max,
    Math.max(raised, SINGLE_PARENT_EXTRA.perChild * minors),
  );
  return Math.round(REGELBEDARF.single * share * 100) / 100;
}

/** A household with every number known. */
export interface Household {
  adults: 1 | 2;
  childAges: number[];
  rent: number;
}

/** Rough monthly need of a household (see the file comment). */
export function roughNeed(h: Household): number {
  const adults = h.adults === 1 ? REGELBEDARF.single : 2 * REGELBEDARF.partner;
  const children = h.childAges.reduce((sum, age) => sum + regelbedarfOfChild(age), 0);
  const extra = h.adults === 1 ? singleParentExtra(h.childAges) : 0;
  return adults + children + extra + h.rent;
}

/**
 * The lowest and highest need the answers allow, with unknown partners, child
 * ages and rent filled in both ways. `high` is undefined when it has no bound
 * (unknown number of children or unknown rent).
 */
function needRange(a: Answers, children: number | undefined) {
  const ages = a.childAges ?? [];
  const unknownAges = Math.max(0, (children ?? ages.length) - ages.length);
  const rent = a.rent ?? (a.housing === "family" || a.housing === "homeless" ? 0 : undefined);
  // Lowest: one adult (the single-parent extra only if "alone" was answered),
  // unknown children at the rate for the youngest, no rent if unknown.
  const lowAdults = a.household === "partner" ? 2 * REGELBEDARF.partner : REGELBEDARF.single;
  const low =
    lowAdults +
    (a.household === "alone" ? singleParentExtra(ages) : 0) +
    ages.reduce((sum, age) => sum + regelbedarfOfChild(age), 0) +
    unknownAges * REGELBEDARF.child0to5 +
    (rent ?? 0);
  // Highest: unknown children as a toddler for the extra and at the youth rate.
  let high: number | undefined;
  if (children !== undefined && rent !== undefined) {
    const guessed = [...ages, ...Array<number>(unknownAges).fill(3)];
    const options: (1 | 2)[] =
      a.household === "alone" ? [1] : a.household === "partner" ? [2] : [1, 2];
    high =
      Math.max(...options.map((adults) => roughNeed({ adults, childAges: guessed, rent }))) +
      unknownAges * (REGELBEDARF.youth14to17 - REGELBEDARF.child0to5);
  }
  return { low, high, kindergeld: (children ?? 0) * KINDERGELD, rent };
}

export function deriveFacts(a: Answers): Facts {
  const ages = a.childAges ?? [];
  const children = a.childrenCount ?? (ages.length > 0 ? ages.length : undefined);
  const adults = a.household === "alone" ? 1 : a.household === "partner" ? 2 : undefined;
  const hasChildren = known(children, (c) => c > 0);
  const singleParent = and(
    known(a.household, (h) => h === "alone"),
    hasChildren,
  );

  // Between 65 and 67 the Regelaltersgrenze depends on the year of birth.
  const pensionAge =
    a.age === undefined || (a.age > PENSION_AGE.notYet && a.age < PENSION_AGE.reached)
      ? undefined
      : a.age >= PENSION_AGE.reached;
  const work = a.work;
  const activeWork = ["employed", "selfEmployed", "minijob", "unemployedShort", "unemployedLong"];
  // People who work or look for work are of working age; the office checks the rest.
  const workingAge =
    a.age !== undefined
      ? and(a.age >= 15, pensionAge === undefined ? undefined : !pensionAge)
      : work && activeWork.includes(work)
        ? true
        : work === "retired"
          ? false
          : undefined;
  const ableToWork = known(work, (w) => !["sick", "reducedCapacity", "retired"].includes(w));
  const employable = and(workingAge, ableToWork);
  const unemployed = known(work, (w) => w === "unemployedShort" || w === "unemployedLong");
  // Minijob and work at home: some look for (more) work, some do not.
  const seeksWork =
    unemployed === true ? true : work === "minijob" || work === "homeCare" ? undefined : unemployed;

  const range = a.income ? INCOME_RANGE[a.income] : undefined;
  const paysHousingCosts = known(a.housing, (h) => h === "rent" || h === "own");
  const hasIncome = known(a.income, (i) => i !== "none");
  const need = needRange(a, children);

  // Own means: covered if even the lowest income beats the highest need; not
  // covered if even the highest income stays below the lowest need.
  // (A child's Regelbedarf is always above Kindergeld, so an unknown number of
  // children can be counted as none for "not covered".)
  let ownMeansCoverNeed: boolean | undefined;
  if (range) {
    if (range.max + need.kindergeld < need.low) ownMeansCoverNeed = false;
    else if (need.high !== undefined && range.min + need.kindergeld >= need.high)
      ownMeansCoverNeed = true;
  }

  // Kinderzuschlag's minimum income: 600 € for single parents, 900 € for couples.
  const kizThresholdLow =
    adults === 2 ? KINDERZUSCHLAG_MIN_INCOME.couple : KINDERZUSCHLAG_MIN_INCOME.single;
  const kizThresholdHigh =
    adults === 1 ? KINDERZUSCHLAG_MIN_INCOME.single : KINDERZUSCHLAG_MIN_INCOME.couple;
  const kizMinIncome = range
    ? range.max < kizThresholdLow
      ? false
      : range.min >= kizThresholdHigh
        ? true
        : undefined
    : undefined;

  // Kinderzuschlag ends when 45 % of the parents' income above their own need eats it up.
  let belowKizLimit: boolean | undefined;
  if (range && children !== undefined && children > 0 && adults !== undefined) {
    const parents =
      adults === 1 ? REGELBEDARF.single + singleParentExtra(ages) : 2 * REGELBEDARF.partner;
    const persons = adults + children;
    const limitAt = (rent: number) =>
      parents +
      (rent * adults) / persons +
      (children * KINDERZUSCHLAG_MAX) / KINDERZUSCHLAG_WITHDRAWAL;
    const low = limitAt(need.rent ?? 0);
    if (range.max < low) belowKizLimit = true;
    else if (need.rent !== undefined && range.min >= low) belowKizLimit = false;
  }

  // Wohngeld's rough income limit grows with the household.
  let belowWohngeldLimit: boolean | undefined;
  if (range) {
    const limit = (persons: number) =>
      WOHNGELD_ROUGH_LIMIT.first + WOHNGELD_ROUGH_LIMIT.perFurther * (persons - 1);
    const fewest = (adults ?? 1) + (children ?? 0);
    if (range.max <= limit(fewest)) belowWohngeldLimit = true;
    else if (adults !== undefined && children !== undefined && range.min > limit(adults + children))
      belowWohngeldLimit = false;
  }

  // Can Wohngeld and Kinderzuschlag close the gap between own means and need?
  // Each gets a lowest and highest plausible amount; unknowns widen the range.
  let priorBenefitsCoverNeed: boolean | undefined;
  if (ownMeansCoverNeed === true) priorBenefitsCoverNeed = true;
  else if (range) {
    const kiz = and(hasChildren, kizMinIncome);
    const kizLow = kiz === true ? (children ?? 0) * KINDERZUSCHLAG_MAX : 0;
    const kizHigh =
      kiz === false ? 0 : children === undefined ? Infinity : children * KINDERZUSCHLAG_MAX;
    const wg = and(hasIncome, paysHousingCosts);
    const wgLow = wg === true && need.rent !== undefined ? need.rent * WOHNGELD_ROUGH_SHARE : 0;
    const wgHigh =
      wg === false ? 0 : need.rent === undefined ? Infinity : need.rent * WOHNGELD_ROUGH_SHARE;
    const gapLow = need.low - (range.max + need.kindergeld);
    const gapHigh = need.high === undefined ? Infinity : need.high - (range.min + need.kindergeld);
    if (gapLow > kizHigh + wgHigh) priorBenefitsCoverNeed = false;
    else if (gapHigh <= kizLow + wgLow) priorBenefitsCoverNeed = true;
  }

  const longUnemployed = known(work, (w) => w === "unemployedLong");
  const debts = known(a.debts, (d) => d !== "none");
  const disability = known(a.disability, (d) => d === "yes");
  const caresForRelative = known(a.care, (c) => c === "relative" || c === "both");
  const homeless = known(a.housing, (h) => h === "homeless");
  const youngChild = and(singleParent, someChildUnder(7, children, ages));
  const obstacles = [longUnemployed, debts, disability, caresForRelative, homeless, youngChild];
  const yes = obstacles.filter((o) => o === true).length;
  const open = obstacles.filter((o) => o === undefined).length;
  const multipleObstacles = yes >= 2 ? true : yes + open < 2 ? false : undefined;

  const expecting = known(a.expecting, (e) => e === "yes");
  const childUnder1 = someChildUnder(1, children, ages);

  return {
    adults,
    children,
    singleParent,
    childUnder1,
    childUnder11: someChildUnder(11, children, ages),
    childUnder18: someChildUnder(18, children, ages),
    expecting,
    babyOrExpecting: or(expecting, childUnder1),
    age: a.age,
    pensionAge,
    employable,
    temporarilyUnable: known(work, (w) => w === "sick"),
    permanentlyUnable: known(work, (w) => w === "reducedCapacity"),
    work,
    unemployed,
    longUnemployed,
    seeksWork,
    disability,
    needsCare: known(a.care, (c) => c === "self" || c === "both"),
    caresForRelative,
    residence: a.residence,
    asylum: known(a.residence, (r) => r === "asylum"),
    foreignNational: known(a.residence, (r) => r !== "german"),
    income: a.income,
    hasIncome,
    modestIncome: known(a.income, (i) => i !== "over3000"),
    paysHousingCosts,
    homeless,
    rent: a.rent,
    debts,
    housingDebts: known(a.debts, (d) => d === "housing"),
    debtAmount: a.debtAmount,
    need: need.high !== undefined && need.high === need.low ? Math.round(need.low) : undefined,
    ownMeansCoverNeed,
    priorBenefitsCoverNeed,
    kizMinIncome,
    belowKizLimit,
    belowWohngeldLimit,
    multipleObstacles,
  };
}

/** Benefits ticked as already received (unticked means not received). */
export function receivedBenefits(a: Answers): ReadonlySet<Benefit> {
  return new Set(a.benefits ?? []);
}
