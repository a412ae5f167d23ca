// Long service texts (description, eligibility, benefits, how to apply,
// costs) in the six other languages, one JSON file per language keyed by the
// service's slug. German lives beside each service in services-*.ts.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ForeignLocale } from "../types";

export type LongServiceText = {
  description: string;
  eligibility: string;
  benefits: string;
  howToApply: string;
  costs: string;
};

const dir = path.dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, Record<string, LongServiceText>>();

export function longTexts(locale: ForeignLocale): Record<string, LongServiceText> {
  let texts = cache.get(locale);
  if (!texts) {
    const file = path.join(dir, `${locale}.json`);
    texts = fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, LongServiceText>)
      : {};
    cache.set(locale, texts);
  }
  return texts;
}
