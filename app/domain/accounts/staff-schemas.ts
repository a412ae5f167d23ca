// The form an administrator fills in to create a staff or partner account.
import { z } from "zod";
import { languages } from "~/i18n";

export const STAFF_ACCOUNT_ROLES = [
  "FRONT_DESK",
  "CASEWORKER",
  "TEAM_LEAD",
  "ADMIN",
  "PARTNER",
] as const;

export const CreateAccountSchema = z
  .object({
    name: z
      .string({ required_error: "validation.required" })
      .trim()
      .min(2, "validation.tooShort")
      .max(120, "validation.tooLong"),
    email: z
      .string({ required_error: "validation.required" })
      .trim()
      .max(254, "validation.tooLong")
      .email("validation.email")
      .transform((v) => v.toLowerCase()),
    role: z.enum(STAFF_ACCOUNT_ROLES, { errorMap: () => ({ message: "validation.required" }) }),
    locale: z.enum(languages, { errorMap: () => ({ message: "validation.required" }) }),
    teamId: z.string().max(40).optional(),
    organizationId: z.string().max(40).optional(),
  })
  .refine((v) => v.role !== "PARTNER" || Boolean(v.organizationId), {
    path: ["organizationId"],
    message: "staff:accounts.partnerNeedsOrganization",
  });
