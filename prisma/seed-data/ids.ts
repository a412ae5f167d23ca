// Deterministic UUIDs (RFC 4122 version 5) for records whose stable HSDS id is
// derived from others, e.g. service_at_location = service + location.
import { createHash } from "node:crypto";

/** Namespace of all derived ids of the Musterstadt demo directory. */
export const DEMO_NAMESPACE = "1603db2c-ea19-41ec-bbf9-097f908e385f";

export function uuidV5(name: string, namespace: string = DEMO_NAMESPACE): string {
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
