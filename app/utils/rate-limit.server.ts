// Fixed-window counters in the database, so limits hold across server
// processes. One upsert per attempt; old windows are pruned lazily.
import { prisma } from "~/utils/db.server";

export type Limit = { max: number; windowMs: number };

export const LIMITS = {
  loginPerAccount: { max: 5, windowMs: 15 * 60 * 1000 },
  loginPerIp: { max: 30, windowMs: 15 * 60 * 1000 },
  resetPerAccount: { max: 3, windowMs: 60 * 60 * 1000 },
  resetPerIp: { max: 10, windowMs: 60 * 60 * 1000 },
  registerPerIp: { max: 10, windowMs: 60 * 60 * 1000 },
  feedbackPerIp: { max: 10, windowMs: 60 * 60 * 1000 },
  totpPerAccount: { max: 5, windowMs: 15 * 60 * 1000 },
} satisfies Record<string, Limit>;

function windowStart(limit: Limit, now: Date): Date {
  return new Date(Math.floor(now.getTime() / limit.windowMs) * limit.windowMs);
}

/** Counts one attempt; true while the key is still within its limit. */
export async function hit(key: string, limit: Limit, now = new Date()): Promise<boolean> {
  const start = windowStart(limit, now);
  const bucket = await prisma.rateLimitBucket.upsert({
    where: { key_windowStart: { key, windowStart: start } },
    create: { key, windowStart: start, count: 1 },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  if (Math.random() < 0.01) {
    await prisma.rateLimitBucket.deleteMany({
      where: { windowStart: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } },
    });
  }
  return bucket.count <= limit.max;
}

/** Whether the key is already over its limit, without counting. */
export async function isLimited(key: string, limit: Limit, now = new Date()): Promise<boolean> {
  const bucket = await prisma.rateLimitBucket.findUnique({
    where: { key_windowStart: { key, windowStart: windowStart(limit, now) } },
    select: { count: true },
  });
  return (bucket?.count ?? 0) >= limit.max;
}

export async function reset(key: string, limit: Limit, now = new Date()): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key, windowStart: windowStart(limit, now) } });
}
