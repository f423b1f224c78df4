/**
 * Upgrades from every earlier schema version keep every record. For each version N below the
 * current one, a database is built with the first N migration steps (exactly what that release
 * shipped), filled with sample records in every store it had, closed, and reopened with today's
 * code; every record must still be there, and every current store must exist.
 */
import type { CheckRecord } from '../../../../knowledge/symptoms/check-record';
import 'fake-indexeddb/auto';
import { type IDBPDatabase, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  DATABASE_VERSION,
  type HipPainGuideDB,
  MIGRATIONS,
  openDatabase,
} from '../../../../platform/pages/database';
import { sampleRun, sampleShoe } from '../../knowledge/journal/sample';
import { sampleAnswers } from '../../knowledge/symptoms/sample-answers';

const CHECK: CheckRecord = {
  id: 1,
  at: Date.UTC(2025, 4, 1),
  answers: sampleAnswers({
    zones: ['groin'],
    redFlagAnswers: { 'bone-stress': 'yes' },
    text: 'deep groin ache',
  }),
  topConditions: ['stress-fracture'],
  redFlags: ['bone-stress'],
};

/** Records to seed in each store, by store name. A new store must add its samples here. */
const SAMPLES: Record<string, unknown[]> = {
  checks: [CHECK, { ...CHECK, id: 2, at: CHECK.at + 1 }],
  runs: [sampleRun('2025-05-01', { id: 1, shoeId: 1 }), sampleRun('2025-05-02', { id: 2 })],
  shoes: [sampleShoe(1, { name: 'Blue Pegasus' })],
  episodes: [
    {
      id: 1,
      start: '2025-05-01',
      end: null,
      crossTrainingDays: 2,
      whatHelped: 'Rest',
      notes: '',
      createdAt: Date.UTC(2025, 4, 1),
      updatedAt: Date.UTC(2025, 4, 1),
    },
  ],
  crossTraining: [
    {
      date: '2025-05-03',
      activities: [
        { sport: 'Cycling', startedAt: Date.UTC(2025, 4, 3, 7), durationMin: 60, distanceKm: 25 },
      ],
    },
  ],
};

async function databaseAtVersion(name: string, version: number): Promise<void> {
  if (version === 0) return;
  const db = await openDB<HipPainGuideDB>(name, version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (let step = oldVersion; step < version; step++) MIGRATIONS[step]?.(database, tx);
    },
  });
  const raw = db as unknown as IDBPDatabase;
  for (const store of Array.from(raw.objectStoreNames)) {
    const samples = SAMPLES[store];
    if (!samples) throw new Error(`No sample records for store "${store}": add some to SAMPLES`);
    for (const record of samples) await raw.put(store, record);
  }
  db.close();
}

async function storeNames(name: string): Promise<string[]> {
  const probe = await openDB(name);
  const stores = Array.from(probe.objectStoreNames);
  probe.close();
  return stores;
}

describe('schema upgrades', () => {
  it('has samples for every store of the current schema', async () => {
    const db = await openDatabase('migrations-current');
    expect(Array.from(db.objectStoreNames).sort()).toEqual(Object.keys(SAMPLES).sort());
    db.close();
  });

  for (let version = 0; version < DATABASE_VERSION; version++) {
    it(`upgrades from version ${version} to ${DATABASE_VERSION} without losing anything`, async () => {
      const name = `migrations-from-${version}`;
      await databaseAtVersion(name, version);
      const stored = version === 0 ? [] : await storeNames(name);

      const db = await openDatabase(name);
      expect(db.version).toBe(DATABASE_VERSION);
      const raw = db as unknown as IDBPDatabase;
      for (const store of Object.keys(SAMPLES)) {
        expect(raw.objectStoreNames.contains(store), `store "${store}"`).toBe(true);
        const expected = stored.includes(store) ? SAMPLES[store] : [];
        expect(await raw.getAll(store), `records of "${store}"`).toEqual(expected);
      }
      // The stores still work after the upgrade: new records get fresh keys.
      const newRunId = await db.add('runs', { ...sampleRun('2025-05-03'), id: 99 });
      expect(newRunId).toBe(99);
      db.close();
    });
  }
});
