import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import {
  ABSOLUTE_MS,
  commitCookie,
  createSession,
  destroyAllSessions,
  getSession,
  INACTIVITY_MS,
} from "./session.server";

async function user(active = true) {
  return prisma.user.create({
    data: { email: `s-${Math.random().toString(36).slice(2)}@example.net`, name: "Test", active },
  });
}

async function requestWith(token: string) {
  const cookie = (await commitCookie(token)).split(";")[0]!;
  return new Request("http://localhost/de", { headers: { Cookie: cookie } });
}

describe("server-side sessions", () => {
  it("stores only the token's hash and finds the session by the cookie", async () => {
    const u = await user();
    const token = await createSession(u.id, { ipAddress: "127.0.0.1" });
    const rows = await prisma.session.findMany({ where: { userId: u.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toBe(token);
    const s = await getSession(await requestWith(token));
    expect(s?.user.id).toBe(u.id);
  });

  it("ends after inactivity", async () => {
    const u = await user();
    const t0 = new Date("2026-03-29T00:30:00Z");
    const token = await createSession(u.id, {}, t0);
    const req = await requestWith(token);
    expect(await getSession(req, new Date(t0.getTime() + INACTIVITY_MS - 1000))).not.toBeNull();
    // Activity moved lastSeenAt forward; idle again from there.
    expect(await getSession(req, new Date(t0.getTime() + 2 * INACTIVITY_MS + 1000))).toBeNull();
    expect(await prisma.session.count({ where: { userId: u.id } })).toBe(0);
  });

  it("ends at the absolute timeout even when active", async () => {
    const u = await user();
    const t0 = new Date("2026-10-25T00:00:00Z");
    const token = await createSession(u.id, {}, t0);
    const req = await requestWith(token);
    for (let t = t0.getTime(); t < t0.getTime() + ABSOLUTE_MS; t += INACTIVITY_MS / 2) {
      expect(await getSession(req, new Date(t))).not.toBeNull();
    }
    expect(await getSession(req, new Date(t0.getTime() + ABSOLUTE_MS + 1))).toBeNull();
  });

  it("gives nothing for a deactivated account", async () => {
    const u = await user();
    const token = await createSession(u.id, {});
    await prisma.user.update({ where: { id: u.id }, data: { active: false } });
    expect(await getSession(await requestWith(token))).toBeNull();
  });

  it("logout everywhere ends every session but the one kept", async () => {
    const u = await user();
    const a = await createSession(u.id, {});
    const b = await createSession(u.id, {});
    const sa = await getSession(await requestWith(a));
    expect(await destroyAllSessions(u.id, sa!.id)).toBe(1);
    expect(await getSession(await requestWith(a))).not.toBeNull();
    expect(await getSession(await requestWith(b))).toBeNull();
  });

  it("ignores forged or missing cookies", async () => {
    expect(await getSession(new Request("http://localhost/"))).toBeNull();
    expect(await getSession(await requestWith("x".repeat(43)))).toBeNull();
  });
});
