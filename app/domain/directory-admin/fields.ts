// Field rules shared by the directory forms. Messages are translation keys
// ("validation.*" in common, "admin:validation.*" for the directory's own).
import { z } from "zod";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const requiredText = (max: number) =>
  z
    .string({ required_error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong");

/** Optional text; empty becomes "". */
export const optionalText = (max: number) =>
  z.string().trim().max(max, "validation.tooLong").optional().default("");

export const slug = z
  .string({ required_error: "validation.required" })
  .trim()
  .max(80, "validation.tooLong")
  .regex(SLUG_PATTERN, "admin:validation.slug");

/** A complete http(s) address with a host. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** An http(s) address, or nothing (null). */
export const optionalWebUrl = z
  .string()
  .trim()
  .max(500, "validation.tooLong")
  .refine(isWebUrl, "admin:validation.url")
  .optional()
  .transform((v) => v || null);

export const optionalEmail = z
  .string()
  .trim()
  .max(254, "validation.tooLong")
  .email("validation.email")
  .optional()
  .transform((v) => v || null);

export const optionalPhone = z
  .string()
  .trim()
  .max(60, "validation.tooLong")
  .regex(/^[+0-9][0-9 ()/-]*$/, "admin:validation.phone")
  .optional()
  .transform((v) => v || null);

export const checkbox = z.boolean().default(false);

/** Ids chosen in a group of checkboxes. */
export const idList = z.array(z.string().max(40));
