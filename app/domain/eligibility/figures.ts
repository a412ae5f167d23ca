// Amounts the help finder uses for a ROUGH estimate of a household's need.
// They are a guide for "which way round" (Bürgergeld, or Wohngeld and
// Kinderzuschlag first), never a calculation of an entitlement: the offices
// compute the real figures from the application. Check them every January.
import type { IncomeBand } from "./answers";

/** Monthly Regelbedarfe under SGB II / SGB XII, 2025 and 2026 (unchanged). */
export const REGELBEDARF = {
  /** Single adult, also single parents. */
  single: 563,
  /** Each of two partners. */
  partner: 506,
  /** Adults under 25 in their parents' household (and other adults in someone's household). */
  adultChild: 451,
  youth14to17: 471,
  child6to13: 390,
  child0to5: 357,
} as const;

/** Kindergeld per child and month, 2026 (2025: 255 €). */
export const KINDERGELD = 259;

/** Kinderzuschlag at most per child and month (2025; unchanged in 2026). */
export const KINDERZUSCHLAG_MAX = 297;

/**
 * Kinderzuschlag needs a minimum income of the parents (§ 6a Abs. 1 Nr. 2 BKGG):
 * 600 € for single parents, 900 € for couples (gross). The finder asks for net
 * income, so the comparison is rough near the line.
 */
export const KINDERZUSCHLAG_MIN_INCOME = { single: 600, couple: 900 } as const;

/**
 * Income of the parents above their own need reduces the Kinderzuschlag by 45 %
 * (§ 6a Abs. 6 BKGG); it ends when the reduction eats it all up.
 */
export const KINDERZUSCHLAG_WITHDRAWAL = 0.45;

/**
 * Additional need of single parents (§ 21 Abs. 3 SGB II) as a share of the
 * single rate: 36 % with one child under 7 or two or three children under 16,
 * otherwise 12 % per minor child, at most 60 %.
 */
export const SINGLE_PARENT_EXTRA = { raised: 0.36, perChild: 0.12, max: 0.6 } as const;

/**
 * Very rough: what Wohngeld may add, as a share of the warm rent. Real Wohngeld
 * depends on household size, income, the Mietenstufe and the WoGG formula; the
 * finder only needs to know whether it could plausibly close the gap.
 */
export const WOHNGELD_ROUGH_SHARE = 0.5;

/**
 * Very rough upper limit of net household income for Wohngeld in Musterstadt:
 * 1,500 € for one person plus 550 € for each further member of the household.
 */
export const WOHNGELD_ROUGH_LIMIT = { first: 1500, perFurther: 550 } as const;

/** Regelaltersgrenze: 67 for everyone born from 1964; those turning 66 in 2025/2026 are in between. */
export const PENSION_AGE = { reached: 67, notYet: 65 } as const;

/** The income bands of the questionnaire as ranges in euros (net per month). */
export const INCOME_RANGE: Record<IncomeBand, { min: number; max: number }> = {
  none: { min: 0, max: 0 },
  under600: { min: 1, max: 599 },
  "600to1000": { min: 600, max: 1000 },
  "1000to1500": { min: 1000, max: 1500 },
  "1500to2000": { min: 1500, max: 2000 },
  "2000to3000": { min: 2000, max: 3000 },
  over3000: { min: 3000, max: Number.POSITIVE_INFINITY },
};
