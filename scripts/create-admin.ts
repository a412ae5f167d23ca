// Creates the first administrator on an empty database:
//   npm run create-admin -- --email admin@stadt.example --name "Vorname Name"
// Prints a one-time link (72 hours) to set the password; the second factor is
// set up at first login. Refuses when an administrator already exists.
import { parseArgs } from "node:util";
import { z } from "zod";
import { prisma } from "~/utils/db.server";
import { issueToken } from "~/domain/accounts/tokens.server";
import { INVITE_TTL_MS } from "~/domain/accounts/staff-accounts.server";
import { link } from "~/domain/accounts/registration.server";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    locale: { type: "string", default: "de" },
  },
});
const input = z
  .object({
    email: z.string().email().toLowerCase(),
    name: z.string().min(2),
    locale: z.enum(["de", "en", "tr", "ar", "uk", "ru", "pl"]),
  })
  .safeParse(values);
if (!input.success) {
  console.error(
    'Usage: npm run create-admin -- --email admin@stadt.example --name "Vorname Name" [--locale de]',
  );
  process.exit(2);
}
const existing = await prisma.user.count({ where: { role: "ADMIN" } });
if (existing > 0) {
  console.error(
    "An administrator exists already; further accounts are created in the back office.",
  );
  process.exit(1);
}
const agency = await prisma.organization.findFirst({
  where: { kind: "AGENCY" },
  select: { id: true },
});
const user = await prisma.user.create({
  data: {
    email: input.data.email,
    name: input.data.name,
    role: "ADMIN",
    locale: input.data.locale,
    organizationId: agency?.id ?? null,
  },
});
const token = await issueToken("reset-password", user.id, user.email, new Date(), INVITE_TTL_MS);
console.log(`Administrator ${user.email} created.`);
console.log(
  `Set the password within 72 hours: ${link(input.data.locale, "reset-password", token)}`,
);
await prisma.$disconnect();
