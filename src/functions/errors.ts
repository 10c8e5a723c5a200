/**
 * Errors returned to Excel by the SOP.* functions. Inside Excel they are CustomFunctions.Error, built with
 * the runtime's own error codes (CustomFunctions.ErrorCode: "#VALUE!", "#N/A", "#DIV/0!", "#NUM!",
 * CustomFunctionsRuntime 1.3, declared in manifest.xml). Excel shows the message in the cell's error
 * indicator for #VALUE! and #N/A only; it drops it for #DIV/0! and #NUM! (the runtime does not even send
 * it for a returned error), so those cells carry the error value alone, as Excel's own =1/0 does.
 * Outside Excel (tests, Node) the same code and message travel in a SopFunctionError, so the rules and
 * their messages can be tested without Office.
 */

export type SopErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

export class SopFunctionError extends Error {
  readonly code: SopErrorCode;
  constructor(code: SopErrorCode, message: string) {
    super(message);
    this.name = "SopFunctionError";
    this.code = code;
  }
}

/** The runtime's spelling of each code: the values of CustomFunctions.ErrorCode (checked by tsc against
 * the enum in @types/custom-functions-runtime; an unknown code reaches Excel as #VALUE! when thrown and
 * as an error type Excel does not know when returned inside a spilled result). */
const OFFICE_CODES: Record<SopErrorCode, `${CustomFunctions.ErrorCode}`> = {
  "#VALUE!": "#VALUE!",
  "#DIV/0!": "#DIV/0!",
  "#N/A": "#N/A",
  "#NUM!": "#NUM!",
};

/** The error a function throws; Excel shows it as the error value with the message. */
export function sopError(code: SopErrorCode, message: string): Error {
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (cf && typeof cf.Error === "function") {
    return new cf.Error(OFFICE_CODES[code] as CustomFunctions.ErrorCode, message) as unknown as Error;
  }
  return new SopFunctionError(code, message);
}

/**
 * Runs a function body and turns anything unexpected into #VALUE! with its message, so a formula
 * never fails with an unhandled exception. Errors made by sopError pass through unchanged.
 */
export function guard<T>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (e) {
    if (e instanceof SopFunctionError) throw e;
    const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
    if (cf && e instanceof cf.Error) throw e;
    throw sopError("#VALUE!", e instanceof Error ? e.message : String(e));
  }
  // Huge inputs can overflow (1e308 x 2 = Infinity); Excel has no such number, so say so as #NUM!.
  if (hasNonFinite(result))
    throw sopError("#NUM!", "The result is too large for Excel (beyond ±1.8E+308); check the inputs' size.");
  return result;
}

function hasNonFinite(v: unknown): boolean {
  if (typeof v === "number") return !Number.isFinite(v);
  if (Array.isArray(v)) return v.some(hasNonFinite);
  return false;
}
