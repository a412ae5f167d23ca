// The short code people read out on the phone and find on their confirmation.
import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: readable on the phone and from a printout.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A random short reference like "T-7K3M9Q" (31^6 ≈ 887 million; a clash is retried). */
export function appointmentReference(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `T-${code}`;
}
