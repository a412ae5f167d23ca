// Running a booking transaction so that losing a race is an answer, not an
// error page: a unique violation on a lock row is "that time is taken", and a
// busy or conflicting database (SQLite's lock, PostgreSQL's serialization or
// deadlock errors, a transaction that waited too long) is retried a few times
// and then reported as "busy". Everything else is a real fault and is thrown.
import { Prisma } from "~/generated/prisma/client";

/** Lock contention and aborted transactions: nothing was written, so trying again is safe. */
const RETRYABLE_CODES = new Set([
  "P1008", // operation timed out (the libsql adapter's SQLITE_BUSY)
  "P1018", // transaction already closed (it ran into its timeout)
  "P2028", // transaction API error (could not start within maxWait, expired)
  "P2034", // write conflict or deadlock (PostgreSQL 40001 / 40P01)
]);
const RETRYABLE_TEXT = /SQLITE_BUSY|database is locked|could not serialize|deadlock detected/i;

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && RETRYABLE_CODES.has(error.code))
    return true;
  if (error instanceof Prisma.PrismaClientUnknownRequestError)
    return RETRYABLE_TEXT.test(error.message);
  return error instanceof Error && RETRYABLE_TEXT.test(error.message);
}

/**
 * Thrown inside a transaction to roll it back with a known outcome (the
 * transaction callback cannot return after a failed statement on PostgreSQL:
 * the whole transaction is aborted).
 */
export class Outcome<R extends string> extends Error {
  constructor(readonly reason: R) {
    super(`booking outcome: ${reason}`);
  }
}

/** Thrown inside an attempt to start it again from scratch (e.g. a row changed meanwhile). */
export class TryAgain extends Error {}

/**
 * Interactive transactions wait for SQLite's single writer (other processes
 * included) instead of failing fast; the adapter serialises a process's
 * transactions, so maxWait covers the queue in front of this one.
 */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

export const ATTEMPTS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` up to ATTEMPTS times while it fails with a retryable error
 * (or TryAgain), with a growing, jittered pause; then answers "busy". An
 * Outcome thrown by the attempt is its answer.
 */
export async function withRetries<T, R extends string>(
  attempt: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; reason: R | "busy" }> {
  for (let i = 1; ; i++) {
    try {
      return { ok: true, value: await attempt() };
    } catch (error) {
      if (error instanceof Outcome) return { ok: false, reason: error.reason as R };
      if (!(error instanceof TryAgain) && !isRetryable(error)) throw error;
      if (i >= ATTEMPTS) return { ok: false, reason: "busy" };
      await sleep(20 * 2 ** i * (0.5 + Math.random()));
    }
  }
}

/** Runs one insert; a unique violation becomes the given outcome (and rolls the transaction back). */
export async function insertOrOutcome<R extends string>(
  insert: () => Promise<unknown>,
  reason: R,
): Promise<void> {
  try {
    await insert();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Outcome(reason);
    throw error;
  }
}
