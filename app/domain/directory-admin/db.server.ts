// Small database helpers of the directory back office.
import { randomUUID } from "node:crypto";
import { Prisma } from "~/generated/prisma/client";

export type Db = Prisma.TransactionClient;

/** A new stable HSDS id (UUID v4). */
export const newHsdsId = (): string => randomUUID();

/**
 * True when `error` is a unique-constraint violation on `field` (P2002). The
 * field list sits in `meta.target` (classic engine) or in the driver adapter's
 * cause; when neither names fields, any P2002 counts.
 */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") {
    return false;
  }
  const meta = (error.meta ?? {}) as {
    target?: unknown;
    driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } };
  };
  const fields = meta.target ?? meta.driverAdapterError?.cause?.constraint?.fields;
  if (Array.isArray(fields)) return fields.includes(field);
  if (typeof fields === "string") return fields.includes(field);
  return true;
}
