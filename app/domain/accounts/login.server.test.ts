import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { authenticate } from "./login.server";
import { consumeToken, issueToken, peekToken } from "./tokens.server";

const PW = "Tee-Fahrrad-Ufer-42";

async function citizen(verified = true) {
  return prisma.user.create({
    data: {
      email: `l-${Math.random().toString(36).slice(2)}@example.net`,
      name: "Login Test",
      passwordHash: await hashPassword(PW),
      emailVerifiedAt: verified ? new Date() : null,
    },
  });
}

describe("authenticate", () => {
  it("accepts the right password", async () => {
    const u = await citizen();
    expect(await authenticate(u.email, PW, "10.0.0.1")).toEqual({ ok: true, userId: u.id });
  });
  it("answers the same for a wrong password and an unknown address", async () => {
    const u = await citizen();
    expect(await authenticate(u.email, "wrong-password", "10.0.0.2")).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await authenticate("nobody-here@example.net", PW, "10.0.0.2")).toEqual({
      ok: false,
      error: "invalid",
    });
  });
  it("refuses unverified addresses and mails a new link", async () => {
    const u = await citizen(false);
    expect(await authenticate(u.email, PW, "10.0.0.3")).toEqual({ ok: false, error: "unverified" });
    expect(await prisma.outboxMail.count({ where: { to: u.email } })).toBe(1);
  });
  it("limits attempts per account, also for the right password", async () => {
    const u = await citizen();
    for (let i = 0; i < 5; i++) await authenticate(u.email, "wrong", `10.0.1.${i}`);
    expect(await authenticate(u.email, PW, "10.0.1.9")).toEqual({
      ok: false,
      error: "rateLimited",
    });
  });
  it("limits attempts per IP across accounts", async () => {
    for (let i = 0; i < 30; i++)
      await authenticate(`x${i}-${Math.random()}@example.net`, "wrong", "10.0.2.1");
    const u = await citizen();
    expect(await authenticate(u.email, PW, "10.0.2.1")).toEqual({
      ok: false,
      error: "rateLimited",
    });
    expect(await authenticate(u.email, PW, "10.0.2.2")).toMatchObject({ ok: true });
  });
  it("refuses deactivated accounts like a wrong password", async () => {
    const u = await citizen();
    await prisma.user.update({ where: { id: u.id }, data: { active: false } });
    expect(await authenticate(u.email, PW, "10.0.0.4")).toEqual({ ok: false, error: "invalid" });
  });
});

describe("one-time tokens", () => {
  it("work once, and only the newest of a purpose counts", async () => {
    const u = await citizen();
    const first = await issueToken("reset-password", u.id, u.email);
    const second = await issueToken("reset-password", u.id, u.email);
    expect(await peekToken("reset-password", first)).toBeNull();
    expect(await consumeToken("verify-email", second)).toBeNull();
    expect((await consumeToken("reset-password", second))?.userId).toBe(u.id);
    expect(await consumeToken("reset-password", second)).toBeNull();
  });
  it("expire after their time", async () => {
    const u = await citizen();
    const t0 = new Date();
    const token = await issueToken("reset-password", u.id, u.email, t0);
    expect(
      await peekToken("reset-password", token, new Date(t0.getTime() + 29 * 60 * 1000)),
    ).not.toBeNull();
    expect(
      await peekToken("reset-password", token, new Date(t0.getTime() + 31 * 60 * 1000)),
    ).toBeNull();
  });
});
