// Library errors: a few small classes carrying a stable `code`, so callers and tests check the code.

export type ErrorCode = "invalid-argument" | "not-found" | "invalid-graph" | "unreadable" | "unwritable" | "locked";

export class NewsgraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "NewsgraphError";
  }
}
