/**
 * The one error type of Neurite. `code` is stable and meant for programs;
 * `message` names the operation, what it was given and what it expected.
 */
export type ErrorCode =
  | "SHAPE_MISMATCH"
  | "DTYPE"
  | "NAN_LOSS"
  | "BAD_MODEL_FILE"
  | "CHECKSUM"
  | "OUT_OF_MEMORY"
  | "BAD_ARGUMENT"
  | "DISPOSED"
  | "NOT_FOUND"
  | "KERNEL_ABORT"
  | "UNSUPPORTED";

export class NeuriteError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NeuriteError";
    this.code = code;
  }
}
