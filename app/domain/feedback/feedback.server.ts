// Feedback on barriers (BITV NRW § 5): stored for the back office, every
// active administrator gets a short notice in their own language. The notice
// carries no content of the message (it may hold health or other personal
// data); the text is read in the back office.
import { defaultLanguage, directionOf, isLanguage, type Language } from "~/i18n";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { getFixedT } from "~/utils/i18n.server";
import { queueMail } from "~/utils/mail.server";
import { hit, LIMITS } from "~/utils/rate-limit.server";
import { isBot, type FeedbackInput } from "./schemas";

/** Where staff read feedback (back-office route, relative to the language). */
export const FEEDBACK_INBOX_PATH = "staff/feedback";

const TIME_ZONE = "Europe/Berlin";

export type SubmitFeedbackResult =
  { ok: true; id: string | null } | { ok: false; error: "rateLimited" };

export type FeedbackNotice = {
  id: string;
  locale: string;
  createdAt: Date;
  hasPage: boolean;
  canReply: boolean;
};

/**
 * Handles one submission of the feedback form: rate limit per client IP,
 * honeypot (a bot gets the same "thank you" but nothing is stored), the row,
 * then the notices to the administrators.
 */
export async function submitFeedback(
  input: FeedbackInput,
  { locale, clientIp }: { locale: Language; clientIp: string | null },
): Promise<SubmitFeedbackResult> {
  if (!(await hit(`feedback:ip:${clientIp ?? "unknown"}`, LIMITS.feedbackPerIp))) {
    return { ok: false, error: "rateLimited" };
  }
  if (isBot(input)) return { ok: true, id: null };
  const row = await prisma.accessibilityFeedback.create({
    data: {
      message: input.message,
      pageUrl: input.pageUrl ?? null,
      name: input.name ?? null,
      email: input.email ?? null,
      locale,
    },
    select: { id: true, locale: true, createdAt: true, pageUrl: true, email: true },
  });
  await notifyAdmins({
    id: row.id,
    locale: row.locale,
    createdAt: row.createdAt,
    hasPage: Boolean(row.pageUrl),
    canReply: Boolean(row.email),
  });
  return { ok: true, id: row.id };
}

/** Queues one notice per active administrator; returns how many were queued. */
export async function notifyAdmins(notice: FeedbackNotice): Promise<number> {
  const admins = await prisma.user.findMany({
    where: { role: "ADMIN", active: true },
    select: { email: true, name: true, locale: true },
  });
  let queued = 0;
  for (const admin of admins) {
    try {
      await queueMail(renderAdminNotice(admin, notice));
      queued++;
    } catch (error) {
      // The feedback itself is stored; a failed notice must not lose it.
      console.error("accessibility feedback: could not queue admin notice", error);
    }
  }
  return queued;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function languageName(code: string, inLanguage: Language): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The notice for one administrator, in the administrator's language (German as fallback). */
export function renderAdminNotice(
  admin: { email: string; name: string; locale: string },
  notice: FeedbackNotice,
): { to: string; locale: Language; subject: string; text: string; html: string } {
  const lng: Language = isLanguage(admin.locale) ? admin.locale : defaultLanguage;
  const t = getFixedT(lng, "legal");
  const date = new Intl.DateTimeFormat(lng, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(notice.createdAt);
  const link = new URL(`/${lng}/${FEEDBACK_INBOX_PATH}`, env.publicUrl).toString();
  const greeting = t("feedback.adminMail.greeting", { name: admin.name });
  const paragraphs = [
    t("feedback.adminMail.intro", { date, language: languageName(notice.locale, lng) }),
    notice.hasPage ? t("feedback.adminMail.pageGiven") : t("feedback.adminMail.pageMissing"),
    notice.canReply
      ? t("feedback.adminMail.replyPossible")
      : t("feedback.adminMail.replyNotPossible"),
    t("feedback.adminMail.privacy"),
  ];
  const action = t("feedback.adminMail.action");
  const deadline = t("feedback.adminMail.deadline");
  const signature = t("feedback.adminMail.signature");
  const text = [greeting, ...paragraphs, `${action}\n${link}`, deadline, signature].join("\n\n");
  const html = `<!doctype html><html lang="${lng}" dir="${directionOf(lng)}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>
<p>${escapeHtml(deadline)}</p>
<p>${escapeHtml(signature).replace(/\n/g, "<br>")}</p>
</body></html>`;
  return { to: admin.email, locale: lng, subject: t("feedback.adminMail.subject"), text, html };
}
