import { describe, expect, it } from "vitest";
import {
  assertCan,
  auditAction,
  can,
  caseListScope,
  ForbiddenError,
  isCaseContent,
  type AccessContext,
  type Action,
  type Actor,
  type CaseRef,
  type Resource,
} from "./permissions";

// ---- The fixture world -------------------------------------------------------------------

function staff(id: string, role: Actor["role"], teamId: string | null = null): Actor {
  return { id, role, active: true, teamId, organizationId: "agency", secondFactorVerified: true };
}

const actors = {
  citizen1: { id: "citizen1", role: "CITIZEN", active: true, secondFactorVerified: false },
  citizen2: { id: "citizen2", role: "CITIZEN", active: true, secondFactorVerified: false },
  cwA1: staff("cwA1", "CASEWORKER", "teamA"),
  cwA2: staff("cwA2", "CASEWORKER", "teamA"),
  cwB: staff("cwB", "CASEWORKER", "teamB"),
  deputyA: staff("deputyA", "CASEWORKER", "teamA"),
  leadA: staff("leadA", "TEAM_LEAD", "teamA"),
  leadB: staff("leadB", "TEAM_LEAD", "teamB"),
  frontDesk: staff("frontDesk", "FRONT_DESK"),
  admin: staff("admin", "ADMIN"),
  partnerP: { ...staff("partnerP", "PARTNER"), organizationId: "orgP" },
  partnerQ: { ...staff("partnerQ", "PARTNER"), organizationId: "orgQ" },
  anonymous: null,
} satisfies Record<string, Actor | null>;

type Name = keyof typeof actors;
const names = Object.keys(actors) as Name[];
const EVERYONE = names;

const case1: CaseRef = {
  id: "case1",
  citizenId: "citizen1",
  caseworkerId: "cwA1",
  deputyIds: ["deputyA"],
  teamId: "teamA",
};
const case2: CaseRef = {
  ...case1,
  id: "case2",
  citizenId: "citizen2",
  caseworkerId: "cwA2",
  deputyIds: [],
};
const case3: CaseRef = { ...case2, id: "case3", caseworkerId: "cwB", teamId: "teamB" };
const unassigned: CaseRef = { ...case1, id: "case4", caseworkerId: null, deputyIds: [] };
/** Team lead A stands in as deputy on this one. */
const case5: CaseRef = { ...case1, id: "case5", caseworkerId: "cwA2", deputyIds: ["leadA"] };

const appt = (citizenId: string | null, staffId: string, caseRef: CaseRef | null) =>
  ({
    type: "appointment",
    id: "a",
    citizenId,
    staffId,
    officeId: "o1",
    caseId: caseRef?.id,
    caseRef,
  }) as const;
const referral = (org: string, c: CaseRef, consentActive: boolean) =>
  ({ type: "referral", id: "r", partnerOrganizationId: org, case: c, consentActive }) as const;
const plan = (c: CaseRef, published: boolean) =>
  ({ type: "supportPlan", case: c, published }) as const;
const note = (c: CaseRef, authorId: string) =>
  ({ type: "consultationNote", case: c, authorId }) as const;
const doc = (c: CaseRef | null, ownerId: string) =>
  ({ type: "document", case: c, ownerId }) as const;
const msg = (c: CaseRef | null, senderId: string, recipientId: string) =>
  ({ type: "message", case: c, senderId, recipientId }) as const;
const trail = (c: CaseRef | null, subjectUserId: string) =>
  ({ type: "auditTrail", case: c, subjectUserId }) as const;
const account = (id: string | null, role: Actor["role"]) =>
  ({ type: "account", id, role }) as const;

// ---- The matrix: who may; everybody else must be denied -------------------------------

type Row = {
  what: string;
  action: Action;
  resource: Resource;
  allowed: Name[];
  ctx?: AccessContext;
};

// One line per record and verb reads as a table; prettier would spread each over six lines.
// prettier-ignore
const matrix: Row[] = [
  // cases
  { what: "case1", action: "read", resource: { type: "case", ...case1 }, allowed: ["citizen1", "cwA1", "deputyA", "leadA"] },
  { what: "case1", action: "update", resource: { type: "case", ...case1 }, allowed: ["cwA1", "deputyA"] },
  { what: "case1", action: "assign", resource: { type: "case", ...case1 }, allowed: ["leadA"] },
  { what: "case2", action: "read", resource: { type: "case", ...case2 }, allowed: ["citizen2", "cwA2", "leadA"] },
  { what: "case2", action: "update", resource: { type: "case", ...case2 }, allowed: ["cwA2"] },
  { what: "case3 (team B)", action: "read", resource: { type: "case", ...case3 }, allowed: ["citizen2", "cwB", "leadB"] },
  { what: "case3 (team B)", action: "assign", resource: { type: "case", ...case3 }, allowed: ["leadB"] },
  { what: "unassigned case", action: "read", resource: { type: "case", ...unassigned }, allowed: ["citizen1", "leadA"] },
  { what: "unassigned case", action: "update", resource: { type: "case", ...unassigned }, allowed: [] },
  { what: "unassigned case", action: "assign", resource: { type: "case", ...unassigned }, allowed: ["leadA"] },
  { what: "new case for cwA1 in team A", action: "create", resource: { type: "case", ...case1 }, allowed: ["cwA1", "leadA"] },
  { what: "new case for cwA1 in team B", action: "create", resource: { type: "case", ...case1, teamId: "teamB" }, allowed: ["leadB"] },
  // assessments (special categories included)
  { what: "special-category assessment case1", action: "read", resource: { type: "assessment", case: case1, specialCategory: true }, allowed: ["cwA1", "deputyA"] },
  { what: "assessment case1", action: "update", resource: { type: "assessment", case: case1, specialCategory: false }, allowed: ["cwA1", "deputyA"] },
  { what: "assessment case3", action: "create", resource: { type: "assessment", case: case3, specialCategory: false }, allowed: ["cwB"] },
  // support plans
  { what: "draft plan case1", action: "read", resource: plan(case1, false), allowed: ["cwA1", "deputyA"] },
  { what: "draft plan case1", action: "update", resource: plan(case1, false), allowed: ["cwA1", "deputyA"] },
  { what: "draft plan case1", action: "publish", resource: plan(case1, false), allowed: ["cwA1", "deputyA"] },
  { what: "draft plan case1", action: "completeStep", resource: plan(case1, false), allowed: [] },
  { what: "new plan case1", action: "create", resource: plan(case1, false), allowed: ["cwA1", "deputyA"] },
  { what: "published plan case1", action: "read", resource: plan(case1, true), allowed: ["citizen1", "cwA1", "deputyA"] },
  { what: "published plan case1", action: "update", resource: plan(case1, true), allowed: [] },
  { what: "published plan case1", action: "publish", resource: plan(case1, true), allowed: [] },
  { what: "published plan case1", action: "completeStep", resource: plan(case1, true), allowed: ["citizen1", "cwA1", "deputyA"] },
  { what: "published plan case2", action: "read", resource: plan(case2, true), allowed: ["citizen2", "cwA2"] },
  { what: "published plan case5 (lead deputy)", action: "read", resource: plan(case5, true), allowed: ["citizen1", "cwA2", "leadA"] },
  // consultation notes
  { what: "cwA1's note case1", action: "read", resource: note(case1, "cwA1"), allowed: ["cwA1", "deputyA"] },
  { what: "cwA1's note case1", action: "update", resource: note(case1, "cwA1"), allowed: ["cwA1"] },
  { what: "deputy's note case1", action: "update", resource: note(case1, "deputyA"), allowed: ["deputyA"] },
  { what: "new note by cwA1 case1", action: "create", resource: note(case1, "cwA1"), allowed: ["cwA1"] },
  { what: "new note by leadA case1", action: "create", resource: note(case1, "leadA"), allowed: [] },
  { what: "cwA2's note case5", action: "read", resource: note(case5, "cwA2"), allowed: ["cwA2", "leadA"] },
  { what: "cwA2's note case5", action: "update", resource: note(case5, "cwA2"), allowed: ["cwA2"] },
  // documents
  { what: "citizen1's document on case1", action: "read", resource: doc(case1, "citizen1"), allowed: ["citizen1", "cwA1", "deputyA"] },
  { what: "citizen1's document on case1", action: "delete", resource: doc(case1, "citizen1"), allowed: ["cwA1", "deputyA"] },
  { what: "upload to case1 for citizen1", action: "create", resource: doc(case1, "citizen1"), allowed: ["citizen1", "cwA1", "deputyA"] },
  { what: "citizen1's document safe", action: "read", resource: doc(null, "citizen1"), allowed: ["citizen1"] },
  { what: "citizen1's document safe", action: "delete", resource: doc(null, "citizen1"), allowed: ["citizen1"] },
  { what: "citizen2's document on case1", action: "read", resource: doc(case1, "citizen2"), allowed: ["cwA1", "deputyA"] },
  // messages
  { what: "question citizen1→cwA1 on case1", action: "read", resource: msg(case1, "citizen1", "cwA1"), allowed: ["citizen1", "cwA1", "deputyA"] },
  { what: "question citizen1→cwA1 on case1", action: "create", resource: msg(case1, "citizen1", "cwA1"), allowed: ["citizen1"] },
  { what: "question citizen1→deputyA on case1", action: "create", resource: msg(case1, "citizen1", "deputyA"), allowed: ["citizen1"] },
  { what: "message citizen1→citizen2 on case1", action: "create", resource: msg(case1, "citizen1", "citizen2"), allowed: [] },
  { what: "answer cwA1→citizen1 on case1", action: "create", resource: msg(case1, "cwA1", "citizen1"), allowed: ["cwA1"] },
  { what: "misaddressed cwA1→citizen2 on case1", action: "read", resource: msg(case1, "cwA1", "citizen2"), allowed: ["cwA1", "deputyA"] },
  { what: "caseless message cwB→citizen2", action: "read", resource: msg(null, "cwB", "citizen2"), allowed: ["cwB", "citizen2"] },
  { what: "caseless message cwB→citizen2", action: "create", resource: msg(null, "cwB", "citizen2"), allowed: [] },
  // audit trail and the Art. 15 copy
  { what: "audit trail case1", action: "read", resource: trail(case1, "citizen1"), allowed: ["citizen1", "leadA"] },
  { what: "audit trail case3", action: "read", resource: trail(case3, "citizen2"), allowed: ["citizen2", "leadB"] },
  { what: "citizen1's account audit trail", action: "read", resource: trail(null, "citizen1"), allowed: ["citizen1"] },
  { what: "citizen1's data copy", action: "read", resource: { type: "dataCopy", citizenId: "citizen1" }, allowed: ["citizen1"] },
  // appointments
  { what: "citizen1 with cwA1 (case1)", action: "read", resource: appt("citizen1", "cwA1", case1), allowed: ["citizen1", "cwA1", "deputyA", "frontDesk"] },
  { what: "citizen1 with cwA1 (case1)", action: "book", resource: appt("citizen1", "cwA1", case1), allowed: ["citizen1", "cwA1", "deputyA", "frontDesk"] },
  { what: "citizen1 with cwA1 (case1)", action: "cancel", resource: appt("citizen1", "cwA1", case1), allowed: ["citizen1", "cwA1", "deputyA", "frontDesk"] },
  { what: "citizen1 with cwA1 (case1)", action: "checkIn", resource: appt("citizen1", "cwA1", case1), allowed: ["cwA1", "frontDesk"] },
  { what: "citizen1 with cwA1 (case1)", action: "noShow", resource: appt("citizen1", "cwA1", case1), allowed: ["cwA1", "frontDesk"] },
  { what: "walk-in without account with cwB", action: "read", resource: appt(null, "cwB", null), allowed: ["cwB", "frontDesk"] },
  { what: "walk-in without account with cwB", action: "book", resource: appt(null, "cwB", null), allowed: ["cwB", "frontDesk"] },
  { what: "walk-in without account with cwB", action: "checkIn", resource: appt(null, "cwB", null), allowed: ["cwB", "frontDesk"] },
  { what: "citizen1 with cwA1 on citizen2's case2", action: "book", resource: appt("citizen1", "cwA1", case2), allowed: ["cwA1", "cwA2", "frontDesk"] },
  { what: "citizen2 with cwA2 (case2)", action: "read", resource: appt("citizen2", "cwA2", case2), allowed: ["citizen2", "cwA2", "frontDesk"] },
  // referrals
  { what: "referral to P, consent active", action: "read", resource: referral("orgP", case1, true), allowed: ["citizen1", "cwA1", "deputyA", "partnerP"] },
  { what: "referral to P, consent active", action: "respond", resource: referral("orgP", case1, true), allowed: ["partnerP"] },
  { what: "referral to P, consent active", action: "withdraw", resource: referral("orgP", case1, true), allowed: ["citizen1", "cwA1", "deputyA"] },
  { what: "referral to P, consent active", action: "cancel", resource: referral("orgP", case1, true), allowed: ["cwA1", "deputyA"] },
  { what: "new referral to P with consent", action: "create", resource: referral("orgP", case1, true), allowed: ["cwA1", "deputyA"] },
  { what: "new referral to P without consent", action: "create", resource: referral("orgP", case1, false), allowed: [] },
  { what: "referral to P, consent withdrawn", action: "read", resource: referral("orgP", case1, false), allowed: ["citizen1", "cwA1", "deputyA"] },
  { what: "referral to P, consent withdrawn", action: "respond", resource: referral("orgP", case1, false), allowed: [] },
  { what: "referral to P, consent withdrawn", action: "withdraw", resource: referral("orgP", case1, false), allowed: [] },
  { what: "referral to Q (case3), consent active", action: "read", resource: referral("orgQ", case3, true), allowed: ["citizen2", "cwB", "partnerQ"] },
  { what: "referral to Q (case3), consent active", action: "respond", resource: referral("orgQ", case3, true), allowed: ["partnerQ"] },
  // directory
  { what: "published directory", action: "read", resource: { type: "directory", published: true }, allowed: EVERYONE },
  { what: "draft directory entry", action: "read", resource: { type: "directory", published: false }, allowed: ["admin"] },
  { what: "directory entry", action: "create", resource: { type: "directory", published: false }, allowed: ["admin"] },
  { what: "directory entry", action: "update", resource: { type: "directory", published: true }, allowed: ["admin"] },
  { what: "directory entry", action: "publish", resource: { type: "directory", published: false }, allowed: ["admin"] },
  { what: "directory entry", action: "delete", resource: { type: "directory", published: true }, allowed: ["admin"] },
  // accounts
  { what: "citizen1's account", action: "read", resource: account("citizen1", "CITIZEN"), allowed: ["citizen1"] },
  { what: "citizen1's account", action: "update", resource: account("citizen1", "CITIZEN"), allowed: ["citizen1"] },
  { what: "citizen1's account", action: "deactivate", resource: account("citizen1", "CITIZEN"), allowed: [] },
  { what: "cwA1's account", action: "read", resource: account("cwA1", "CASEWORKER"), allowed: ["cwA1", "admin"] },
  { what: "cwA1's account", action: "update", resource: account("cwA1", "CASEWORKER"), allowed: ["cwA1", "admin"] },
  { what: "cwA1's account", action: "deactivate", resource: account("cwA1", "CASEWORKER"), allowed: ["admin"] },
  { what: "cwA1's account", action: "reactivate", resource: account("cwA1", "CASEWORKER"), allowed: ["admin"] },
  { what: "partnerP's account", action: "deactivate", resource: account("partnerP", "PARTNER"), allowed: ["admin"] },
  { what: "admin's own account", action: "read", resource: account("admin", "ADMIN"), allowed: ["admin"] },
  { what: "admin's own account", action: "deactivate", resource: account("admin", "ADMIN"), allowed: [] },
  { what: "new caseworker account", action: "create", resource: account(null, "CASEWORKER"), allowed: ["admin"] },
  { what: "new citizen account (registration)", action: "create", resource: account(null, "CITIZEN"), allowed: ["anonymous"] },
  // feedback, outbox
  { what: "accessibility feedback", action: "create", resource: { type: "feedback" }, allowed: EVERYONE },
  { what: "accessibility feedback", action: "read", resource: { type: "feedback" }, allowed: ["admin"] },
  { what: "accessibility feedback", action: "update", resource: { type: "feedback" }, allowed: ["admin"] },
  { what: "outbox outside demo mode", action: "read", resource: { type: "outbox" }, allowed: [] },
  { what: "outbox in demo mode", action: "read", resource: { type: "outbox" }, ctx: { demoMode: true }, allowed: EVERYONE },
  // lists and figures
  { what: "case list", action: "read", resource: { type: "caseList" }, allowed: ["cwA1", "cwA2", "cwB", "deputyA", "leadA", "leadB"] },
  { what: "team A figures", action: "read", resource: { type: "teamFigures", teamId: "teamA" }, allowed: ["leadA"] },
  { what: "team B figures", action: "read", resource: { type: "teamFigures", teamId: "teamB" }, allowed: ["leadB"] },
];

const expanded = matrix.flatMap((row) =>
  names.map((name) => ({ ...row, name, expected: row.allowed.includes(name) })),
);

describe("the access matrix, record by record", () => {
  it.each(expanded)(
    "$name: $action $what → $expected",
    ({ name, action, resource, ctx, expected }) => {
      expect(can(actors[name], action, resource, ctx)).toBe(expected);
    },
  );
});

describe("before any rule", () => {
  const signedIn = names.filter((n) => actors[n] !== null);

  it.each(matrix)("an inactive actor gets nothing: $action $what", ({ action, resource, ctx }) => {
    for (const name of signedIn) {
      const inactive = { ...(actors[name] as Actor), active: false };
      expect(can(inactive, action, resource, ctx), name).toBe(false);
    }
  });

  it.each(matrix)(
    "staff and partners without second factor get only public pages and their own account: $action $what",
    ({ action, resource, allowed, ctx }) => {
      for (const name of signedIn.filter((n) => actors[n]?.role !== "CITIZEN")) {
        const actor = { ...(actors[name] as Actor), secondFactorVerified: false };
        const ownAccount =
          resource.type === "account" &&
          resource.id === actor.id &&
          ["read", "update"].includes(action);
        const isPublic = allowed.includes("anonymous") && resource.type !== "account";
        const expected = allowed.includes(name) && (isPublic || ownAccount);
        expect(can(actor, action, resource, ctx), name).toBe(expected);
      }
    },
  );

  it("citizens need no second factor for their own data", () => {
    expect(actors.citizen1.secondFactorVerified).toBe(false);
    expect(can(actors.citizen1, "read", { type: "case", ...case1 })).toBe(true);
  });

  it("a partner without organisation and a team lead without team get nothing of theirs", () => {
    const orphanPartner = { ...actors.partnerP, organizationId: null };
    const teamlessLead = { ...actors.leadA, teamId: null };
    expect(can(orphanPartner, "read", referral("orgP", case1, true))).toBe(false);
    expect(can(teamlessLead, "assign", { type: "case", ...case1 })).toBe(false);
    expect(can(teamlessLead, "read", { type: "teamFigures", teamId: "teamA" })).toBe(false);
  });
});

describe("assertCan", () => {
  it("throws a ForbiddenError with status 403 when denied", () => {
    const attempt = () => assertCan(actors.frontDesk, "read", { type: "case", ...case1 });
    expect(attempt).toThrow(ForbiddenError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ status: 403, action: "read", resourceType: "case" });
    }
  });

  it("returns quietly when allowed", () => {
    expect(() => assertCan(actors.cwA1, "read", { type: "case", ...case1 })).not.toThrow();
  });
});

describe("auditing", () => {
  it.each([
    [{ type: "case", ...case1 }, true],
    [{ type: "assessment", case: case1, specialCategory: true }, true],
    [plan(case1, true), true],
    [note(case1, "cwA1"), true],
    [referral("orgP", case1, true), true],
    [{ type: "dataCopy", citizenId: "citizen1" }, true],
    [doc(case1, "citizen1"), true],
    [doc(null, "citizen1"), false],
    [msg(case1, "citizen1", "cwA1"), true],
    [msg(null, "cwB", "citizen2"), false],
    [trail(case1, "citizen1"), true],
    [trail(null, "citizen1"), false],
    [appt("citizen1", "cwA1", case1), false],
    [{ type: "caseList" }, false],
    [{ type: "teamFigures", teamId: "teamA" }, false],
    [{ type: "directory", published: true }, false],
    [account("cwA1", "CASEWORKER"), false],
  ] satisfies [Resource, boolean][])("%o is case content: %s", (resource, expected) => {
    expect(isCaseContent(resource)).toBe(expected);
  });

  it("names the audit action after resource and verb", () => {
    expect(auditAction("read", { type: "case", ...case1 })).toBe("case.read");
    expect(auditAction("update", plan(case1, false))).toBe("supportPlan.update");
  });
});

describe("caseListScope", () => {
  it("scopes caseworkers to their cases, team leads to their team, others to nothing", () => {
    expect(caseListScope(actors.cwA1)).toEqual({ kind: "assigned", userId: "cwA1" });
    expect(caseListScope(actors.leadA)).toEqual({ kind: "team", teamId: "teamA", userId: "leadA" });
    for (const name of ["citizen1", "frontDesk", "admin", "partnerP", "anonymous"] as const) {
      expect(caseListScope(actors[name]), name).toBeNull();
    }
    expect(caseListScope({ ...actors.cwA1, secondFactorVerified: false })).toBeNull();
  });
});

describe("types", () => {
  it("rejects verbs a resource does not know", () => {
    // @ts-expect-error a case cannot be published
    expect(can(actors.cwA1, "publish", { type: "case", ...case1 })).toBe(false);
    // @ts-expect-error partners respond to referrals, not to appointments
    expect(can(actors.partnerP, "respond", appt("citizen1", "cwA1", case1))).toBe(false);
  });
});
