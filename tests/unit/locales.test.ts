// Every language has every key German has, with no empty value, and the
// translations are not copies of the German text.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languages, namespaces } from "~/i18n";

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

function load(lng: string, ns: string): Record<string, string> {
  const file = path.resolve("locales", lng, `${ns}.json`);
  return fs.existsSync(file) ? flatten(JSON.parse(fs.readFileSync(file, "utf8"))) : {};
}

/** Texts shown in German in every language (Leichte Sprache is German by definition). */
const GERMAN_ONLY = /^easyLanguage\.text\./;
/** Data rather than prose: addresses, phone numbers, emails, web addresses. */
const DATA = /^contact\.|(Email|Web|Phone|Url)$/;

/** Plural forms differ by language (e.g. _one/_other vs _few/_many): compare base keys. */
function base(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, "");
}

describe.each(namespaces)("namespace %s", (ns) => {
  const german = Object.fromEntries(
    Object.entries(load("de", ns)).filter(([k]) => !GERMAN_ONLY.test(k)),
  );
  const germanBases = new Set(Object.keys(german).map(base));
  it("exists in German", () => {
    expect(Object.keys(german).length).toBeGreaterThan(0);
  });
  it.each(languages.filter((l) => l !== "de"))("%s has every German key, none empty", (lng) => {
    const other = load(lng, ns);
    const otherBases = new Set(Object.keys(other).map(base));
    const missing = [...germanBases].filter((k) => !otherBases.has(k));
    expect(missing, `missing in ${lng}/${ns}.json`).toEqual([]);
    const empty = Object.entries(other)
      .filter(([, v]) => v.trim() === "")
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });
  it.each(languages.filter((l) => l !== "de"))("%s is translated, not copied", (lng) => {
    const other = load(lng, ns);
    const keys = Object.keys(german).filter(
      (k) => german[k]!.length > 25 && k in other && !DATA.test(k),
    );
    const copied = keys.filter((k) => other[k] === german[k]);
    // A few strings are German in every language (names of offices and laws).
    expect(
      copied.length,
      `copied from German in ${lng}/${ns}: ${copied.slice(0, 5).join(", ")}`,
    ).toBeLessThanOrEqual(Math.ceil(keys.length * 0.1));
  });
});
