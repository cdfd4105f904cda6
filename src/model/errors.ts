// Input errors: bad config, bad taxonomy, bad usage. The CLI prints
// `pitrace: <file>:<line>: <message>` and exits 2; the library throws these.

export class PitraceInputError extends Error {
  readonly file?: string;
  readonly line?: number;
  constructor(message: string, where: { file?: string; line?: number } = {}) {
    super(message);
    this.name = "PitraceInputError";
    this.file = where.file;
    this.line = where.line;
  }

  /** One line: "file:line: message" (or just the message). */
  format(): string {
    const at = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    return `${at}${this.message}`;
  }
}
