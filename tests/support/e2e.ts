// Fixtures for the browser journeys: each test gets its own client IP (the
// server trusts X-Forwarded-For from loopback in e2e runs) so rate limits of
// one test never hit another, its own data, and helpers for mail and axe.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import PostalMime from "postal-mime";

export const MAIL_DIR = path.resolve("data/e2e/mail");

export function uniqueEmail(prefix = "test"): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.net`;
}

export type ReceivedMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string | null;
  attachments: { filename: string | null; mimeType: string; content: string }[];
};

/** Waits until a mail to `to` (and matching `subject`) arrived at the SMTP sink. */
export async function waitForMail(
  to: string,
  subject?: RegExp,
  { timeoutMs = 15_000, nth = 1 }: { timeoutMs?: number; nth?: number } = {},
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // Oldest first: `nth` counts the matching mails in the order they arrived.
    const files = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).sort() : [];
    let seen = 0;
    for (const f of files) {
      const raw = fs.readFileSync(path.join(MAIL_DIR, f));
      const parsed = await PostalMime.parse(raw);
      const recipients = (parsed.to ?? []).map((a) => ("address" in a ? a.address : "")).join(",");
      if (!recipients.toLowerCase().includes(to.toLowerCase())) continue;
      if (subject && !subject.test(parsed.subject ?? "")) continue;
      if (++seen < nth) continue;
      const language = parsed.headers.find((h) => h.key === "content-language")?.value ?? null;
      return {
        to: recipients,
        subject: parsed.subject ?? "",
        text: parsed.text ?? "",
        html: parsed.html ?? "",
        language,
        attachments: parsed.attachments.map((a) => ({
          filename: a.filename,
          mimeType: a.mimeType,
          content: typeof a.content === "string" ? a.content : new TextDecoder().decode(a.content),
        })),
      };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `No mail to ${to}${subject ? ` matching ${subject}` : ""} within ${timeoutMs} ms`,
  );
}

export async function mailsTo(to: string): Promise<number> {
  if (!fs.existsSync(MAIL_DIR)) return 0;
  let n = 0;
  for (const f of fs.readdirSync(MAIL_DIR)) {
    const parsed = await PostalMime.parse(fs.readFileSync(path.join(MAIL_DIR, f)));
    if (
      (parsed.to ?? []).some((a) => "address" in a && a.address?.toLowerCase() === to.toLowerCase())
    )
      n++;
  }
  return n;
}

export function linkIn(mail: ReceivedMail): string {
  const match = mail.text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`No link in mail "${mail.subject}"`);
  return match[0];
}

export function totpCode(secret: string): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
  }).generate();
}

/** Axe (WCAG 2.1 A/AA) on the current page; fails with the list of violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe violations on ${page.url()}`,
  ).toEqual([]);
}

export const test = base.extend<{ clientIp: string }>({
  clientIp: async ({}, use) => {
    await use(
      `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`,
    );
  },
  context: async ({ context, clientIp }, use) => {
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": clientIp });
    await use(context);
  },
});

export { expect };
