// Forms of the citizen booking pages (one zod schema per form, used by the
// page for its constraints and by the action). Messages are translation keys.
import { z } from "zod";
import { CHANNELS } from "./rules";

/** The field people do not see (bot check, app/domain/booking/bot-check.server.ts). */
export const HONEYPOT_FIELD = "website";
/** The signed time the form was shown. */
export const STAMP_FIELD = "shownAt";

const required = "validation.required";
const tooLong = "validation.tooLong";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => v ?? "");

/** The chosen time travels in hidden fields (and the query string: no personal data). */
export const PickFields = {
  start: z.string({ required_error: required }).datetime({ message: "booking:errors.pick" }),
  office: z.string({ required_error: required }).min(1).max(64),
  channel: z.enum(CHANNELS, { message: "booking:errors.pick" }),
  language: z.string().max(8).optional(),
};

export const DetailsFormSchema = z
  .object({
    ...PickFields,
    service: z.string().max(100).optional(),
    name: z.string({ required_error: required }).trim().min(1, required).max(200, tooLong),
    /** Guests only: an account's own address is used for account holders. */
    email: z.string().trim().toLowerCase().max(254, tooLong).optional(),
    phone: z
      .string()
      .trim()
      .max(50, tooLong)
      .regex(/^[+0-9 ()/-]*$/, "booking:errors.phone")
      .optional()
      .transform((v) => v ?? ""),
    reason: optionalText(2000),
    interpreter: z.boolean().optional().default(false),
    interpreterLanguage: optionalText(100),
    accessibility: optionalText(500),
    shownAt: z.string().optional(),
    website: z.string().optional(),
    guest: z.enum(["1", "0"]).default("1"),
  })
  .superRefine((v, ctx) => {
    if (v.guest === "1") {
      if (!v.email) ctx.addIssue({ code: "custom", path: ["email"], message: required });
      else if (!z.string().email().safeParse(v.email).success)
        ctx.addIssue({ code: "custom", path: ["email"], message: "validation.email" });
    }
    if (v.interpreter && !v.interpreterLanguage)
      ctx.addIssue({
        code: "custom",
        path: ["interpreterLanguage"],
        message: "booking:errors.interpreterLanguage",
      });
  });

export const PreparationSchema = z.object({
  intent: z.literal("prepare"),
  topics: optionalText(2000),
  ready: z
    .array(z.string().max(300))
    .max(60)
    .optional()
    .transform((v) => v ?? []),
});

export const PickFormSchema = z.object({ ...PickFields });
