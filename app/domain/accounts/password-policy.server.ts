// Refuses passwords that attackers try first: the 49k most common passwords
// (zxcvbn-ts common list) and German everyday words, names and the words of
// the German Wikipedia (zxcvbn-ts German dictionaries), also with digits or
// symbols stuck on either end ("Passwort2026!", "123hallowelt").
import { dictionary as common } from "@zxcvbn-ts/language-common";
import { dictionary as german } from "@zxcvbn-ts/language-de";
import { MIN_PASSWORD } from "~/domain/accounts/schemas";

let words: Set<string> | null = null;

function list(): Set<string> {
  if (!words) {
    words = new Set<string>();
    const sources = [
      common["passwords-common"],
      german.commonWords,
      german.firstnames,
      german.lastnames,
      german.wikipedia,
    ];
    for (const source of sources) for (const w of source ?? []) words.add(String(w).toLowerCase());
    for (const w of ["passwort", "kennwort", "geheim", "sozialagentur", "musterstadt", "jobcenter"])
      words.add(w);
  }
  return words;
}

function core(password: string): string {
  return password.toLowerCase().replace(/^[\d\W_]+|[\d\W_]+$/g, "");
}

/** A translation key naming the problem, or null when the password is acceptable. */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < MIN_PASSWORD) return "validation.passwordTooShort";
  const lower = password.toLowerCase();
  const stripped = core(password);
  const dictionary = list();
  if (dictionary.has(lower) || dictionary.has(stripped) || /^(.)\1+$/.test(password)) {
    return "validation.passwordCommon";
  }
  if (/^(0123456789|1234567890|qwertzuiop|qwertyuiop|asdfghjkl)/.test(lower))
    return "validation.passwordCommon";
  for (const p of personal) {
    const part = p.toLowerCase().split("@")[0] ?? "";
    const bare = part.replace(/[\W_\d]+/g, "");
    if (bare.length >= 4 && stripped.replace(/[\W_\d]+/g, "") === bare)
      return "validation.passwordPersonal";
  }
  return null;
}
