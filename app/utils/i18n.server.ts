// Server-side i18next: every translation is read once at start-up into one
// instance; each request gets a cheap fixed `t` or a clone bound to its
// language (clones share the resource store, so nothing is read per request).
import fs from "node:fs";
import path from "node:path";
import i18next, { type i18n as I18n, type Resource, type TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import {
  defaultLanguage,
  i18nConfig,
  isLanguage,
  languages,
  namespaces,
  type Language,
  type Namespace,
} from "~/i18n";

export const LOCALES_DIR = path.resolve(process.cwd(), "locales");

export function loadResources(dir = LOCALES_DIR): Resource {
  const resources: Resource = {};
  for (const lng of languages) {
    resources[lng] = {};
    for (const ns of namespaces) {
      const file = path.join(dir, lng, `${ns}.json`);
      if (fs.existsSync(file)) resources[lng][ns] = JSON.parse(fs.readFileSync(file, "utf8"));
    }
  }
  return resources;
}

const base: I18n = i18next.createInstance();
void base.init({
  ...i18nConfig,
  ns: [...namespaces],
  resources: loadResources(),
  initImmediate: false,
});

/** A `t` for one language, for loaders, actions and mails. */
export function getFixedT<N extends Namespace = "common">(lng: Language, ns?: N): TFunction<N> {
  return base.getFixedT(lng, ns ?? "common") as TFunction<N>;
}

/** An i18next instance bound to `lng` for server rendering. */
export function instanceFor(lng: Language): I18n {
  return base.cloneInstance({ lng, initImmediate: false });
}

/** Raw resources of one namespace, served to the browser on pages that hydrate. */
export function resourcesOf(lng: Language, ns: string): unknown {
  return base.getResourceBundle(lng, ns) ?? {};
}

const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...languages],
    fallbackLanguage: defaultLanguage,
    order: ["header"],
  },
});

/** The language a request's browser prefers (Accept-Language), for `/`. */
export async function preferredLanguage(request: Request): Promise<Language> {
  const lng = await detector.getLocale(request);
  return isLanguage(lng) ? lng : defaultLanguage;
}

/** The language in the URL (`/ar/...`), or the default. */
export function languageOf(request: Request | URL | string): Language {
  const url =
    typeof request === "string"
      ? new URL(request)
      : request instanceof URL
        ? request
        : new URL(request.url);
  const first = url.pathname.split("/")[1];
  return isLanguage(first) ? first : defaultLanguage;
}
