// Mail goes through the outbox table first, so nothing is lost when the SMTP
// server is down or the process stops: a worker claims due rows in the
// database (safe with several processes), sends them with nodemailer and
// retries with growing pauses. Without SMTP_URL mails stay in the outbox (in
// demo mode a page lists them).
import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";

export type OutgoingMail = {
  to: string;
  locale: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: string; contentType: string }[];
};

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

/** Stores the mail, then tries to send it straight away (without waiting). */
export async function queueMail(mail: OutgoingMail): Promise<string> {
  const row = await prisma.outboxMail.create({
    data: {
      to: mail.to,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      attachments: mail.attachments ? JSON.stringify(mail.attachments) : null,
      // Set here rather than by the column default, so it is compared in the
      // same representation as the worker's "now".
      nextAttemptAt: new Date(),
    },
    select: { id: true },
  });
  if (transport()) track(deliverDue());
  return row.id;
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
        attachments: mail.attachments ? JSON.parse(mail.attachments) : undefined,
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
