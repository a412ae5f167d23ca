// Configuration from the environment, read and checked once.
import { z } from "zod";

const flag = z
  .string()
  .optional()
  .transform((v) => v === "1" || v === "true");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  PUBLIC_URL: z.string().url().optional(),
  /** Set by `npm run demo` only: demo accounts skip the second factor; the outbox page is shown. */
  DEMO_MODE: flag,
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Sozialagentur Musterstadt <no-reply@sozialagentur.example>"),
  /** Express "trust proxy" value; only then is X-Forwarded-For used for the client IP. */
  TRUST_PROXY: z.string().optional(),
  /** Front-desk phone number shown to citizens. */
  FRONT_DESK_PHONE: z.string().default("+49 1234 567-0"),
});

export type Env = z.infer<typeof schema> & { publicUrl: URL; secureCookies: boolean };

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.parse(source);
  const publicUrl = new URL(parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(publicUrl.hostname);
  const secureCookies =
    publicUrl.protocol === "https:" || (parsed.NODE_ENV === "production" && !local);
  return { ...parsed, publicUrl, secureCookies };
}

export const env: Env = readEnv();
