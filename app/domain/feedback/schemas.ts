// The electronic feedback form of the accessibility statement (§ 10b Abs. 2
// Nr. 2 BGG NRW, § 5 BITV NRW). Shared by the browser (Conform constraints) and
// the server (parseWithZod). Messages are translation keys: plain ones from the
// `common` namespace, `legal:`-prefixed ones from `legal`.
import { z } from "zod";

export const MAX_MESSAGE = 5000;
export const MAX_PAGE = 500;
export const MAX_NAME = 120;
export const MAX_EMAIL = 254;

/** Name of the honeypot field: invisible to people, filled in by bots. */
export const HONEYPOT_FIELD = "homepage";

/**
 * Optional text: missing, empty or only blanks all mean "not given". The cast
 * only states the input type (a string from the form), which `preprocess`
 * would otherwise widen to `unknown`.
 */
function optional<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    schema.optional(),
  ) as unknown as z.ZodEffects<z.ZodOptional<T>, z.output<T> | undefined, string | undefined>;
}

export const FeedbackSchema = z.object({
  message: z
    .string({ required_error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(MAX_MESSAGE, "validation.tooLong"),
  /** The page concerned: a URL or a description ("the appointment calendar"). */
  pageUrl: optional(z.string().trim().max(MAX_PAGE, "validation.tooLong")),
  name: optional(z.string().trim().max(MAX_NAME, "validation.tooLong")),
  /** Only needed for a reply; checked when given. */
  email: optional(
    z
      .string()
      .trim()
      .max(MAX_EMAIL, "validation.tooLong")
      .email("validation.email")
      .transform((v) => v.toLowerCase()),
  ),
  [HONEYPOT_FIELD]: z.string().optional(),
});

export type FeedbackInput = z.infer<typeof FeedbackSchema>;

/** True when the honeypot field was filled in: a bot, not a person. */
export function isBot(input: Pick<FeedbackInput, typeof HONEYPOT_FIELD>): boolean {
  return Boolean(input[HONEYPOT_FIELD]?.trim());
}
