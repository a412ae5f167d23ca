// The forms of a service: its base data (one form for "new" and "edit") and
// its texts in one language. Used by the browser (Conform) and the action.
import { z } from "zod";
import { defaultLanguage } from "~/i18n";
import {
  checkbox,
  idList,
  isWebUrl,
  optionalText,
  optionalWebUrl,
  requiredText,
  slug,
} from "./fields";

export const CHANNEL_KINDS = ["PHONE", "EMAIL", "WEB", "IN_PERSON", "VIDEO"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Languages offered at a location: ISO 639-1/-3 codes, comma separated ("de,tr,ar"). */
export function normalizeLanguages(input: string): string[] | null {
  const codes = input
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (!codes.every((c) => /^[a-z]{2,3}$/.test(c))) return null;
  return [...new Set(codes)];
}

/**
 * One row of the channel list. The form always offers blank rows; a row
 * without value and label is ignored, so clearing a row removes the channel.
 */
const ChannelRow = z
  .object({
    kind: z.enum(CHANNEL_KINDS).optional(),
    value: z.string().trim().max(300, "validation.tooLong").optional(),
    label: z.string().trim().max(80, "validation.tooLong").optional(),
  })
  .superRefine((row, ctx) => {
    if (!row.value && !row.label) return;
    if (!row.kind) ctx.addIssue({ code: "custom", path: ["kind"], message: "validation.required" });
    if (!row.value) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "validation.required" });
      return;
    }
    if (row.kind === "EMAIL" && !z.string().email().safeParse(row.value).success) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "validation.email" });
    }
    if (row.kind === "WEB" && !isWebUrl(row.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "admin:validation.url" });
    }
  });

/** One row per office: offered here or not, in which languages. */
const LocationRow = z
  .object({
    officeId: z.string().max(40),
    offered: checkbox,
    languages: z.string().trim().max(60, "validation.tooLong").optional().default(""),
    note: optionalText(300),
  })
  .superRefine((row, ctx) => {
    if (row.offered && normalizeLanguages(row.languages) === null) {
      ctx.addIssue({ code: "custom", path: ["languages"], message: "admin:validation.languages" });
    }
  });

export const ServiceBaseSchema = z.object({
  slug,
  legalBasis: requiredText(300),
  responsibleOrganizationId: z
    .string({ required_error: "validation.required" })
    .max(40, "validation.tooLong"),
  emergency: checkbox,
  appliesFromApplicationMonth: checkbox,
  bookingTopicKey: z
    .string()
    .max(40, "validation.tooLong")
    .regex(/^[a-z0-9-]+$/, "admin:validation.slug")
    .optional()
    .transform((v) => v || null),
  keywords: optionalText(500),
  url: optionalWebUrl,
  categoryIds: idList,
  lifeSituationIds: idList,
  /** German titles of documents from the catalogue, in the order shown. */
  documents: z.array(z.string().max(300)),
  /** A document not yet in the catalogue (German title). */
  newDocument: optionalText(300),
  channels: z
    .array(ChannelRow)
    .transform((rows) =>
      rows
        .filter((r) => r.value)
        .map((r) => ({ kind: r.kind!, value: r.value!, label: r.label || null })),
    ),
  locations: z.array(LocationRow).transform((rows) =>
    rows
      .filter((r) => r.offered)
      .map((r) => ({
        officeId: r.officeId,
        languages: (normalizeLanguages(r.languages) ?? []).join(",") || defaultLanguage,
        note: r.note,
      })),
  ),
});

/** A new service starts with its German title and summary. */
export const ServiceCreateSchema = ServiceBaseSchema.extend({
  title: requiredText(200),
  summary: requiredText(1000),
});

export type ServiceBaseInput = z.infer<typeof ServiceBaseSchema>;
export type ServiceCreateInput = z.infer<typeof ServiceCreateSchema>;

/** The long texts of a service, in the order citizens read them. */
export const SERVICE_TEXT_FIELDS = [
  "title",
  "summary",
  "description",
  "eligibility",
  "benefits",
  "howToApply",
  "costs",
  "keywords",
] as const;
export type ServiceTextField = (typeof SERVICE_TEXT_FIELDS)[number];

const DocumentText = z.object({
  id: z.string().max(40),
  title: z.string().trim().max(300, "validation.tooLong").optional().default(""),
  note: optionalText(500),
});

/**
 * The texts of one language. German needs every document title (it is the
 * source); other languages may leave a document title empty (the German one
 * stands in).
 */
export function serviceTextsSchema(locale: string) {
  return z.object({
    title: requiredText(200),
    summary: requiredText(1000),
    description: optionalText(20000),
    eligibility: optionalText(20000),
    benefits: optionalText(20000),
    howToApply: optionalText(20000),
    costs: optionalText(4000),
    keywords: optionalText(1000),
    easyLanguage: optionalText(20000),
    /** A translator confirms an outdated translation still matches the German text. */
    confirmCurrent: checkbox,
    documents: z.array(
      DocumentText.superRefine((doc, ctx) => {
        if (locale === defaultLanguage && !doc.title) {
          ctx.addIssue({ code: "custom", path: ["title"], message: "validation.required" });
        }
      }),
    ),
  });
}

export type ServiceTextsInput = z.infer<ReturnType<typeof serviceTextsSchema>>;
