/**
 * Keeps each Office.js request (everything queued before one `context.sync()`) under a size limit.
 *
 * Excel on the web refuses requests over 5 MB; we stay under 4 MB with room for the commands around the
 * data. Writers call `reserve(bytes)` before queuing a payload; when the payload would overflow the
 * current request, the budget syncs first. So the number of syncs grows only with the data's size in
 * megabytes (chunking), never with the number of rows as such.
 */

/** Payload bytes allowed in one request (values + number formats), leaving room for the rest. */
export const REQUEST_PAYLOAD_LIMIT = 3_500_000;

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

  /** Makes room for `bytes` in the current request, syncing first when they do not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    this.used += bytes;
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
