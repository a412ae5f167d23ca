// Mail goes through the outbox table first, so nothing is lost when the SMTP
// server is down or the process stops: a worker claims due rows in the
// database (safe with several processes), sends them with nodemailer and
// retries with growing pauses. Without SMTP_URL mails stay in the outbox (in
// demo mode a page lists them).
//
// A mail may carry a calendar event (iMIP, RFC 6047): it is stored as one
// more entry of the `attachments` JSON (marked `kind: "icalEvent"`) and sent
// with nodemailer's `icalEvent` option, i.e. as a `text/calendar; method=…`
// alternative part (which calendar-aware mail programs act on) plus the same
// file as an attachment (which any program can open).
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";

export type MailAttachment = {
  filename: string;
  /** Text, or base64 when `encoding` is "base64" (binary files such as images). */
  content: string;
  contentType: string;
  encoding?: "base64";
  /** Content-ID: an inline image the HTML part shows with <img src="cid:…">. */
  cid?: string;
};

/** An iTIP message (RFC 5546) sent the iMIP way: the METHOD must match the file's METHOD. */
export type IcalEvent = {
  method: "REQUEST" | "CANCEL" | "PUBLISH";
  filename: string;
  content: string;
};

export type OutgoingMail = {
  to: string;
  locale: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  icalEvent?: IcalEvent;
};

/** How the calendar event is kept among the stored attachments. */
type StoredIcalEvent = IcalEvent & { kind: "icalEvent" };

/** The `attachments` column: the attachments plus, if any, the calendar event. */
export function storedAttachments(mail: Pick<OutgoingMail, "attachments" | "icalEvent">) {
  const entries: (MailAttachment | StoredIcalEvent)[] = [...(mail.attachments ?? [])];
  if (mail.icalEvent) entries.push({ kind: "icalEvent", ...mail.icalEvent });
  return entries.length > 0 ? JSON.stringify(entries) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * The nodemailer options for a stored `attachments` column. Only known fields
 * are passed on (never `path` or `href`: nodemailer would read files or URLs).
 */
export function sendOptionsOf(
  stored: string | null,
): Pick<SendMailOptions, "attachments" | "icalEvent"> {
  const entries: unknown = stored ? JSON.parse(stored) : [];
  if (!Array.isArray(entries)) return {};
  const attachments: NonNullable<SendMailOptions["attachments"]> = [];
  let icalEvent: SendMailOptions["icalEvent"];
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const content = str(entry.content) ?? "";
    if (entry.kind === "icalEvent") {
      icalEvent = {
        method: str(entry.method) ?? "PUBLISH",
        filename: str(entry.filename) ?? "invite.ics",
        content,
      };
      continue;
    }
    attachments.push({
      filename: str(entry.filename),
      content,
      contentType: str(entry.contentType),
      ...(entry.encoding === "base64" ? { encoding: "base64" } : {}),
      ...(str(entry.cid) ? { cid: str(entry.cid) } : {}),
    });
  }
  return {
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(icalEvent ? { icalEvent } : {}),
  };
}

const STALE_CLAIM_MS = 5 * 60 * 1000;
const MAX_BACKOFF_MS = 60 * 60 * 1000;

let transporter: { url: string; transport: Transporter } | null = null;
/** The SMTP transport, or null when mail stays in the outbox (no SMTP_URL). */
function transport(): Transporter | null {
  const url = process.env.SMTP_URL || env.SMTP_URL;
  if (!url) return null;
  if (transporter?.url !== url) transporter = { url, transport: nodemailer.createTransport(url) };
  return transporter.transport;
}

/**
 * Stores the mail, then tries to send it straight away (without waiting).
 * Given a transaction client, the row is written inside that transaction (it
 * exists exactly when the caller's change commits) and is sent by the worker's
 * next round, or at once when the caller calls `deliverSoon()` after commit.
 */
export async function queueMail(
  mail: OutgoingMail,
  db?: Prisma.TransactionClient,
): Promise<string> {
  const row = await (db ?? prisma).outboxMail.create({
    data: {
      to: mail.to,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      attachments: storedAttachments(mail),
      // Set here rather than by the column default, so it is compared in the
      // same representation as the worker's "now".
      nextAttemptAt: new Date(),
    },
    select: { id: true },
  });
  if (!db) deliverSoon();
  return row.id;
}

/** Starts sending due mails in the background (e.g. after a transaction that queued some). */
export function deliverSoon(): void {
  if (transport()) track(deliverDue());
}

const inFlight = new Set<Promise<unknown>>();
function track(p: Promise<unknown>) {
  const settled = p.catch(() => undefined).finally(() => inFlight.delete(settled));
  inFlight.add(settled);
}

/** Waits for deliveries started in the background (for tests and shutdown). */
export async function settleDeliveries(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 15_000 * 2 ** Math.max(0, attempts - 1));
}

/** Sends every due mail once; returns how many were sent. */
export async function deliverDue(
  now = new Date(),
  limit = 20,
  smtp: Transporter | null = transport(),
): Promise<number> {
  if (!smtp) return 0;
  // Claims left behind by a process that died are taken over after a while.
  await prisma.outboxMail.updateMany({
    where: { status: "sending", claimedAt: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
    data: { status: "pending" },
  });
  const due = await prisma.outboxMail.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of due) {
    const claim = await prisma.outboxMail.updateMany({
      where: { id, status: "pending" },
      data: { status: "sending", claimedAt: new Date(), attempts: { increment: 1 } },
    });
    if (claim.count !== 1) continue; // another process took it
    const mail = await prisma.outboxMail.findUniqueOrThrow({ where: { id } });
    try {
      await smtp.sendMail({
        from: env.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        headers: { "Content-Language": mail.locale },
        ...sendOptionsOf(mail.attachments),
      });
      await prisma.outboxMail.update({
        where: { id },
        data: { status: "sent", sentAt: new Date(), lastError: null },
      });
      sent++;
    } catch (error) {
      await prisma.outboxMail.update({
        where: { id },
        data: {
          status: "pending",
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + backoffMs(mail.attempts)),
        },
      });
    }
  }
  return sent;
}

let timer: NodeJS.Timeout | null = null;

/** Polls the outbox in the background of a server process. */
export function startMailWorker(intervalMs = 10_000): void {
  if (timer || !transport()) return;
  timer = setInterval(
    () => track(deliverDue().catch((e) => console.error("mail worker", e))),
    intervalMs,
  );
  timer.unref();
}
