import { data } from "@remix-run/node";
import type { SubmissionResult } from "@conform-to/react";

/** A failed submission: status 400 and the reply that keeps what the user typed. */
export function invalid(reply: SubmissionResult<string[]>) {
  return data(reply, { status: 400 });
}
