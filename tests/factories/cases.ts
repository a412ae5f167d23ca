// Case test data: a case with a unique reference, and a published plan.
import { randomInt } from "node:crypto";
import type { CasePhase, Prisma } from "../../app/generated/prisma/client";

type Db = Prisma.TransactionClient;

/** A random reference like "F-T-483920", distinct from real and demo references. */
export function caseReference(): string {
  return `F-T-${randomInt(100_000, 1_000_000)}`;
}

export interface CaseInput {
  citizenId: string;
  teamId: string;
  caseworkerId?: string | null;
  phase?: CasePhase;
}

export async function createCase(db: Db, input: CaseInput) {
  return db.case.create({
    data: {
      reference: caseReference(),
      citizenId: input.citizenId,
      teamId: input.teamId,
      caseworkerId: input.caseworkerId ?? null,
      phase: input.phase ?? "INTAKE",
      consentToCaseManagementAt: new Date(),
    },
  });
}

/** A published version 1 with one goal and one open citizen step. */
export async function createPublishedPlan(db: Db, caseId: string, authorId: string) {
  return db.supportPlan.create({
    data: {
      caseId,
      versions: {
        create: {
          version: 1,
          status: "PUBLISHED",
          publishedAt: new Date(),
          authorId,
          summary: "Testplan",
          goals: {
            create: {
              title: "Testziel",
              sort: 0,
              steps: { create: { title: "Testschritt", responsible: "CITIZEN", sort: 0 } },
            },
          },
        },
      },
    },
    include: { versions: { include: { goals: { include: { steps: true } } } } },
  });
}
