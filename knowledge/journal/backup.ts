/**
 * The journal's files: a full backup (JSON with a format version) and the runs as CSV. Reading a
 * backup checks everything before anything is stored (format, version, every field's type and
 * range, references between records) and, when something is wrong, says what and where. Pure:
 * strings in, data or a message out.
 */

import { isOneOf } from '../known-ids';
import { readRedFlagAnswers, type SavedCheck } from '../symptoms/check-record';
import {
  CONDITION_IDS,
  type ConditionId,
  RED_FLAG_IDS,
  type RedFlagId,
  ZONE_IDS,
  type ZoneId,
} from '../types';
import { addDays } from './stats';
import {
  checkRunFields,
  checkShoeFields,
  isCalendarDate,
  type JournalRun,
  type JournalShoe,
  PAIN_CHARACTER_IDS,
  PAIN_CHARACTER_LABELS,
  type PainCharacter,
  SURFACE_IDS,
  SURFACE_LABELS,
  type SurfaceId,
  ZONE_LABELS,
} from './types';

/** Marks a file as ours. */
export const BACKUP_FORMAT = 'hip-pain-guide-backup';
/** Bump when the file's shape changes; reading keeps accepting every earlier version. */
export const BACKUP_FORMAT_VERSION = 1;
/** Bigger files are refused before parsing (a decade of daily runs is under 10 MB). */
export const MAX_BACKUP_CHARS = 20_000_000;

/** Everything the user has stored, as written to a backup file. */
export interface JournalBackup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  runs: JournalRun[];
  shoes: JournalShoe[];
  checks: SavedCheck[];
}

/** The result of reading a backup file. */
export type BackupReading = { ok: true; backup: JournalBackup } | { ok: false; error: string };

/** Builds the backup object (the caller turns it into JSON). */
export function createBackup(
  data: Pick<JournalBackup, 'runs' | 'shoes' | 'checks'>,
  exportedAt: Date,
): JournalBackup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    runs: data.runs,
    shoes: data.shoes,
    checks: data.checks,
  };
}

/** File names with the day of the export: `hip-pain-guide-backup-2025-05-12.json`. */
export function backupFileName(today: string, kind: 'backup' | 'csv'): string {
  return kind === 'backup' ? `hip-pain-guide-backup-${today}.json` : `hip-pain-runs-${today}.csv`;
}

class BackupProblem extends Error {}

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(where: string, what: string): never {
  throw new BackupProblem(`${where}: ${what}`);
}

function record(value: unknown, where: string): Fields {
  if (!isRecord(value)) fail(where, 'is not a record');
  return value;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'is missing or not a list');
  return value;
}

function id(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail(where, '"id" must be a whole number above 0');
  }
  return value;
}

function number(value: unknown, where: string, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(where, `"${field}" must be a number`);
  }
  return value;
}

function time(value: unknown, where: string, field: string): number {
  const ms = number(value, where, field);
  if (ms < 0) fail(where, `"${field}" must be a time`);
  return ms;
}

function text(value: unknown, where: string, field: string): string {
  if (typeof value !== 'string') fail(where, `"${field}" must be text`);
  return value;
}

function flag(value: unknown, where: string, field: string): boolean {
  if (typeof value !== 'boolean') fail(where, `"${field}" must be true or false`);
  return value;
}

function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  where: string,
  field: string,
): T {
  if (!isOneOf(value, allowed)) {
    fail(where, `"${field}" must be one of ${allowed.join(', ')} (found ${JSON.stringify(value)})`);
  }
  return value;
}

function listOf<T extends string>(
  value: unknown,
  allowed: readonly T[] | null,
  where: string,
  field: string,
): T[] {
  const items = list(value, `${where}, "${field}"`);
  return items.map((item) =>
    allowed ? requireOneOf(item, allowed, where, field) : (text(item, where, field) as T),
  );
}

function readPain(value: unknown, where: string): JournalRun['pain'] {
  const pain = record(value, `${where}, "pain"`);
  // null is "not recorded" in any of the four (older backups hold numbers: still valid).
  const score = (key: keyof JournalRun['pain']) =>
    pain[key] === null ? null : number(pain[key], where, `pain.${key}`);
  return {
    before: score('before'),
    during: score('during'),
    after: score('after'),
    nextMorning: score('nextMorning'),
  };
}

function readShoe(value: unknown, index: number): JournalShoe {
  const where = `Shoe ${index + 1}`;
  const raw = record(value, where);
  const shoe: JournalShoe = {
    id: id(raw.id, where),
    name: text(raw.name, where, 'name'),
    startKm: number(raw.startKm, where, 'startKm'),
    retired: flag(raw.retired, where, 'retired'),
    createdAt: time(raw.createdAt, where, 'createdAt'),
  };
  const problem = Object.values(checkShoeFields(shoe))[0];
  if (problem) fail(`${where} ("${shoe.name.slice(0, 30)}")`, lowerFirst(problem));
  return shoe;
}

function readRun(
  value: unknown,
  index: number,
  latestDate: string,
  shoeIds: ReadonlySet<number>,
): JournalRun {
  let where = `Run ${index + 1}`;
  const raw = record(value, where);
  if (typeof raw.date === 'string' && isCalendarDate(raw.date)) where += ` (${raw.date})`;
  const run: JournalRun = {
    id: id(raw.id, where),
    date: text(raw.date, where, 'date'),
    distanceKm: number(raw.distanceKm, where, 'distanceKm'),
    durationMin: raw.durationMin === null ? null : number(raw.durationMin, where, 'durationMin'),
    surface: requireOneOf<SurfaceId>(raw.surface, SURFACE_IDS, where, 'surface'),
    shoeId: raw.shoeId === null ? null : id(raw.shoeId, `${where}, "shoeId"`),
    warmedUp: flag(raw.warmedUp, where, 'warmedUp'),
    stretchedAfter: flag(raw.stretchedAfter, where, 'stretchedAfter'),
    limp: flag(raw.limp, where, 'limp'),
    painCharacter:
      raw.painCharacter === null
        ? null
        : requireOneOf<PainCharacter>(
            raw.painCharacter,
            PAIN_CHARACTER_IDS,
            where,
            'painCharacter',
          ),
    pain: readPain(raw.pain, where),
    zones: listOf<ZoneId>(raw.zones, ZONE_IDS, where, 'zones'),
    notes: text(raw.notes, where, 'notes'),
    createdAt: time(raw.createdAt, where, 'createdAt'),
    updatedAt: time(raw.updatedAt, where, 'updatedAt'),
  };
  if (run.shoeId !== null && !shoeIds.has(run.shoeId)) {
    fail(where, `its shoes (id ${run.shoeId}) are not in the backup`);
  }
  const problem = Object.values(checkRunFields(run, latestDate))[0];
  if (problem) fail(where, lowerFirst(problem));
  return run;
}

function readCheck(value: unknown, index: number): SavedCheck {
  const where = `Symptom check ${index + 1}`;
  const raw = record(value, where);
  const answers = record(raw.answers, `${where}, "answers"`);
  const { redFlags: _legacyYes, ...answerFields } = answers;
  return {
    // Keep fields a newer checker may add; the ones we rely on are checked below.
    ...raw,
    id: id(raw.id, where),
    at: time(raw.at, where, 'at'),
    answers: {
      ...answerFields,
      zones: listOf<ZoneId>(answers.zones, ZONE_IDS, where, 'answers.zones'),
      feelings: listOf<string>(answers.feelings, null, where, 'answers.feelings'),
      triggers: listOf<string>(answers.triggers, null, where, 'answers.triggers'),
      onset: answers.onset === null ? null : text(answers.onset, where, 'answers.onset'),
      // Backups from before "not sure" carry `redFlags` (the yes answers); both read the same.
      redFlagAnswers: readRedFlagAnswers(answers),
      text: text(answers.text, where, 'answers.text'),
    },
    topConditions: listOf<ConditionId>(raw.topConditions, CONDITION_IDS, where, 'topConditions'),
    redFlags: listOf<RedFlagId>(raw.redFlags, RED_FLAG_IDS, where, 'redFlags'),
  };
}

function uniqueIds(items: readonly { id: number }[], what: string): void {
  const seen = new Set<number>();
  for (const item of items) {
    if (seen.has(item.id)) fail(what, `two have the same id (${item.id})`);
    seen.add(item.id);
  }
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, '');
}

/**
 * Reads a backup file's text. `today` (`YYYY-MM-DD`) bounds run dates (a day of slack for a
 * backup made in another time zone). On any problem, returns a message naming what is wrong.
 */
export function readBackup(fileText: string, today: string): BackupReading {
  if (fileText.length > MAX_BACKUP_CHARS) {
    return { ok: false, error: 'This file is too big to be a Hip Pain Guide backup.' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fileText);
  } catch {
    return {
      ok: false,
      error:
        'This file is not a Hip Pain Guide backup: it is not valid JSON. It may be damaged or cut short.',
    };
  }
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      error: 'This file is not a Hip Pain Guide backup. Choose a file saved with "Export backup".',
    };
  }
  const version = parsed.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This backup is damaged: its format version is missing.' };
  }
  if (version > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer Hip Pain Guide (format ${version}). Update the extension, then import it again.`,
    };
  }
  try {
    const shoes = list(parsed.shoes, 'The list of shoes').map(readShoe);
    uniqueIds(shoes, 'Shoes');
    const shoeIds = new Set(shoes.map((shoe) => shoe.id));
    const latestDate = addDays(today, 1);
    const runs = list(parsed.runs, 'The list of runs').map((run, index) =>
      readRun(run, index, latestDate, shoeIds),
    );
    uniqueIds(runs, 'Runs');
    const checks = list(parsed.checks ?? [], 'The list of symptom checks').map(readCheck);
    uniqueIds(checks, 'Symptom checks');
    const exportedAt = typeof parsed.exportedAt === 'string' ? parsed.exportedAt : '';
    return {
      ok: true,
      backup: { format: BACKUP_FORMAT, formatVersion: version, exportedAt, runs, shoes, checks },
    };
  } catch (error) {
    if (error instanceof BackupProblem) {
      return { ok: false, error: `This backup is damaged and was not imported. ${error.message}.` };
    }
    throw error;
  }
}

/** CSV columns, in order. */
export const CSV_COLUMNS = [
  'date',
  'distance_km',
  'duration_min',
  'surface',
  'shoes',
  'warmed_up',
  'stretched_after',
  'limp',
  'pain_character',
  'pain_before',
  'pain_during',
  'pain_after',
  'pain_next_morning',
  'where_it_hurt',
  'notes',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that starts
 * with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, so a spreadsheet shows it
 * instead of running it as a formula (OWASP "CSV Injection").
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The runs as CSV text, oldest first, with a header row and CRLF line ends. */
export function runsToCsv(runs: readonly JournalRun[], shoes: readonly JournalShoe[]): string {
  const shoeNames = new Map(shoes.map((shoe) => [shoe.id, shoe.name]));
  const sorted = [...runs].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt,
  );
  const rows = sorted.map((run) =>
    [
      run.date,
      run.distanceKm,
      run.durationMin,
      SURFACE_LABELS[run.surface],
      run.shoeId === null ? null : (shoeNames.get(run.shoeId) ?? null),
      run.warmedUp,
      run.stretchedAfter,
      run.limp,
      run.painCharacter === null ? null : PAIN_CHARACTER_LABELS[run.painCharacter],
      run.pain.before,
      run.pain.during,
      run.pain.after,
      run.pain.nextMorning,
      run.zones.map((zone) => ZONE_LABELS[zone]).join('; '),
      run.notes,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
