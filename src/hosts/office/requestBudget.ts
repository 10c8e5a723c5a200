/**
 * Keeps each Office.js request (everything queued before one `context.sync()`) under a size limit.
 *
 * Excel on the web refuses requests over 5 MB; every request stays under 4 MB. Writers call
 * `reserve(bytes, commands)` before queuing: the JSON of what they send plus what Office.js wraps around
 * each command. When it would overflow the current request, the budget syncs first. So the number of
 * syncs grows only with the data's size in megabytes (chunking), never with the number of rows as such.
 *
 * The sizes are Office.js's own serialization, measured on Microsoft's library (`@microsoft/office-js`,
 * tests/office/requestSizes.test.ts holds the estimate against the real requests): every command is an
 * object path (`{"Id":12,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":5,"ArgumentInfo":...}`)
 * plus an instantiate action, a kept reference for ranges and the action itself. Cell values go in
 * blocks small enough that the library sends each as it is (LIBRARY_CHUNK_CELLS).
 */

/** Estimated bytes allowed in one request: 3.8 MB, under the 4 MB this add-in allows itself, under
 * Excel's 5 MB. */
export const REQUEST_PAYLOAD_LIMIT = 3_800_000;

/** What Office.js adds around one command (object path, instantiate and set/method actions, the
 * argument wrapper), at most; measured on the library (sample pack: 130 to 260 bytes a command). */
export const COMMAND_BYTES = 260;

/** A values or number-format write over this many cells is cut by the library into row chunks (each
 * with three more object paths: GetRow, GetRow, GetBoundingRect); writes at most this size go as they are. */
export const LIBRARY_CHUNK_CELLS = 1500;

/** What one `getRange(address).untrack().<property> = ...` adds to a request besides its address and
 * value: the GetRange object path, its instantiate actions and the set-property action; measured on the
 * library at 320 to 340 bytes (more as the object ids grow), with a margin. */
export const RANGE_SET_BYTES = 360;

export class RequestBudget {
  private used = 0;
  /** Syncs this budget made to flush a full request (for tests and diagnostics). */
  flushes = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    /** Called after each flush, e.g. to suspend calculation again for the next request. */
    private readonly onNewRequest: () => void = () => undefined,
    readonly limit: number = REQUEST_PAYLOAD_LIMIT,
  ) {}

  /** Bytes still free in the current request. */
  get remaining(): number {
    return this.limit - this.used;
  }

  /** Estimated bytes queued in the current request. */
  get queued(): number {
    return this.used;
  }

  /** Makes room for `bytes` of payload and `commands` commands in the current request, syncing first
   * when they do not fit. */
  async reserve(bytes: number, commands = 0): Promise<void> {
    const total = bytes + commands * COMMAND_BYTES;
    if (this.used > 0 && this.used + total > this.limit) await this.flush();
    this.used += total;
  }

  /** Sends what is queued and starts a new request. */
  async flush(): Promise<void> {
    await this.sync();
    this.flushes += 1;
    this.used = 0;
    this.onNewRequest();
  }
}

/** UTF-8 size of a value serialised as JSON: what it weighs in a request. */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
