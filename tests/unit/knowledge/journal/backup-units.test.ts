/** Backups say their unit (always km); CSV follows the runner's unit and its header says which. */
import { describe, expect, it } from 'vitest';
import { createBackup, readBackup, runsToCsv } from '../../../../knowledge/journal/backup';
import { sampleRun } from './sample';

const TODAY = '2025-05-14';

describe('units in backups and CSV', () => {
  it('writes backups in km and says so; older backups without the field still read', () => {
    const backup = createBackup(
      { runs: [sampleRun('2025-05-12')], shoes: [], checks: [] },
      new Date(),
    );
    expect(backup.distanceUnit).toBe('km');
    const { distanceUnit: _unit, ...older } = backup;
    const reading = readBackup(JSON.stringify(older), TODAY);
    expect(reading.ok && reading.backup.runs).toHaveLength(1);
  });

  it('refuses a backup in a unit it does not read', () => {
    const backup = createBackup({ runs: [], shoes: [], checks: [] }, new Date());
    expect(readBackup(JSON.stringify({ ...backup, distanceUnit: 'mi' }), TODAY)).toEqual({
      ok: false,
      error:
        'This backup gives distances in "mi", which Hip Pain Guide does not read. Nothing was imported.',
    });
  });

  it('gives CSV distances in the chosen unit, named in the header', () => {
    const runs = [sampleRun('2025-05-12', { distanceKm: 10 })];
    const [kmHeader, kmRow] = runsToCsv(runs, [], 'km').split('\r\n');
    expect(kmHeader?.split(',')[1]).toBe('distance_km');
    expect(kmRow?.split(',')[1]).toBe('10');
    const [miHeader, miRow] = runsToCsv(runs, [], 'mi').split('\r\n');
    expect(miHeader?.split(',')[1]).toBe('distance_mi');
    expect(miRow?.split(',')[1]).toBe('6.214');
  });
});
