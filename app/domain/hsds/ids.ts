// Stable HSDS ids for things that have no UUID of their own in our database
// (phones, addresses, schedules, documents, attributes, languages ...). Each is
// an RFC 4122 version-5 UUID of a name built from the owner's hsdsId, so the
// same data always gets the same id, in every export and every API response.
import { createHash } from "node:crypto";

/** Namespace of all derived HSDS ids of this directory. Never change it. */
export const HSDS_NAMESPACE = "5b0e7c1c-3f0a-5d6e-9c59-2f4d8b1e6a70";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join("-");
}

/** Id of a part of an entity: `derivedId(service.hsdsId, "phone", 0)`. */
export function derivedId(owner: string, ...path: (string | number)[]): string {
  return uuidV5([owner, ...path].join(":"));
}
