// Chat-tag assignments imported from a file, one friend a line: `userId,tag1;tag2` (a header row,
// quotes, blank lines, BOM, UTF-16 and CRLF tolerated as for ID files). Pure and streaming.

import { classifyId } from './ids';
import { reportedInvalidRowsMax } from './limits';
import { decodeUtf8, LineStream } from './line-stream';
import { checkChatTagName } from './names';

export type TagRowProblem = 'user-id' | 'no-tags' | 'tag-name';

export interface TagImportReport {
  readonly linesRead: number;
  /** Friends with at least one tag in the file. */
  readonly friends: number;
  readonly assignments: number;
  readonly tagNames: readonly string[];
  readonly invalidRows: number;
  readonly invalid: readonly {
    readonly line: number;
    readonly problem: TagRowProblem;
    readonly text: string;
  }[];
}

export class TagImportParser {
  private readonly lines: LineStream;
  readonly assignments = new Map<string, Set<string>>();
  private readonly tagNames = new Map<string, string>();
  private sawContent = false;
  private invalidRows = 0;
  private readonly invalid: { line: number; problem: TagRowProblem; text: string }[] = [];
  private count = 0;

  constructor() {
    this.lines = new LineStream((bytes, start, end, line) =>
      this.onLine(decodeUtf8(bytes, start, end), line),
    );
  }

  get failure() {
    return this.lines.failure;
  }

  push(chunk: Uint8Array): void {
    this.lines.push(chunk);
  }

  finish(): TagImportReport {
    this.lines.end();
    return {
      linesRead: this.lines.linesRead,
      friends: this.assignments.size,
      assignments: this.count,
      tagNames: [...this.tagNames.values()],
      invalidRows: this.invalidRows,
      invalid: this.invalid,
    };
  }

  private onLine(raw: string, line: number): void {
    const text = raw.trim();
    if (!text) return;
    const first = !this.sawContent;
    this.sawContent = true;
    const comma = text.search(/[,\t]/);
    const idCell = unquote(comma < 0 ? text : text.slice(0, comma));
    const tagsCell = comma < 0 ? '' : unquote(text.slice(comma + 1));
    if (classifyId(idCell) !== 'userId') {
      if (!first) this.reject(line, 'user-id', text);
      return;
    }
    const names = tagsCell
      .split(/[;,]/)
      .map((n) => n.trim())
      .filter((n) => n.length > 0);
    if (names.length === 0) return this.reject(line, 'no-tags', text);
    if (names.some((n) => checkChatTagName(n) !== null)) return this.reject(line, 'tag-name', text);
    const set = this.assignments.get(idCell) ?? new Set<string>();
    this.assignments.set(idCell, set);
    for (const name of names) {
      // Tag names are matched without case, and the first spelling seen is kept.
      const key = name.toLowerCase();
      const spelled = this.tagNames.get(key) ?? name;
      this.tagNames.set(key, spelled);
      if (!set.has(spelled)) {
        set.add(spelled);
        this.count++;
      }
    }
  }

  private reject(line: number, problem: TagRowProblem, text: string): void {
    this.invalidRows++;
    if (this.invalid.length < reportedInvalidRowsMax)
      this.invalid.push({ line, problem, text: text.slice(0, 80) });
  }
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).trim()
    : trimmed;
}
