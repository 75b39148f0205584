import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256OfPieces } from '../../src/workspace/hashing';

describe('hashing a workspace', () => {
  it('gives the same sha256 for one buffer and for the same bytes in pieces, as node:crypto does', async () => {
    const bytes = Buffer.alloc(9 * 1024 * 1024 + 17, 'Zoë Núñez 李 ');
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(await sha256(bytes)).toBe(expected);
    const pieces = [bytes.subarray(0, 5), bytes.subarray(5, 5 * 1024 * 1024), bytes.subarray(5 * 1024 * 1024)];
    expect(await sha256OfPieces(pieces)).toBe(expected);
    expect(await sha256OfPieces([])).toBe(createHash('sha256').digest('hex'));
  });
});
