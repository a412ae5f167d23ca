// The help finder's questions. Every answer is optional: a citizen may skip any
// question, and the evaluator then says "unknown" instead of guessing. The same
// schema parses the questionnaire and the hidden fields that carry the answers
// on from the result page (they never travel in a URL).
import { z } from "zod";

export const HOUSEHOLD = ["alone", "partner"] as const;
export const YES_NO = ["yes", "no"] as const;
export const WORK = [
  "employed",
  "selfEmployed",
  "minijob",
  "unemployedShort",
  "unemployedLong",
  "sick",
  "reducedCapacity",
  "retired",
  "education",
  "homeCare",
] as const;
/** Net household income per month, without Kindergeld, Wohngeld, Kinderzuschlag and Bürgergeld. */
export const INCOME = [
  "none",
  "under600",
  "600to1000",
  "1000to1500",
  "1500to2000",
  "2000to3000",
  "over3000",
] as const;
export const HOUSING = ["rent", "own", "family", "homeless"] as const;
export const RESIDENCE = ["german", "eu", "permit", "asylum"] as const;
export const CARE = ["none", "self", "relative", "both"] as const;
export const DEBTS = ["none", "some", "housing"] as const;
/** Benefits the household already receives (checkboxes: none ticked means none). */
export const BENEFITS = [
  "buergergeld",
  "sozialhilfe",
  "grundsicherung",
  "asylblg",
  "wohngeld",
  "kinderzuschlag",
  "kindergeld",
  "arbeitslosengeld",
] as const;

export type Work = (typeof WORK)[number];
export type IncomeBand = (typeof INCOME)[number];
export type Benefit = (typeof BENEFITS)[number];
export type Residence = (typeof RESIDENCE)[number];

/** Input fields for the ages of children: enough for most families, few enough for one page. */
export const MAX_CHILD_AGES = 6;
export const MAX_CHILDREN = 15;
export const MAX_RENT = 5000;
export const MAX_DEBT = 10_000_000;

/** Every question, in the order of the form; used for "what we would need to know". */
export const QUESTIONS = [
  "household",
  "childrenCount",
  "childAges",
  "expecting",
  "age",
  "work",
  "disability",
  "care",
  "residence",
  "income",
  "housing",
  "rent",
  "debts",
  "debtAmount",
  "benefits",
] as const;
export type QuestionId = (typeof QUESTIONS)[number];

/** Missing, empty or blank all mean "skipped". */
function blankToUndefined(v: unknown): unknown {
  return typeof v === "string" && v.trim() === "" ? undefined : v;
}

function choice<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    blankToUndefined,
    z.enum(values, { message: "finder:validation.choice" }).optional(),
  );
}

function whole(min: number, max: number, tooBig = "finder:validation.tooBig") {
  return z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ invalid_type_error: "finder:validation.number" })
      .int("finder:validation.whole")
      .min(min, "finder:validation.tooSmall")
      .max(max, tooBig)
      .optional(),
  );
}

export const AnswersSchema = z
  .object({
    household: choice(HOUSEHOLD),
    /** Children under 25 living in the household. */
    childrenCount: whole(0, MAX_CHILDREN),
    /** Their ages in years, as far as given (holes from empty inputs are dropped). */
    childAges: z
      .array(whole(0, 24, "finder:validation.childTooOld"))
      .max(MAX_CHILD_AGES)
      .optional()
      .transform((ages) => ages?.filter((a): a is number => a !== undefined)),
    expecting: choice(YES_NO),
    age: whole(15, 120),
    work: choice(WORK),
    disability: choice(YES_NO),
    care: choice(CARE),
    residence: choice(RESIDENCE),
    income: choice(INCOME),
    housing: choice(HOUSING),
    /** Warm rent (or housing costs of owners) per month in euros. */
    rent: whole(0, MAX_RENT),
    debts: choice(DEBTS),
    debtAmount: whole(0, MAX_DEBT),
    benefits: z
      .preprocess(
        (v) => (v === undefined || v === "" ? undefined : Array.isArray(v) ? v : [v]),
        z.array(z.enum(BENEFITS, { message: "finder:validation.choice" })).optional(),
      )
      .transform((list) => (list && list.length > 0 ? [...new Set(list)] : undefined)),
  })
  .superRefine((a, ctx) => {
    const ages = a.childAges?.length ?? 0;
    if (a.childrenCount !== undefined && ages > a.childrenCount) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["childAges"],
        message: "finder:validation.moreAgesThanChildren",
      });
    }
  });

/** The answers after parsing: everything optional. */
export type Answers = z.output<typeof AnswersSchema>;

/**
 * The answers as form fields (name, value), for hidden inputs and for the
 * form's default values. Parsing these with AnswersSchema gives the answers back.
 */
export function answersToFields(answers: Answers): [string, string][] {
  const out: [string, string][] = [];
  for (const q of QUESTIONS) {
    const value = answers[q];
    if (value === undefined) continue;
    if (q === "childAges") {
      (value as number[]).forEach((age, i) => out.push([`childAges[${i}]`, String(age)]));
    } else if (q === "benefits") {
      for (const b of value as Benefit[]) out.push(["benefits", b]);
    } else {
      out.push([q, String(value)]);
    }
  }
  return out;
}

/** Default values for Conform's useForm (strings, as a form would hold them). */
export function answersToDefaults(answers: Answers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const q of QUESTIONS) {
    const value = answers[q];
    if (value === undefined) continue;
    if (q === "childAges") out.childAges = (value as number[]).map(String);
    else if (q === "benefits") out.benefits = value as Benefit[];
    else out[q] = String(value);
  }
  return out;
}

/** True when no question was answered at all. */
export function isEmpty(answers: Answers): boolean {
  return QUESTIONS.every((q) => {
    const v = answers[q];
    return v === undefined || (Array.isArray(v) && v.length === 0);
  });
}
