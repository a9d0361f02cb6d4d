/**
 * Progress of long work on stderr (stdout stays for the result): one line rewritten in place on a
 * terminal, otherwise a line at most every few seconds and at the end.
 */
export class Progress {
  private lastWrite = 0;
  private written = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly label: string,
    private readonly intervalMs = stream.isTTY ? 200 : 5000,
  ) {}

  update(done: number, total: number): void {
    const now = Date.now();
    if (done < total && now - this.lastWrite < this.intervalMs) return;
    this.lastWrite = now;
    const pct = total > 0 ? ` (${Math.floor((100 * done) / total)}%)` : '';
    const line = `${this.label}: ${done}/${total}${pct}`;
    this.stream.write(this.stream.isTTY ? `\r${line}` : `${line}\n`);
    this.written = true;
  }

  /** Ends the in-place line on a terminal. */
  end(): void {
    if (this.written && this.stream.isTTY) this.stream.write('\n');
  }
}
