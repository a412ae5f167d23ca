// Simple bot protection without third-party captchas: a booking form carries
// the time it was shown, signed by the server, and an empty field people do
// not see (a honeypot). A form sent back faster than a person could fill it,
// with a forged or reused-for-days stamp, or with the honeypot filled is
// refused with a message; what was typed is kept.
import { linkTokens } from "~/utils/link-secret.server";
import { safeEqual } from "~/utils/crypto.server";

/** Seconds a person needs at least to read and fill the form (BOOKING_MIN_FILL_SECONDS). */
export function minFillMs(): number {
  const seconds = Number(process.env.BOOKING_MIN_FILL_SECONDS ?? "3");
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 3000;
}

// Field names: plain constants live in ./schemas (pages may import them; this file is server-only).
export { HONEYPOT_FIELD, STAMP_FIELD } from "./schemas";

/** A form stamp stays valid for a day (a person may leave the page open). */
const MAX_AGE_MS = 24 * 3_600_000;

/** The stamp for a form shown now: "<ms>.<signature>". */
export async function formStamp(now = new Date()): Promise<string> {
  const sign = await linkTokens("form");
  const ms = String(now.getTime());
  return `${ms}.${sign(ms)}`;
}

export type BotVerdict = "ok" | "tooFast" | "invalid";

/** Whether a form submission looks like a person's. */
export async function checkHuman(
  form: { stamp: unknown; honeypot: unknown },
  now = new Date(),
): Promise<BotVerdict> {
  if (typeof form.honeypot === "string" && form.honeypot.trim() !== "") return "invalid";
  if (typeof form.stamp !== "string") return "invalid";
  const [ms, signature] = form.stamp.split(".");
  if (!ms || !signature || !/^\d{1,16}$/.test(ms)) return "invalid";
  const sign = await linkTokens("form");
  if (!safeEqual(sign(ms), signature)) return "invalid";
  const age = now.getTime() - Number(ms);
  if (age < 0 || age > MAX_AGE_MS) return "invalid";
  return age < minFillMs() ? "tooFast" : "ok";
}
