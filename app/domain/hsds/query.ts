// Query parameters of the HSDS API (schema/openapi.json) and the Page object.
// Pure. Invalid values are errors (400), never silently ignored; unknown
// parameters are ignored, as usual in HTTP.
import { defaultLanguage, isLanguage, languages, type Language } from "~/i18n";

export class BadRequest extends Error {}

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 1000;

export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  /** Number of entities in this page (HSDS: "The number of entities in the current page"). */
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export interface ListParams {
  lang: Language;
  page: number;
  /** null: everything in one page. */
  perPage: number | null;
  format: "json" | "ndjson";
  search: string | null;
}

/** `?lang=` (our extension): the language of the texts; German by default. */
export function langParam(q: URLSearchParams): Language {
  const value = q.get("lang");
  if (value === null || value === "") return defaultLanguage;
  if (isLanguage(value)) return value;
  throw new BadRequest(`lang: use one of ${languages.join(", ")}`);
}

function integer(q: URLSearchParams, name: string, min: number, max: number): number | null {
  const value = q.get(name);
  if (value === null || value === "") return null;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new BadRequest(`${name}: an integer from ${min} to ${max}`);
  }
  return Number(value);
}

export function booleanParam(q: URLSearchParams, name: string): boolean {
  const value = q.get(name);
  if (value === null || value === "") return false;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new BadRequest(`${name}: true or false`);
}

export function uuidParam(q: URLSearchParams, name: string): string | null {
  const value = q.get(name);
  if (value === null || value === "") return null;
  // Not a UUID cannot match any id: a valid filter with no results.
  return value.toLowerCase();
}

export function dateParam(q: URLSearchParams, name: string): Date | null {
  const value = q.get(name);
  if (value === null || value === "") return null;
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) {
    throw new BadRequest(`${name}: an ISO 8601 date or date-time, e.g. 2026-01-31T00:00:00Z`);
  }
  return d;
}

export function listParams(
  q: URLSearchParams,
  options: { allByDefault?: boolean } = {},
): ListParams {
  const format = q.get("format") ?? "json";
  if (format !== "json" && format !== "ndjson") throw new BadRequest("format: json or ndjson");
  const perPage = integer(q, "per_page", 1, MAX_PER_PAGE);
  const search = q.get("search")?.trim();
  return {
    lang: langParam(q),
    page: integer(q, "page", 1, 1_000_000) ?? 1,
    perPage: perPage ?? (options.allByDefault ? null : DEFAULT_PER_PAGE),
    format,
    search: search ? search : null,
  };
}

export function paginate<T>(all: T[], params: Pick<ListParams, "page" | "perPage">): Page<T> {
  const total = all.length;
  const per = params.perPage ?? Math.max(total, 1);
  const totalPages = Math.ceil(total / per);
  const contents = all.slice((params.page - 1) * per, params.page * per);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: params.page,
    size: contents.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

// ---------------------------------------------------------------- search

const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** Lower case without accents; "Bürgergeld" matches "burgergeld" and "buergergeld". */
export function normalize(text: string): string {
  const lower = text.toLocaleLowerCase("de");
  const plain = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "");
  return `${plain(lower)} ${plain(lower.replace(/[äöüß]/g, (c) => GERMAN[c] ?? c))}`;
}

/** Full-text search: every word of the query occurs in one of the texts. */
export function matches(query: string, texts: (string | null | undefined)[]): boolean {
  const haystack = normalize(texts.filter(Boolean).join(" \u0000 "));
  return query
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(normalize(word).split(" ")[0]!));
}

// ---------------------------------------------------------------- distance

/** Great-circle distance in metres. */
export function distanceMetres(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
