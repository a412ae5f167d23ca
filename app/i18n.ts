// Languages of the portal. German is the default and the binding text; the
// others are the ones people in NRW social offices most often need.
export const languages = ["de", "en", "tr", "ar", "uk", "ru", "pl"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "de";
export const rtlLanguages: ReadonlySet<string> = new Set(["ar"]);

export const namespaces = [
  "common",
  "auth",
  "account",
  "legal",
  "staff",
  "mail",
  "directory",
  "finder",
  "admin",
  "booking",
  "appointments",
  "scheduling",
  "waitlist",
] as const;
export type Namespace = (typeof namespaces)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

export function directionOf(lng: string): "ltr" | "rtl" {
  return rtlLanguages.has(lng) ? "rtl" : "ltr";
}

/** Options shared by the server and the browser instance of i18next. */
export const i18nConfig = {
  supportedLngs: [...languages],
  fallbackLng: defaultLanguage,
  defaultNS: "common",
  ns: ["common"],
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

/** The same path in another language: `/de/login` → `/ar/login`. */
export function switchLanguagePath(pathname: string, lng: Language): string {
  const parts = pathname.split("/");
  if (isLanguage(parts[1])) parts[1] = lng;
  else parts.splice(1, 0, lng);
  const path = parts.join("/");
  return path.endsWith("/") && path.length > 1 ? path.slice(0, -1) : path;
}
