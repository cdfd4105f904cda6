import { expect } from "vitest";
import { PitraceInputError } from "../../src/model/errors.js";

/** Runs `fn`, expects a PitraceInputError, returns it. */
export function inputError(fn: () => unknown): PitraceInputError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PitraceInputError);
    return err as PitraceInputError;
  }
  throw new Error("expected a PitraceInputError, nothing was thrown");
}
