/** A file's bytes as pieces to be written one after another, without first joining them. */
export interface BytePieces {
  pieces: Uint8Array[];
  /** The total number of bytes. */
  length: number;
}

/**
 * Gathers byte ranges in order. A range that continues the previous one in the same memory
 * (records read one after another from the same file) extends it, so thousands of unchanged
 * records become one piece to copy.
 */
export class PieceList {
  private readonly list: Uint8Array[] = [];
  /** The run being extended: its memory, where it starts and where it ends so far. */
  private run: { buffer: ArrayBufferLike; start: number; end: number } | null = null;
  /** Total bytes so far. */
  length = 0;

  add(bytes: Uint8Array): void {
    this.length += bytes.byteLength;
    if (this.run && this.run.buffer === bytes.buffer && this.run.end === bytes.byteOffset) {
      this.run.end += bytes.byteLength;
      return;
    }
    this.closeRun();
    this.run = { buffer: bytes.buffer, start: bytes.byteOffset, end: bytes.byteOffset + bytes.byteLength };
  }

  done(): BytePieces {
    this.closeRun();
    return { pieces: this.list, length: this.length };
  }

  private closeRun(): void {
    if (!this.run) return;
    const { buffer, start, end } = this.run;
    this.list.push(new Uint8Array(buffer, start, end - start));
    this.run = null;
  }
}

/** The pieces as one buffer. */
export function joinPieces({ pieces, length }: BytePieces): Buffer {
  return Buffer.concat(pieces, length);
}

/**
 * Bytes [start, end) of the pieces taken one after another, always as a new buffer of exactly
 * those bytes: IPC copies the whole memory behind a view, not just the view.
 */
export function sliceOfPieces({ pieces }: BytePieces, start: number, end: number): Buffer {
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const pieceEnd = offset + piece.byteLength;
    if (pieceEnd > start && offset < end) {
      parts.push(piece.subarray(Math.max(0, start - offset), Math.min(piece.byteLength, end - offset)));
    }
    offset = pieceEnd;
    if (offset >= end) break;
  }
  return Buffer.concat(parts);
}
