// Every mail in the recipient's language, as plain text plus simple HTML.
import { isLanguage, defaultLanguage, directionOf } from "~/i18n";
import { getFixedT } from "~/utils/i18n.server";
import type { OutgoingMail } from "~/utils/mail.server";

export type MailKind =
  "verifyEmail" | "accountExists" | "resetPassword" | "passwordChanged" | "accountCreated";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderMail(
  kind: MailKind,
  to: string,
  locale: string,
  vars: { name?: string; link?: string; minutes?: number; hours?: number },
): OutgoingMail {
  const lng = isLanguage(locale) ? locale : defaultLanguage;
  const t = getFixedT(lng, "mail");
  const tv = (key: string): string => String(t(`${kind}.${key}` as never, vars as never));
  const greeting = vars.name
    ? (t("greeting", { name: vars.name }) as string)
    : (t("greetingAnonymous") as string);
  const paragraphs = [tv("intro"), vars.link ? tv("action") : null, tv("note")].filter(
    (p): p is string => Boolean(p),
  );
  const signature = t("signature") as string;
  const footer = t("footer") as string;
  const text = [
    greeting,
    ...paragraphs.flatMap((p, i) => (i === 1 && vars.link ? [p, vars.link] : [p])),
    signature,
    footer,
  ].join("\n\n");
  const html = `<!doctype html><html lang="${lng}" dir="${directionOf(lng)}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p, i) => (i === 1 && vars.link ? `<p><a href="${escapeHtml(vars.link)}">${escapeHtml(p)}</a></p>` : `<p>${escapeHtml(p)}</p>`)).join("\n")}
<p>${escapeHtml(signature).replace(/\n/g, "<br>")}</p>
<p style="color:#555;font-size:0.9em">${escapeHtml(footer)}</p>
</body></html>`;
  return { to, locale: lng, subject: tv("subject"), text, html };
}
