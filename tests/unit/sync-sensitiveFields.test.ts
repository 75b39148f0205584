import { describe, expect, test } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/workspace/document';
import { deriveKey, newSalt, open, passphraseCheck, passphraseFits } from '../../src/sync/crypto';
import { docIdOf, keyFieldOf, parseDocId } from '../../src/sync/docIds';
import { decodeBody, encodeBody } from '../../src/sync/recordDoc';
import { isSensitive, schemaFieldsOf, SENSITIVE_FIELDS, SENSITIVE_WHEN_PRIVATE } from '../../src/sync/sensitiveFields';
import { statusLine } from '../../src/sync/status';

describe('which fields leave the laptop sealed', () => {
  test('every declared field is a field of its collection', () => {
    for (const table of [SENSITIVE_FIELDS, SENSITIVE_WHEN_PRIVATE]) {
      for (const [collection, fields] of Object.entries(table)) {
        expect(COLLECTIONS).toContain(collection);
        const known = schemaFieldsOf(collection as CollectionName);
        for (const field of fields ?? []) expect(known, `${collection}.${field}`).toContain(field);
      }
    }
  });

  test('what the privacy rule calls private is sealed', () => {
    const person = { id: 'p1', privacy: 'public' };
    for (const field of ['notes', 'email', 'phone', 'livedExperience', 'stageHistory'])
      expect(isSensitive('stakeholders', person, field, 'id')).toBe(true);
    for (const field of ['summary', 'commonGround', 'concerns', 'heldBy']) expect(isSensitive('conversations', {}, field, 'id')).toBe(true);
    expect(isSensitive('recognitionEvents', {}, 'nominations', 'id')).toBe(true);
    expect(isSensitive('stakeholders', person, 'name', 'id')).toBe(false);
    expect(isSensitive('stakeholders', { ...person, privacy: 'private' }, 'name', 'id')).toBe(true);
  });

  test('a field a newer app added is sealed', () => {
    expect(isSensitive('meetings', {}, 'transcript', 'id')).toBe(true);
  });

  test('a collection nobody declared has every field sealed but its key and creation time', () => {
    const later = 'committeeNotes' as CollectionName;
    expect(isSensitive(later, {}, 'title', 'id')).toBe(true);
    expect(isSensitive(later, {}, 'id', 'id')).toBe(false);
    expect(isSensitive(later, {}, 'createdAt', 'id')).toBe(false);
  });
});

describe('documents and keys', () => {
  test('every collection has a field naming its records, and ids go both ways', () => {
    for (const collection of COLLECTIONS) {
      const field = keyFieldOf(collection);
      expect(schemaFieldsOf(collection)).toContain(field);
      expect(parseDocId(docIdOf(collection, 'k:1'))).toEqual({ kind: 'record', collection, key: 'k:1' });
    }
    expect(parseDocId('coalition')).toEqual({ kind: 'header' });
    expect(parseDocId('later:1')).toEqual({ kind: 'unknown' });
  });

  test('a record is sealed and opened again; the wrong key or another place cannot open it', async () => {
    const salt = newSalt();
    const key = await deriveKey('right passphrase', salt);
    const wrong = await deriveKey('wrong passphrase', salt);
    const record = { id: 'p1', name: 'Dana', notes: 'private words', email: 'd@example.org', privacy: 'public' };
    const encoded = encodeBody('stakeholders:p1', 'stakeholders', record, [], key);
    expect(JSON.stringify(encoded)).not.toContain('private words');
    expect(encoded.fields.name).toBe('Dana');
    expect(decodeBody('stakeholders:p1', encoded, key).body).toEqual(record);
    expect(() => decodeBody('stakeholders:p1', encoded, wrong)).toThrow('could not be read with this passphrase');
    expect(() => open(key, encoded.sealed.notes!, 'stakeholders:p2/notes')).toThrow();
    expect(passphraseFits(key, passphraseCheck(key))).toBe(true);
    expect(passphraseFits(wrong, passphraseCheck(key))).toBe(false);
  });
});

test('the header says what sync is doing in plain words', () => {
  expect(statusLine({ connection: 'synced', waiting: 0, conflicts: 0 })).toBe('Synced');
  expect(statusLine({ connection: 'offline', waiting: 5, conflicts: 0 })).toBe('Offline — 5 changes waiting');
  expect(statusLine({ connection: 'failed', waiting: 0, conflicts: 0, failure: 'the password was refused' })).toBe('Sync failed: the password was refused');
  expect(statusLine({ connection: 'synced', waiting: 0, conflicts: 2 })).toBe('2 conflicts');
});
