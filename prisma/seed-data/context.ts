// What the seed steps hand to each other: the database (inside one
// transaction), the clock, and the ids of what earlier steps wrote.
import type { Prisma } from "~/generated/prisma/client";
import type { OfficeKey, OrgKey } from "./organizations";

export type Db = Prisma.TransactionClient;

export interface SeedContext {
  db: Db;
  now: Date;
  /** Argon2id hash of the demo password, computed once per run. */
  passwordHash: string;
  orgIds: Map<OrgKey, string>;
  officeIds: Map<OfficeKey, string>;
  categoryIds: Map<string, string>;
  lifeSituationIds: Map<string, string>;
  serviceIds: Map<string, string>;
  userIds: Map<string, string>;
  teamIds: Map<string, string>;
  caseIds: Map<string, string>;
  appointmentIds: Map<string, string>;
  topicIds: Map<string, string>;
}

export function need<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed: nothing seeded under key "${String(key)}"`);
  return value;
}
