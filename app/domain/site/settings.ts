import { z } from "zod";

/** Keys of the site settings administrators maintain. */
export const SIGN_LANGUAGE_VIDEO_URL = "signLanguageVideoUrl";

export const SettingsSchema = z.object({
  signLanguageVideoUrl: z
    .string()
    .trim()
    .max(500, "validation.tooLong")
    .url("validation.url")
    .refine((v) => v.startsWith("https://"), "validation.httpsUrl")
    .optional(),
});
