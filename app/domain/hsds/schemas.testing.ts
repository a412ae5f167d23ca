// Test support (not a test): the official HSDS 3.0 JSON schemas, compiled with
// ajv in non-strict mode (they carry tabular-data keywords such as
// `constraints` and `datapackage_type`). Found in $HSDS_DIR, ./hsds or
// /work/shared/hsds. Compiled schemas (schema/compiled/<name>.json) are used
// when present; otherwise the schema is built from schema/<entity>.json with
// every `$ref` resolved by ajv (all schema files are registered under their
// file name, which is what their relative `$ref`s point to).
import fs from "node:fs";
import path from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export function hsdsDir(): string {
  // CI clones the project with ../shared beside it.
  const candidates = [
    process.env.HSDS_DIR,
    path.resolve("hsds"),
    path.resolve("../shared/hsds"),
    "/work/shared/hsds",
  ];
  const found = candidates.find((c) => c && fs.existsSync(path.join(c, "schema", "openapi.json")));
  if (!found) {
    throw new Error(
      "HSDS 3.0 schemas not found: set HSDS_DIR to a copy of openreferral/specification (branch 3.0)",
    );
  }
  return found;
}

type Schema = Record<string, unknown>;

function readJson(file: string): Schema {
  return JSON.parse(fs.readFileSync(file, "utf8")) as Schema;
}

export type CompiledName =
  | "service"
  | "service_list"
  | "organization"
  | "organization_list"
  | "service_at_location"
  | "service_at_location_list";

export interface HsdsValidators {
  compiled(name: CompiledName): ValidateFunction;
  /** schema/<name>.json with its references (taxonomy, taxonomy_term). */
  plain(name: "taxonomy" | "taxonomy_term"): ValidateFunction;
  /** The OpenAPI `Page` object with `contents` items valid against `items`. */
  page(items: ValidateFunction): ValidateFunction;
  /** How each compiled schema was obtained, for the record. */
  sources: Map<string, "compiled" | "built from schema/*.json">;
}

export function hsdsValidators(): HsdsValidators {
  const dir = path.join(hsdsDir(), "schema");
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of fs.readdirSync(dir)) {
    if (file.endsWith(".json") && file !== "openapi.json")
      ajv.addSchema(readJson(path.join(dir, file)), file);
  }
  const openapi = readJson(path.join(dir, "openapi.json")) as {
    components: { schemas: { Page: Schema } };
  };
  const cache = new Map<string, ValidateFunction>();
  const sources = new Map<string, "compiled" | "built from schema/*.json">();

  function compiled(name: CompiledName): ValidateFunction {
    const hit = cache.get(name);
    if (hit) return hit;
    const file = path.join(dir, "compiled", `${name}.json`);
    let validate: ValidateFunction;
    if (fs.existsSync(file)) {
      validate = ajv.compile(readJson(file));
      sources.set(name, "compiled");
    } else {
      // A list item is the entity with its one-to-one fields: the entity schema accepts it.
      const entity = name.replace(/_list$/, "");
      validate = ajv.getSchema(`${entity}.json`)!;
      sources.set(name, "built from schema/*.json");
    }
    cache.set(name, validate);
    return validate;
  }

  function plain(name: "taxonomy" | "taxonomy_term"): ValidateFunction {
    return ajv.getSchema(`${name}.json`)!;
  }

  const pageSchema = {
    ...openapi.components.schemas.Page,
    required: [
      "total_items",
      "total_pages",
      "page_number",
      "size",
      "first_page",
      "last_page",
      "empty",
      "contents",
    ],
  };
  const pageValidate = ajv.compile(pageSchema);

  function page(items: ValidateFunction): ValidateFunction {
    const validate = ((data: unknown) => {
      const errors: ErrorObject[] = [];
      if (!pageValidate(data)) errors.push(...(pageValidate.errors ?? []));
      const contents = (data as { contents?: unknown }).contents;
      if (!Array.isArray(contents)) {
        errors.push({
          instancePath: "/contents",
          schemaPath: "",
          keyword: "type",
          params: {},
          message: "must be array",
        });
      } else {
        contents.forEach((item, i) => {
          if (!items(item)) {
            errors.push(
              ...(items.errors ?? []).map((e) => ({
                ...e,
                instancePath: `/contents/${i}${e.instancePath}`,
              })),
            );
          }
        });
      }
      validate.errors = errors.length > 0 ? errors : null;
      return errors.length === 0;
    }) as ValidateFunction;
    return validate;
  }

  return { compiled, plain, page, sources };
}

/** Readable errors for a failing expectation. */
export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 10)
    .map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`)
    .join("\n");
}
