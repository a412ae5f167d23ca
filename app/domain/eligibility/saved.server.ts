// Saved help-finder answers (model HelpFinderResult, prisma/schema/finder.prisma):
// only for a signed-in citizen who asks for it, one set per person (saving
// again replaces it), deletable at any time. Only the answers are kept, never
// the result: it is recomputed with today's rules when shown.
import { AnswersSchema, type Answers } from "./answers";
import { prisma } from "~/utils/db.server";

/** Stores the answers for `userId`, replacing earlier ones. */
export async function saveAnswers(userId: string, answers: Answers): Promise<void> {
  const json = JSON.stringify(answers);
  await prisma.$transaction(async (tx) => {
    await tx.helpFinderResult.deleteMany({ where: { userId } });
    await tx.helpFinderResult.create({ data: { userId, answers: json } });
  });
}

/** The saved answers of `userId`, or null (none, or no longer valid under today's schema). */
export async function loadSavedAnswers(
  userId: string,
): Promise<{ answers: Answers; savedAt: Date } | null> {
  const row = await prisma.helpFinderResult.findFirst({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { answers: true, createdAt: true },
  });
  if (!row) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(row.answers);
  } catch {
    return null;
  }
  const parsed = AnswersSchema.safeParse(raw);
  return parsed.success ? { answers: parsed.data, savedAt: row.createdAt } : null;
}

/** Deletes every saved set of `userId`; returns how many there were. */
export async function deleteSavedAnswers(userId: string): Promise<number> {
  const { count } = await prisma.helpFinderResult.deleteMany({ where: { userId } });
  return count;
}
