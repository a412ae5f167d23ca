import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { deleteSavedAnswers, loadSavedAnswers, saveAnswers } from "./saved.server";

async function citizen() {
  return prisma.user.create({
    data: { email: `finder-${randomUUID()}@example.net`, name: "Test", role: "CITIZEN" },
    select: { id: true },
  });
}

describe("saved answers", () => {
  it("keeps one set per citizen, replaced on saving again", async () => {
    const { id } = await citizen();
    expect(await loadSavedAnswers(id)).toBeNull();
    await saveAnswers(id, { household: "alone", childAges: [7, 12] });
    await saveAnswers(id, { household: "partner", benefits: ["wohngeld"] });
    const saved = await loadSavedAnswers(id);
    expect(saved?.answers).toEqual({ household: "partner", benefits: ["wohngeld"] });
    expect(await prisma.helpFinderResult.count({ where: { userId: id } })).toBe(1);
  });

  it("is deleted on request and with the account", async () => {
    const a = await citizen();
    await saveAnswers(a.id, { age: 40 });
    expect(await deleteSavedAnswers(a.id)).toBe(1);
    expect(await loadSavedAnswers(a.id)).toBeNull();
    const b = await citizen();
    await saveAnswers(b.id, { age: 41 });
    await prisma.user.delete({ where: { id: b.id } });
    expect(await prisma.helpFinderResult.count({ where: { userId: b.id } })).toBe(0);
  });

  it("ignores stored answers that today's schema no longer accepts", async () => {
    const { id } = await citizen();
    await prisma.helpFinderResult.create({ data: { userId: id, answers: '{"age": 3}' } });
    expect(await loadSavedAnswers(id)).toBeNull();
    await deleteSavedAnswers(id);
    await prisma.helpFinderResult.create({ data: { userId: id, answers: "not json" } });
    expect(await loadSavedAnswers(id)).toBeNull();
  });

  it("stores only the answers, not who the person is or the result", async () => {
    const { id } = await citizen();
    await saveAnswers(id, { income: "600to1000" });
    const row = await prisma.helpFinderResult.findFirstOrThrow({ where: { userId: id } });
    expect(JSON.parse(row.answers)).toEqual({ income: "600to1000" });
  });
});
