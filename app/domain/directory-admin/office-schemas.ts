// The form of an office: address, contact, accessibility, opening hours and
// closures. Hour and closure lists come with blank rows; blank rows are ignored.
import { z } from "zod";
import { checkbox, optionalEmail, optionalPhone, optionalText, requiredText } from "./fields";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "8:00", "8.00" and "08:00" all mean 08:00. */
export function normalizeTime(value: string): string {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  return m ? `${m[1]!.padStart(2, "0")}:${m[2]}` : value.trim();
}

/** A date as typed in Germany ("24.12.2026") or ISO ("2026-12-24"), as ISO; else unchanged. */
export function normalizeDate(value: string): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : value.trim();
}

/** "2026-12-24" as shown in the form: "24.12.2026". */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

const time = z.string().trim().transform(normalizeTime).optional();
const date = z.string().trim().transform(normalizeDate).optional();

const coordinate = (limit: number) =>
  z
    .number({ invalid_type_error: "admin:validation.number" })
    .min(-limit, "admin:validation.number")
    .max(limit, "admin:validation.number")
    .optional()
    .transform((v) => v ?? null);

const HoursRow = z
  .object({
    weekday: z.number({ invalid_type_error: "validation.required" }).int().min(1).max(7).optional(),
    opensAt: time,
    closesAt: time,
    walkInOnly: checkbox,
  })
  .superRefine((row, ctx) => {
    if (!row.weekday && !row.opensAt && !row.closesAt) return;
    if (!row.weekday)
      ctx.addIssue({ code: "custom", path: ["weekday"], message: "validation.required" });
    for (const key of ["opensAt", "closesAt"] as const) {
      const v = row[key];
      if (!v) ctx.addIssue({ code: "custom", path: [key], message: "validation.required" });
      else if (!TIME.test(v))
        ctx.addIssue({ code: "custom", path: [key], message: "admin:validation.time" });
    }
    if (row.opensAt && row.closesAt && TIME.test(row.opensAt) && TIME.test(row.closesAt)) {
      if (row.closesAt <= row.opensAt) {
        ctx.addIssue({
          code: "custom",
          path: ["closesAt"],
          message: "admin:validation.closesBeforeOpens",
        });
      }
    }
  });

const ClosureRow = z
  .object({
    startsOn: date,
    endsOn: date,
    reason: z.string().trim().max(200, "validation.tooLong").optional(),
  })
  .superRefine((row, ctx) => {
    if (!row.startsOn && !row.endsOn && !row.reason) return;
    if (!row.startsOn)
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: "validation.required" });
    else if (!isCalendarDate(row.startsOn)) {
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: "admin:validation.date" });
    }
    if (row.endsOn && !isCalendarDate(row.endsOn)) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "admin:validation.date" });
    } else if (row.endsOn && row.startsOn && row.endsOn < row.startsOn) {
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "admin:validation.endsBeforeStarts",
      });
    }
    if (!row.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "validation.required" });
  });

export const OfficeSchema = z.object({
  name: requiredText(200),
  organizationId: z.string({ required_error: "validation.required" }).max(40),
  street: requiredText(200),
  postalCode: z
    .string({ required_error: "validation.required" })
    .trim()
    .regex(/^\d{5}$/, "admin:validation.postalCode"),
  city: requiredText(100),
  lat: coordinate(90),
  lng: coordinate(180),
  phone: optionalPhone,
  email: optionalEmail,
  accessibility: optionalText(4000),
  transportation: optionalText(4000),
  openingHours: z.array(HoursRow).transform((rows) =>
    rows
      .filter((r) => r.weekday)
      .map((r) => ({
        weekday: r.weekday!,
        opensAt: r.opensAt!,
        closesAt: r.closesAt!,
        walkInOnly: r.walkInOnly,
      }))
      .sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt)),
  ),
  closures: z.array(ClosureRow).transform((rows) =>
    rows
      .filter((r) => r.startsOn)
      .map((r) => ({ startsOn: r.startsOn!, endsOn: r.endsOn || r.startsOn!, reason: r.reason! }))
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
  ),
});

export type OfficeInput = z.infer<typeof OfficeSchema>;
