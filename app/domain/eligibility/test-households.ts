// Households for the rule tests (services.test.ts, journeys.test.ts): for each
// service at least one it likely fits, one it does not, and one left open by a
// skipped question. Test data only; no app code imports it.
import type { Answers } from "./answers";
import type { Status } from "./evaluate";
import type { ServiceSlug } from "./rules";

/** Works, two children, modest income: Wohngeld and Kinderzuschlag instead of Bürgergeld. */
export const SINGLE_PARENT_LOW: Answers = {
  household: "alone",
  childrenCount: 2,
  childAges: [4, 9],
  expecting: "no",
  age: 31,
  work: "employed",
  disability: "no",
  care: "none",
  residence: "german",
  income: "1000to1500",
  housing: "rent",
  rent: 700,
  debts: "none",
};
/** Long unemployed, no income of their own, alone: Bürgergeld. */
export const NO_INCOME_SINGLE: Answers = {
  household: "alone",
  childrenCount: 0,
  age: 40,
  work: "unemployedLong",
  residence: "german",
  income: "none",
  housing: "rent",
  rent: 500,
};
/** A couple with a good income and their own home. */
export const WELL_OFF_COUPLE: Answers = {
  household: "partner",
  childrenCount: 1,
  childAges: [10],
  expecting: "no",
  age: 45,
  work: "employed",
  disability: "no",
  care: "none",
  residence: "german",
  income: "over3000",
  housing: "own",
  rent: 900,
  debts: "none",
};
/** Old age with a small pension. */
export const PENSIONER: Answers = {
  household: "alone",
  childrenCount: 0,
  age: 70,
  work: "retired",
  residence: "german",
  income: "under600",
  housing: "rent",
  rent: 550,
};
export const SICK_LOW_INCOME: Answers = {
  household: "alone",
  childrenCount: 0,
  age: 50,
  work: "sick",
  residence: "german",
  income: "under600",
  housing: "rent",
  rent: 500,
};
export const JOB_LOST: Answers = { work: "unemployedShort", age: 30 };

export type Cases = Partial<Record<Status, Answers[]>>;

export const CASES: Record<ServiceSlug, Cases> = {
  buergergeld: {
    likely: [NO_INCOME_SINGLE, { ...SINGLE_PARENT_LOW, income: "none" }],
    unlikely: [
      WELL_OFF_COUPLE,
      SINGLE_PARENT_LOW,
      PENSIONER,
      { ...NO_INCOME_SINGLE, residence: "asylum" },
    ],
    unknown: [
      { household: "alone", work: "unemployedShort" },
      { ...NO_INCOME_SINGLE, work: undefined },
    ],
  },
  wohngeld: {
    likely: [SINGLE_PARENT_LOW, { ...PENSIONER, income: "1000to1500", rent: 700 }],
    unlikely: [
      { ...SINGLE_PARENT_LOW, benefits: ["buergergeld"] },
      NO_INCOME_SINGLE,
      WELL_OFF_COUPLE,
      { ...SINGLE_PARENT_LOW, housing: "family", rent: undefined },
    ],
    unknown: [{ housing: "rent" }, { ...SINGLE_PARENT_LOW, income: undefined }],
  },
  kinderzuschlag: {
    likely: [SINGLE_PARENT_LOW, { ...WELL_OFF_COUPLE, income: "1500to2000", housing: "rent" }],
    unlikely: [NO_INCOME_SINGLE, WELL_OFF_COUPLE, { ...SINGLE_PARENT_LOW, income: "under600" }],
    unknown: [
      { childrenCount: 2 },
      { ...SINGLE_PARENT_LOW, household: "partner", income: "600to1000" },
    ],
  },
  "bildung-und-teilhabe": {
    likely: [SINGLE_PARENT_LOW, { childrenCount: 1, benefits: ["wohngeld"] }],
    unlikely: [WELL_OFF_COUPLE, NO_INCOME_SINGLE],
    unknown: [{ childrenCount: 1 }],
  },
  kindergeld: {
    likely: [{ childrenCount: 1 }, SINGLE_PARENT_LOW],
    unlikely: [NO_INCOME_SINGLE, { childrenCount: 2, residence: "asylum" }],
    unknown: [{}],
  },
  unterhaltsvorschuss: {
    likely: [SINGLE_PARENT_LOW],
    unlikely: [WELL_OFF_COUPLE, { household: "alone", childrenCount: 1, childAges: [19] }],
    unknown: [{ household: "alone", childrenCount: 2 }],
  },
  elterngeld: {
    likely: [{ expecting: "yes" }, { childrenCount: 1, childAges: [0] }],
    unlikely: [{ expecting: "no", childrenCount: 0 }, WELL_OFF_COUPLE],
    unknown: [{ childrenCount: 1 }],
  },
  kinderbetreuung: {
    likely: [SINGLE_PARENT_LOW],
    unlikely: [{ childrenCount: 1, childAges: [15] }, NO_INCOME_SINGLE],
    unknown: [{ childrenCount: 1 }],
  },
  "erstausstattung-schwangerschaft-geburt": {
    likely: [{ ...NO_INCOME_SINGLE, expecting: "yes" }],
    unlikely: [
      { ...WELL_OFF_COUPLE, expecting: "yes" },
      { ...NO_INCOME_SINGLE, expecting: "no" },
    ],
    unknown: [{ expecting: "yes" }],
  },
  "hilfe-zum-lebensunterhalt": {
    likely: [SICK_LOW_INCOME],
    unlikely: [NO_INCOME_SINGLE, { ...SICK_LOW_INCOME, income: "over3000" }],
    unknown: [{ work: "sick" }],
  },
  "grundsicherung-alter-erwerbsminderung": {
    likely: [PENSIONER, { ...SICK_LOW_INCOME, work: "reducedCapacity" }],
    unlikely: [NO_INCOME_SINGLE, { ...PENSIONER, income: "over3000" }],
    unknown: [{ age: 70 }, { ...PENSIONER, age: 66 }],
  },
  arbeitslosengeld: {
    likely: [JOB_LOST],
    unlikely: [{ work: "employed" }, NO_INCOME_SINGLE],
    unknown: [{}],
  },
  asylbewerberleistungen: {
    likely: [{ residence: "asylum", income: "none" }],
    unlikely: [
      { residence: "german" },
      { residence: "asylum", income: "over3000", household: "alone", childrenCount: 0, rent: 400 },
    ],
    unknown: [{ residence: "asylum" }],
  },
  schuldnerberatung: {
    likely: [{ debts: "some", debtAmount: 2300 }, { debts: "housing" }],
    unlikely: [{ debts: "none" }],
    unknown: [{}],
  },
  "mietschulden-uebernahme": {
    likely: [{ debts: "housing", housing: "rent" }],
    unlikely: [
      { debts: "some", housing: "rent" },
      { debts: "housing", housing: "homeless" },
    ],
    unknown: [{ debts: "housing" }],
  },
  notunterkunft: {
    likely: [{ housing: "homeless" }],
    unlikely: [{ housing: "rent" }],
    unknown: [{}],
  },
  "hilfe-besondere-soziale-schwierigkeiten": {
    likely: [{ housing: "homeless" }],
    unlikely: [{ housing: "family" }],
    unknown: [{}],
  },
  "hilfe-zur-pflege": {
    likely: [{ care: "self", income: "1000to1500" }],
    unlikely: [{ care: "none" }, { care: "both", income: "over3000" }],
    unknown: [{ care: "self" }],
  },
  pflegeberatung: {
    likely: [{ care: "relative" }, { care: "self" }],
    unlikely: [{ care: "none" }],
    unknown: [{}],
  },
  eingliederungshilfe: {
    likely: [{ disability: "yes" }],
    unlikely: [{ disability: "no" }],
    unknown: [{}],
  },
  sozialpass: {
    likely: [SINGLE_PARENT_LOW, NO_INCOME_SINGLE, { benefits: ["kinderzuschlag"] }],
    unlikely: [WELL_OFF_COUPLE],
    unknown: [{}],
  },
  rundfunkbeitragsbefreiung: {
    likely: [NO_INCOME_SINGLE, PENSIONER],
    unlikely: [SINGLE_PARENT_LOW, WELL_OFF_COUPLE],
    unknown: [{}],
  },
  arbeitsvermittlung: {
    likely: [JOB_LOST, NO_INCOME_SINGLE],
    unlikely: [PENSIONER, { work: "employed", age: 30 }],
    unknown: [{}, { work: "minijob", age: 30 }],
  },
  aktivierungsgutschein: {
    likely: [JOB_LOST],
    unlikely: [{ work: "employed" }, SICK_LOW_INCOME],
    unknown: [{}],
  },
  bildungsgutschein: {
    likely: [JOB_LOST, NO_INCOME_SINGLE],
    unlikely: [{ work: "education" }],
    unknown: [{}],
  },
  arbeitsgelegenheiten: {
    likely: [NO_INCOME_SINGLE],
    unlikely: [SINGLE_PARENT_LOW, { ...NO_INCOME_SINGLE, work: "unemployedShort" }],
    unknown: [{ work: "unemployedLong" }],
  },
  "eingliederung-langzeitarbeitsloser": {
    likely: [NO_INCOME_SINGLE, { benefits: ["buergergeld"], work: "unemployedLong", age: 50 }],
    unlikely: [SINGLE_PARENT_LOW],
    unknown: [{ work: "unemployedLong" }],
  },
  "teilhabe-am-arbeitsmarkt": {
    likely: [{ benefits: ["buergergeld"], work: "unemployedLong", age: 40 }],
    unlikely: [
      { work: "employed" },
      { benefits: ["buergergeld"], work: "unemployedLong", age: 22 },
    ],
    unknown: [{ benefits: ["buergergeld"], work: "unemployedLong" }],
  },
  "ganzheitliche-betreuung": {
    likely: [{ ...NO_INCOME_SINGLE, debts: "some" }],
    unlikely: [
      SINGLE_PARENT_LOW,
      { ...NO_INCOME_SINGLE, debts: "none", disability: "no", care: "none" },
    ],
    unknown: [NO_INCOME_SINGLE],
  },
  integrationskurs: {
    likely: [{ residence: "permit" }, { residence: "eu" }],
    unlikely: [{ residence: "german" }, { residence: "asylum" }],
    unknown: [{}],
  },
  berufssprachkurs: {
    likely: [{ residence: "permit", work: "unemployedShort" }],
    unlikely: [
      { residence: "german", work: "employed" },
      { residence: "permit", work: "retired" },
    ],
    unknown: [{ residence: "permit" }],
  },
  migrationsberatung: {
    likely: [{ residence: "eu" }, { residence: "asylum" }],
    unlikely: [{ residence: "german" }],
    unknown: [{}],
  },
};
