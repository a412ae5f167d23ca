import { describe, expect, it } from "vitest";
import type { Actor, CaseRef } from "~/domain/access/permissions";
import { prisma } from "~/utils/db.server";
import { authorize } from "./access.server";

const caseRef: CaseRef = {
  id: "case-1",
  citizenId: "cit-1",
  caseworkerId: "cw-1",
  deputyIds: [],
  teamId: "team-a",
};
const caseworker: Actor = {
  id: "cw-1",
  role: "CASEWORKER",
  active: true,
  teamId: "team-a",
  secondFactorVerified: true,
};
const other: Actor = {
  id: "cw-2",
  role: "CASEWORKER",
  active: true,
  teamId: "team-a",
  secondFactorVerified: true,
};
const admin: Actor = { id: "ad-1", role: "ADMIN", active: true, secondFactorVerified: true };

describe("authorize", () => {
  it("writes an audit row for every case-content read", async () => {
    await authorize(
      caseworker,
      "read",
      { type: "consultationNote", case: caseRef, authorId: "cw-1" },
      {
        entityType: "ConsultationNote",
        entityId: "note-1",
        caseId: caseRef.id,
        subjectUserId: caseRef.citizenId,
      },
    );
    const row = await prisma.auditLog.findFirstOrThrow({ where: { entityId: "note-1" } });
    expect(row).toMatchObject({
      actorId: "cw-1",
      actorRole: "CASEWORKER",
      action: "consultationNote.read",
      caseId: "case-1",
      subjectUserId: "cit-1",
    });
  });

  it("refuses and writes nothing for someone without need to know", async () => {
    await expect(
      authorize(
        other,
        "read",
        { type: "case", ...caseRef },
        { entityType: "Case", entityId: "case-refused" },
      ),
    ).rejects.toMatchObject({ status: 403 });
    expect(await prisma.auditLog.count({ where: { entityId: "case-refused" } })).toBe(0);
  });

  it("does not audit access that is not case content", async () => {
    await authorize(
      admin,
      "read",
      { type: "feedback" },
      { entityType: "AccessibilityFeedback", entityId: "fb-1" },
    );
    expect(await prisma.auditLog.count({ where: { entityId: "fb-1" } })).toBe(0);
  });
});
