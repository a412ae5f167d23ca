// The mails that tell a person about their appointment, in the language they
// booked in, as plain text plus simple HTML (like app/domain/mail/templates):
// - held: a guest's booking – confirm within the hold time on the manage page.
// - confirmed: everything to prepare (time, place with map, phone or video
//   link, documents, what the consultation covers, the reference with its QR
//   code, how to reschedule or cancel) and the calendar event (iMIP REQUEST).
// - rescheduled: the new time; iMIP REQUEST with the raised SEQUENCE.
// - cancelled: iMIP CANCEL (if the person ever got the event); staff's reason.
// - reminder: short: time, place, documents, reference, manage link.
// Subjects and calendar titles carry only the neutral topic label; for a
// sensitive appointment the reminder and the calendar file leave the documents
// out too (their titles can name the subject) and point to the manage page.
import { mapLink } from "~/utils/map-link";
import type { Prisma } from "~/generated/prisma/client";
import { directionOf } from "~/i18n";
import { TIME_ZONE } from "~/domain/scheduling/berlin-time";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { getFixedT } from "~/utils/i18n.server";
import { queueMail, type MailAttachment, type OutgoingMail } from "~/utils/mail.server";
import {
  addressLine,
  appointmentFacts,
  buildAppointmentIcs,
  type AppointmentFacts,
  type IcsMethod,
} from "./ical.server";
import { qrPng } from "./qr.server";
import { HOLD_MINUTES } from "./rules";

export type AppointmentNoticeKind = "held" | "confirmed" | "rescheduled" | "cancelled" | "reminder";

export interface AppointmentNotice {
  kind: AppointmentNoticeKind;
  appointmentId: string;
}

/**
 * Queues the mail about an appointment in the outbox (with `db`: inside that
 * transaction, so the mail exists exactly when the change commits). Nothing
 * happens when the appointment is unknown or has no mail address (booked at
 * the front desk for someone without one).
 */
export async function notifyAppointment(
  notice: AppointmentNotice,
  db?: Prisma.TransactionClient,
): Promise<void> {
  const facts = await appointmentFacts(notice.appointmentId, db ?? prisma);
  if (!facts?.citizenEmail) return;
  const to = facts.citizenEmail;
  await queueMail(await renderAppointmentMail(notice.kind, { ...facts, citizenEmail: to }), db);
}

/** A piece of text in both forms: plain, and escaped HTML with values bidi-isolated. */
interface Piece {
  text: string;
  html: string;
}

type Block =
  | { kind: "p"; piece: Piece; muted?: boolean }
  | { kind: "heading"; text: string }
  | { kind: "facts"; rows: { label: string; value: string }[] }
  | { kind: "link"; intro: Piece; href: string; label: string }
  | { kind: "list"; heading: string; items: string[] }
  | { kind: "qr"; cid: string; alt: string };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const bdi = (value: string) => `<bdi>${escapeHtml(value)}</bdi>`;

function renderBlocks(blocks: Block[]): { text: string; html: string } {
  const text = blocks
    .map((b): string => {
      switch (b.kind) {
        case "p":
          return b.piece.text;
        case "heading":
          return `${b.text}\n${"-".repeat(b.text.length)}`;
        case "facts":
          return b.rows.map((r) => `${r.label}: ${r.value}`).join("\n");
        case "link":
          return `${b.intro.text}\n${b.href}`;
        case "list":
          return [`${b.heading}:`, ...b.items.map((i) => `- ${i}`)].join("\n");
        case "qr":
          return "";
      }
    })
    .filter(Boolean)
    .join("\n\n");
  const html = blocks
    .map((b): string => {
      switch (b.kind) {
        case "p":
          return b.muted
            ? `<p style="color:#555;font-size:0.9em">${b.piece.html.replace(/\n/g, "<br>")}</p>`
            : `<p>${b.piece.html.replace(/\n/g, "<br>")}</p>`;
        case "heading":
          return `<h2 style="font-size:1.15em;margin:1.5em 0 0.5em">${escapeHtml(b.text)}</h2>`;
        case "facts":
          return `<table style="border-collapse:collapse">${b.rows
            .map(
              (r) =>
                `<tr><th scope="row" style="text-align:start;vertical-align:top;padding:0.25em 1em 0.25em 0">${escapeHtml(r.label)}</th><td style="padding:0.25em 0">${bdi(r.value)}</td></tr>`,
            )
            .join("")}</table>`;
        case "link":
          return `<p>${b.intro.html}<br><a href="${escapeHtml(b.href)}">${escapeHtml(b.label)}</a></p>`;
        case "list":
          return `<p style="margin-bottom:0.25em"><strong>${escapeHtml(b.heading)}</strong></p><ul style="margin-top:0">${b.items
            .map((i) => `<li>${escapeHtml(i)}</li>`)
            .join("")}</ul>`;
        case "qr":
          return `<p><img src="cid:${escapeHtml(b.cid)}" alt="${escapeHtml(b.alt)}" width="160" height="160"></p>`;
      }
    })
    .join("\n");
  return { text, html };
}

/** Placeholders that survive HTML escaping (control characters never occur in texts). */
const mark = (i: number) => `\u0001${i}\u0002`;

/**
 * The mail texts of one appointment, in its language. `say(key, vars)` gives
 * a Piece; the values in `vars` are bidi-isolated in HTML (references, phone
 * numbers, times inside Arabic text).
 */
function textsFor(facts: AppointmentFacts) {
  const t = getFixedT(facts.locale, "mail");
  const tc = getFixedT(facts.locale, "common");
  const tr = (key: string, vars?: Record<string, unknown>): string =>
    String(t(`appointment.${key}` as never, vars as never));
  const say = (key: string, vars: Record<string, string | number> = {}): Piece => {
    const names = Object.keys(vars);
    const marked = Object.fromEntries(names.map((name, i) => [name, mark(i)]));
    let html = escapeHtml(tr(key, marked));
    names.forEach((name, i) => {
      html = html.split(mark(i)).join(bdi(String(vars[name])));
    });
    return { text: tr(key, vars), html };
  };
  return { t, tc, tr, say };
}

function formatters(locale: string) {
  return {
    date: new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: "full" }),
    time: new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, timeStyle: "short" }),
    short: new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      dateStyle: "medium",
      timeStyle: "short",
    }),
  };
}

/** Which calendar message goes with a notice (none for holds and reminders). */
function icalMethodOf(kind: AppointmentNoticeKind, facts: AppointmentFacts): IcsMethod | null {
  if (kind === "confirmed" || kind === "rescheduled")
    return facts.status === "HELD" ? null : "REQUEST";
  // Only someone who got the event (confirmed at some point) needs it removed.
  if (kind === "cancelled") return facts.confirmedAt ? "CANCEL" : null;
  return null;
}

/** The mail of a notice, ready for the outbox (pure apart from drawing the QR code). */
export async function renderAppointmentMail(
  kind: AppointmentNoticeKind,
  facts: AppointmentFacts & { citizenEmail: string },
  options: { now?: Date } = {},
): Promise<OutgoingMail> {
  const now = options.now ?? new Date();
  const { t, tc, tr, say } = textsFor(facts);
  const fmt = formatters(facts.locale);
  // A label without a text (a topic added later) reads as the neutral one, never as a key.
  const topic = String(
    tc(`topics.${facts.topicLabel}` as never, { defaultValue: tc("topics.consultation") }),
  );
  const covers = String(tc(`topicCovers.${facts.topicLabel}` as never, { defaultValue: "" }));
  const when = tr("details.time", {
    date: fmt.date.format(facts.startsAt),
    start: fmt.time.format(facts.startsAt),
    end: fmt.time.format(facts.endsAt),
  });
  const origin = env.publicUrl.origin;
  const inPerson = facts.channel === "IN_PERSON";
  const p = (piece: Piece, muted = false): Block => ({ kind: "p", piece, muted });

  const details = (withPlace: boolean): Block[] => [
    { kind: "heading", text: tr("details.heading") },
    {
      kind: "facts",
      rows: [
        { label: tr("details.topic"), value: topic },
        { label: tr("details.when"), value: when },
        { label: tr("details.channel"), value: tc(`channels.${facts.channel}`) },
        ...(withPlace && inPerson
          ? [{ label: tr("details.where"), value: addressLine(facts.office) }]
          : []),
        { label: tr("details.reference"), value: facts.reference },
      ],
    },
  ];

  const place = (): Block[] => {
    if (inPerson) {
      return facts.office.lat !== null && facts.office.lng !== null
        ? [
            {
              kind: "link",
              intro: say("place.map"),
              href: mapLink(facts.office),
              label: tr("place.mapLink"),
            },
          ]
        : [];
    }
    if (facts.channel === "PHONE") {
      return [
        p(
          facts.citizenPhone
            ? say("place.phone", { phone: facts.citizenPhone })
            : say("place.phoneUnknown", { frontDesk: env.FRONT_DESK_PHONE }),
        ),
      ];
    }
    return facts.videoUrl
      ? [{ kind: "link", intro: say("place.video"), href: facts.videoUrl, label: facts.videoUrl }]
      : [p(say("place.videoPending"))];
  };

  const documents = (forReminder: boolean): Block[] => {
    if (facts.documents.length === 0) return [];
    if (forReminder && facts.sensitive) return [p(say("documents.onManagePage"))];
    return [
      {
        kind: "list",
        heading: tr(inPerson ? "documents.heading" : "documents.headingRemote"),
        items: facts.documents.map((d) => (d.note ? `${d.title} (${d.note})` : d.title)),
      },
    ];
  };

  const qrCid = `qr-${facts.reference}@termine.sozialagentur-musterstadt`;
  const reference = (): Block[] => [
    p(say(inPerson ? "reference.inPerson" : "reference.remote", { reference: facts.reference })),
    { kind: "qr", cid: qrCid, alt: tr("reference.qrAlt", { reference: facts.reference }) },
  ];

  const manage = (): Block[] => [
    { kind: "heading", text: tr("manage.heading") },
    {
      kind: "link",
      intro: say("manage.text"),
      href: facts.manageUrl,
      label: tr("manage.heading"),
    },
  ];

  const blocks: Block[] = [p(plain(t("greeting", { name: facts.citizenName })))];
  switch (kind) {
    case "held": {
      const minutes = facts.holdExpiresAt
        ? Math.max(1, Math.ceil((facts.holdExpiresAt.getTime() - now.getTime()) / 60_000))
        : HOLD_MINUTES;
      blocks.push(
        p(say("intro.held", { minutes })),
        {
          kind: "link",
          intro: say("confirm.how"),
          href: facts.manageUrl,
          label: tr("confirm.action"),
        },
        ...details(true),
        p(say("confirm.notYou", { minutes })),
      );
      break;
    }
    case "confirmed":
      blocks.push(
        p(say("intro.confirmed")),
        ...details(true),
        ...place(),
        ...(covers ? [{ kind: "heading", text: tr("covers") } as const, p(plain(covers))] : []),
        ...documents(false),
        ...reference(),
        ...manage(),
        p(say("calendar.add")),
      );
      break;
    case "rescheduled":
      blocks.push(
        p(say("intro.rescheduled")),
        ...details(true),
        ...place(),
        ...reference(),
        ...manage(),
        ...(icalMethodOf(kind, facts) ? [p(say("calendar.update"))] : []),
      );
      break;
    case "cancelled":
      blocks.push(
        p(say(facts.cancelledByStaff ? "intro.cancelledByStaff" : "intro.cancelled")),
        ...(facts.cancelledByStaff && facts.cancelReason
          ? [p(say("cancelReason", { reason: facts.cancelReason }))]
          : []),
        ...details(false),
        {
          kind: "link",
          intro: say("manage.rebook"),
          href: `${origin}/${facts.locale}/book`,
          label: tr("manage.rebookLink"),
        },
        ...(icalMethodOf(kind, facts) ? [p(say("calendar.cancel"))] : []),
      );
      break;
    case "reminder":
      blocks.push(
        p(say("intro.reminder")),
        ...details(true),
        ...place(),
        ...documents(true),
        ...reference(),
        ...manage(),
      );
      break;
  }
  blocks.push(p(plain(t("signature"))), p(plain(t("footer")), true));

  const { text, html } = renderBlocks(blocks);
  const lang = facts.locale;
  const attachments: MailAttachment[] = blocks.some((b) => b.kind === "qr")
    ? [
        {
          filename: `${facts.reference}.png`,
          content: (await qrPng(facts.reference)).toString("base64"),
          contentType: "image/png",
          encoding: "base64",
          cid: qrCid,
        },
      ]
    : [];
  const method = icalMethodOf(kind, facts);
  return {
    to: facts.citizenEmail,
    locale: lang,
    subject: tr(`subject.${kind}`, { topic, date: fmt.short.format(facts.startsAt) }),
    text,
    html: `<!doctype html><html lang="${lang}" dir="${directionOf(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(topic)}</title></head><body style="font-family:sans-serif;line-height:1.5;max-width:40em">\n${html}\n</body></html>`,
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(method
      ? {
          icalEvent: {
            method,
            filename: `termin-${facts.reference}.ics`,
            content: buildAppointmentIcs(facts, method, { now }),
          },
        }
      : {}),
  };
}

/** A text that carries no values to isolate. */
function plain(text: string): Piece {
  return { text, html: escapeHtml(text) };
}
