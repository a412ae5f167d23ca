import { describe, expect, it } from "vitest";
import { Prisma } from "~/generated/prisma/client";
import {
  ATTEMPTS,
  Outcome,
  TryAgain,
  insertOrOutcome,
  isRetryable,
  isUniqueViolation,
  withRetries,
} from "./transaction.server";

const known = (code: string) =>
  new Prisma.PrismaClientKnownRequestError(`error ${code}`, { code, clientVersion: "6" });

describe("error classification", () => {
  it("treats a unique violation as an answer and lock contention as retryable", () => {
    expect(isUniqueViolation(known("P2002"))).toBe(true);
    expect(isUniqueViolation(known("P2003"))).toBe(false);
    for (const code of ["P1008", "P1018", "P2028", "P2034"])
      expect(isRetryable(known(code))).toBe(true);
    expect(isRetryable(new Error("SQLITE_BUSY: database is locked"))).toBe(true);
    expect(isRetryable(new Error("could not serialize access due to concurrent update"))).toBe(
      true,
    );
    expect(isRetryable(known("P2002"))).toBe(false);
    expect(isRetryable(new Error("no such table: Appointment"))).toBe(false);
  });
});

describe("withRetries", () => {
  it("retries contention and TryAgain, then returns the value", async () => {
    const errors = [known("P1008"), new TryAgain(), known("P2034")];
    let calls = 0;
    const result = await withRetries(async () => {
      calls++;
      const error = errors.shift();
      if (error) throw error;
      return "booked";
    });
    expect(result).toEqual({ ok: true, value: "booked" });
    expect(calls).toBe(4);
  });

  it("answers busy after ATTEMPTS tries, never throws for contention", async () => {
    let calls = 0;
    const result = await withRetries(async () => {
      calls++;
      throw known("P2028");
    });
    expect(result).toEqual({ ok: false, reason: "busy" });
    expect(calls).toBe(ATTEMPTS);
  });

  it("returns an Outcome as the answer and throws real faults", async () => {
    expect(await withRetries(() => Promise.reject(new Outcome("taken")))).toEqual({
      ok: false,
      reason: "taken",
    });
    await expect(withRetries(() => Promise.reject(new Error("disk full")))).rejects.toThrow(
      "disk full",
    );
  });

  it("turns a unique violation of an insert into its outcome", async () => {
    await expect(insertOrOutcome(() => Promise.reject(known("P2002")), "taken")).rejects.toEqual(
      new Outcome("taken"),
    );
    await expect(insertOrOutcome(() => Promise.reject(known("P2003")), "taken")).rejects.toThrow(
      "error P2003",
    );
    await expect(insertOrOutcome(() => Promise.resolve(), "taken")).resolves.toBeUndefined();
  });
});
