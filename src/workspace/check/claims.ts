/**
 * The runs of records still to check, claimed one at a time by whichever thread is free: a
 * counter in shared memory, so threads claim without waiting on messages (the main thread
 * answers none while it checks runs itself).
 */
export class RunClaims {
  private readonly cells: Int32Array;

  constructor(
    readonly total: number,
    /** The shared memory of another thread's RunClaims, to claim from the same runs. */
    shared: SharedArrayBuffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT),
  ) {
    this.cells = new Int32Array(shared);
  }

  get shared(): SharedArrayBuffer {
    return this.cells.buffer as SharedArrayBuffer;
  }

  /** The next run to check, or null when all are claimed or the check was given up. */
  next(): number | null {
    if (this.givenUp) return null;
    const run = Atomics.add(this.cells, 0, 1);
    return run < this.total ? run : null;
  }

  /** Tells every thread to stop: a record failed, or the file needs no check after all. */
  giveUp(): void {
    Atomics.store(this.cells, 1, 1);
  }

  get givenUp(): boolean {
    return Atomics.load(this.cells, 1) === 1;
  }
}
