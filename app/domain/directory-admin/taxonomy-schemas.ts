// The form of a category or life situation: slug, position and the title and
// description in every language. German is required; another language left
// empty has no translation (citizens then read the German text, marked).
import { z } from "zod";
import { defaultLanguage, languages, type Language } from "~/i18n";
import { slug } from "./fields";

export const TAXONOMIES = ["categories", "life-situations"] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

export function isTaxonomy(value: unknown): value is Taxonomy {
  return typeof value === "string" && (TAXONOMIES as readonly string[]).includes(value);
}

const title = z.string().trim().max(200, "validation.tooLong").optional().default("");
const description = z.string().trim().max(2000, "validation.tooLong").optional().default("");

/** A translation: empty means none; a description needs a title. */
const TermText = z.object({ title, description }).superRefine((text, ctx) => {
  if (text.description && !text.title) {
    ctx.addIssue({ code: "custom", path: ["title"], message: "validation.required" });
  }
});

/** The German source text: the title is required. */
const GermanTermText = z.object({
  title: title.refine(Boolean, "validation.required"),
  description,
});

export const TermSchema = z.object({
  slug,
  sort: z
    .number({ invalid_type_error: "admin:validation.number" })
    .int("admin:validation.number")
    .min(0, "admin:validation.number")
    .max(100000, "admin:validation.number")
    .default(0),
  texts: z.object({
    ...(Object.fromEntries(languages.map((l) => [l, TermText])) as Record<
      Language,
      typeof TermText
    >),
    [defaultLanguage]: GermanTermText,
  }),
});

export type TermInput = z.infer<typeof TermSchema>;
