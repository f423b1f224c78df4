/**
 * The journal's files: a full backup (JSON with a format version) and the runs as CSV. Reading a
 * backup checks everything before anything is stored (size, nesting, format, version, every
 * field's type and range, references between records), keeps only the fields we know, gives the
 * records fresh ids from 1 (so no id from a file can exhaust the database's key counter) and,
 * when something is wrong, says what and where. Pure: strings in, data or a message out.
 */

import { isOneOf, knownIds } from '../known-ids';
import { readRedFlagAnswers, type SavedCheck } from '../symptoms/check-record';
import { FEELING_IDS, ONSET_IDS, TRIGGER_IDS } from '../symptoms/evidence';
import {
  CONDITION_IDS,
  type ConditionId,
  RED_FLAG_IDS,
  type RedFlagId,
  ZONE_IDS,
  type ZoneId,
} from '../types';
import type { CrossTrainingDay } from './cross-training';
import { checkEpisodeFields, type JournalEpisode } from './episodes';
import { ACTIVITY_SOURCES, type ActivitySource } from './import/activity';
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
  RUN_LIMITS,
  SURFACE_IDS,
  SURFACE_LABELS,
  type SurfaceId,
  ZONE_LABELS,
} from './types';
import { type DistanceUnit, distanceIn } from './units';

/** Marks a file as ours. */
export const BACKUP_FORMAT = 'hip-pain-guide-backup';
/** Bump when the file's shape changes; reading keeps accepting every earlier version. */
export const BACKUP_FORMAT_VERSION = 1;
/** Bigger files are refused before reading (a decade of daily runs is under 10 MB). */
export const MAX_BACKUP_BYTES = 20_000_000;
/**
 * Our backups nest four deep (file, list, record, pain scores); anything much deeper is not ours,
 * and storing a very deep value would overflow the stack when the browser copies it.
 */
export const MAX_BACKUP_NESTING = 8;
/** The checker's free-text box allows this many characters (CheckerView's `maxLength`). */
export const MAX_CHECK_TEXT_LENGTH = 2000;
/** Times (creation, edits, checks) must fall in this century's journal years: from 2000. */
const EARLIEST_TIME = Date.UTC(2000, 0, 1);

/** Everything the user has stored, as written to a backup file. */
export interface JournalBackup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  /**
   * Distances in the file (`distanceKm`, `startKm`) are kilometres, whatever unit the runner reads
   * them in. Backups made before this field existed are kilometres too.
   */
  distanceUnit?: 'km';
  runs: JournalRun[];
  shoes: JournalShoe[];
  checks: SavedCheck[];
  /**
   * Injury episodes. Absent from backups made before episodes existed: restoring one of those
   * leaves the stored episodes alone rather than wiping them.
   */
  episodes?: JournalEpisode[];
  /**
   * Days of other sports from imported activities. Absent from older backups: restoring one of
   * those leaves the stored days alone.
   */
  crossTraining?: CrossTrainingDay[];
}

/**
 * The result of reading a backup file. `hasChecks` is false when the file carries no symptom
 * checks at all (an older backup, or one made before any check was saved): restoring it must not
 * silently wipe the check history.
 */
export type BackupReading =
  | { ok: true; backup: JournalBackup; hasChecks: boolean }
  | { ok: false; error: string };

/** What `readBackupFile` needs of a `File`: its size, and a way to read it. */
export interface BackupFile {
  size: number;
  text(): Promise<string>;
}

/** Builds the backup object (the caller turns it into JSON). */
export function createBackup(
  data: Pick<JournalBackup, 'runs' | 'shoes' | 'checks' | 'episodes' | 'crossTraining'>,
  exportedAt: Date,
): JournalBackup {
  return {
    ...(data.episodes ? { episodes: data.episodes } : {}),
    ...(data.crossTraining ? { crossTraining: data.crossTraining } : {}),
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    distanceUnit: 'km',
    runs: data.runs,
    shoes: data.shoes,
    checks: data.checks,
  };
}

/**
 * File names with the day of the export: `hip-pain-guide-backup-2025-05-12.json`; the copy saved
 * just before a restore replaces everything is `hip-pain-guide-before-restore-2025-05-12.json`.
 */
export function backupFileName(today: string, kind: 'backup' | 'before-restore' | 'csv'): string {
  if (kind === 'csv') return `hip-pain-runs-${today}.csv`;
  return kind === 'backup'
    ? `hip-pain-guide-backup-${today}.json`
    : `hip-pain-guide-before-restore-${today}.json`;
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

/** A time in ms between 2000 and the end of tomorrow (`latestTime`). */
function time(value: unknown, where: string, field: string, latestTime: number): number {
  const ms = number(value, where, field);
  if (ms < EARLIEST_TIME || ms > latestTime) {
    fail(where, `"${field}" must be a time between 2000 and today`);
  }
  return ms;
}

function text(value: unknown, where: string, field: string, maxLength = Infinity): string {
  if (typeof value !== 'string') fail(where, `"${field}" must be text`);
  if (value.length > maxLength) fail(where, `"${field}" can be at most ${maxLength} characters`);
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
  allowed: readonly T[],
  where: string,
  field: string,
): T[] {
  const items = list(value, `${where}, "${field}"`);
  return [...new Set(items.map((item) => requireOneOf(item, allowed, where, field)))];
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

function readShoe(value: unknown, index: number, latestTime: number): JournalShoe {
  const where = `Shoe ${index + 1}`;
  const raw = record(value, where);
  const shoe: JournalShoe = {
    id: id(raw.id, where),
    name: text(raw.name, where, 'name').trim(),
    startKm: number(raw.startKm, where, 'startKm'),
    retired: flag(raw.retired, where, 'retired'),
    createdAt: time(raw.createdAt, where, 'createdAt', latestTime),
    // Absent on pairs from before runners could choose it: the usual distance applies.
    ...(raw.retireKm === undefined ? {} : { retireKm: number(raw.retireKm, where, 'retireKm') }),
  };
  const problem = Object.values(checkShoeFields(shoe))[0];
  if (problem) fail(`${where} ("${shoe.name.slice(0, 30)}")`, lowerFirst(problem));
  return shoe;
}

function readRun(
  value: unknown,
  index: number,
  latestDate: string,
  latestTime: number,
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
    surface:
      raw.surface === null
        ? null
        : requireOneOf<SurfaceId>(raw.surface, SURFACE_IDS, where, 'surface'),
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
    createdAt: time(raw.createdAt, where, 'createdAt', latestTime),
    updatedAt: time(raw.updatedAt, where, 'updatedAt', latestTime),
    ...importedFields(raw, where, latestTime),
  };
  if (run.shoeId !== null && !shoeIds.has(run.shoeId)) {
    fail(where, `its shoes (id ${run.shoeId}) are not in the backup`);
  }
  const problem = Object.values(checkRunFields(run, latestDate))[0];
  if (problem) fail(where, lowerFirst(problem));
  return run;
}

/** The optional fields of a run read from an activity file (absent on runs logged by hand). */
function importedFields(
  raw: Fields,
  where: string,
  latestTime: number,
): Pick<JournalRun, 'imported' | 'elevationGainM'> {
  const fields: Pick<JournalRun, 'imported' | 'elevationGainM'> = {};
  if (raw.imported !== undefined) {
    const imported = record(raw.imported, `${where}, "imported"`);
    fields.imported = {
      startedAt: time(imported.startedAt, where, 'imported.startedAt', latestTime),
      source: requireOneOf<ActivitySource>(
        imported.source,
        ACTIVITY_SOURCES,
        where,
        'imported.source',
      ),
    };
  }
  if (raw.elevationGainM !== undefined) {
    const metres = number(raw.elevationGainM, where, 'elevationGainM');
    if (metres < 0) fail(where, '"elevationGainM" must be 0 or more');
    fields.elevationGainM = metres;
  }
  return fields;
}

function readCheck(value: unknown, index: number, latestTime: number): SavedCheck {
  const where = `Symptom check ${index + 1}`;
  const raw = record(value, where);
  const answers = record(raw.answers, `${where}, "answers"`);
  // Only the fields we know are kept: anything else in a file is dropped, never stored.
  return {
    id: id(raw.id, where),
    at: time(raw.at, where, 'at', latestTime),
    answers: {
      zones: listOf<ZoneId>(answers.zones, ZONE_IDS, where, 'answers.zones'),
      // A choice an older version offered and this one does not is dropped rather than blocking
      // the restore (the history reads answers the same way).
      feelings: knownIds(answers.feelings, FEELING_IDS),
      triggers: knownIds(answers.triggers, TRIGGER_IDS),
      onset: ONSET_IDS.find((onset) => onset === answers.onset) ?? null,
      // Backups from before "not sure" carry `redFlags` (the yes answers); both read the same.
      redFlagAnswers: readRedFlagAnswers(answers),
      text: text(answers.text, where, 'answers.text', MAX_CHECK_TEXT_LENGTH),
    },
    topConditions: listOf<ConditionId>(raw.topConditions, CONDITION_IDS, where, 'topConditions'),
    redFlags: listOf<RedFlagId>(raw.redFlags, RED_FLAG_IDS, where, 'redFlags'),
  };
}

function readEpisode(
  value: unknown,
  index: number,
  latestDate: string,
  latestTime: number,
): JournalEpisode {
  const where = `Episode ${index + 1}`;
  const raw = record(value, where);
  const episode: JournalEpisode = {
    id: id(raw.id, where),
    start: text(raw.start, where, 'start'),
    end: raw.end === null ? null : text(raw.end, where, 'end'),
    crossTrainingDays:
      raw.crossTrainingDays === null
        ? null
        : number(raw.crossTrainingDays, where, 'crossTrainingDays'),
    whatHelped: text(raw.whatHelped, where, 'whatHelped'),
    notes: text(raw.notes, where, 'notes'),
    createdAt: time(raw.createdAt, where, 'createdAt', latestTime),
    updatedAt: time(raw.updatedAt, where, 'updatedAt', latestTime),
  };
  const problem = Object.values(checkEpisodeFields(episode, latestDate))[0];
  if (problem) fail(where, lowerFirst(problem));
  return episode;
}

/** Longest sport name kept from a file ("Open water swimming"). */
const MAX_SPORT_LENGTH = 60;

function optionalAmount(value: unknown, where: string, field: string, max: number): number | null {
  if (value === null) return null;
  const amount = number(value, where, field);
  if (amount < 0 || amount > max) fail(where, `"${field}" must be between 0 and ${max}, or empty`);
  return amount;
}

function readCrossTrainingDay(
  value: unknown,
  index: number,
  latestDate: string,
  latestTime: number,
): CrossTrainingDay {
  const where = `Cross-training day ${index + 1}`;
  const raw = record(value, where);
  const date = text(raw.date, where, 'date');
  if (!isCalendarDate(date) || date > latestDate || date < RUN_LIMITS.earliestDate) {
    fail(where, '"date" must be a day between 2000 and today');
  }
  const activities = list(raw.activities, `${where}'s activities`).map((item, at) => {
    const here = `${where}, activity ${at + 1}`;
    const activity = record(item, here);
    return {
      sport: text(activity.sport, here, 'sport', MAX_SPORT_LENGTH),
      startedAt: time(activity.startedAt, here, 'startedAt', latestTime),
      durationMin: optionalAmount(
        activity.durationMin,
        here,
        'durationMin',
        RUN_LIMITS.maxDurationMin,
      ),
      distanceKm: optionalAmount(activity.distanceKm, here, 'distanceKm', 1000),
    };
  });
  if (activities.length === 0) fail(where, 'it has no activities');
  return { date, activities };
}

function uniqueIds(items: readonly { id: number }[], what: string): void {
  const seen = new Set<number>();
  for (const item of items) {
    if (seen.has(item.id)) fail(what, `two have the same id (${item.id})`);
    seen.add(item.id);
  }
}

/**
 * Gives records ids 1, 2, 3… in the order of their old ids. Ids in a file are only labels that
 * tie runs to shoes; keeping them as they are would let one huge id (2^53 − 1) push the
 * database's key counter to its end, after which nothing new could be saved.
 */
function renumbered<T extends { id: number }>(items: readonly T[]): Map<number, number> {
  const sorted = [...items].sort((a, b) => a.id - b.id);
  return new Map(sorted.map((item, index) => [item.id, index + 1]));
}

function withNewIds<T extends { id: number }>(items: readonly T[]): T[] {
  const ids = renumbered(items);
  return items
    .map((item) => ({ ...item, id: ids.get(item.id) ?? item.id }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Whether `jsonText` nests arrays and objects deeper than `limit`, found in one pass over the
 * characters (no recursion, so even a million brackets cannot overflow the stack).
 */
export function nestsDeeperThan(jsonText: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < jsonText.length; index++) {
    const char = jsonText.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth++;
      if (depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, '');
}

/**
 * Reads a backup file's text. `today` (`YYYY-MM-DD`) bounds run dates (a day of slack for a
 * backup made in another time zone). On any problem, returns a message naming what is wrong.
 */
export function readBackup(fileText: string, today: string): BackupReading {
  try {
    return readBackupText(fileText, today);
  } catch {
    // Every check above returns a message; this catches what no one foresaw, so that a strange
    // file still ends in words rather than an error nobody sees.
    return { ok: false, error: 'This file could not be read as a Hip Pain Guide backup.' };
  }
}

const TOO_BIG = 'This file is too big to be a Hip Pain Guide backup.';

/**
 * Reads a backup from a chosen file: its size is checked before a byte is read (a huge file is
 * refused at once instead of filling memory), and a file that cannot be read is said so.
 */
export async function readBackupFile(file: BackupFile, today: string): Promise<BackupReading> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, error: TOO_BIG };
  let fileText: string;
  try {
    fileText = await file.text();
  } catch {
    return { ok: false, error: 'This file could not be read. Try saving it again.' };
  }
  return readBackup(fileText, today);
}

function readBackupText(fileText: string, today: string): BackupReading {
  // A UTF-16 length: at most twice the bytes of a UTF-8 file, so a file that passed the size check
  // is not refused here.
  if (fileText.length > MAX_BACKUP_BYTES) return { ok: false, error: TOO_BIG };
  if (nestsDeeperThan(fileText, MAX_BACKUP_NESTING)) {
    return {
      ok: false,
      error:
        'This file is not a Hip Pain Guide backup: its data is nested far deeper than a backup ever is.',
    };
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
  if (parsed.distanceUnit !== undefined && parsed.distanceUnit !== 'km') {
    return {
      ok: false,
      error: `This backup gives distances in "${String(parsed.distanceUnit)}", which Hip Pain Guide does not read. Nothing was imported.`,
    };
  }
  try {
    const latestDate = addDays(today, 1);
    // The end of tomorrow in UTC: a day of slack for clocks and time zones.
    const latestTime = Date.parse(`${addDays(today, 2)}T00:00:00Z`);
    const shoes = list(parsed.shoes, 'The list of shoes').map((shoe, index) =>
      readShoe(shoe, index, latestTime),
    );
    uniqueIds(shoes, 'Shoes');
    const shoeIds = new Set(shoes.map((shoe) => shoe.id));
    const runs = list(parsed.runs, 'The list of runs').map((run, index) =>
      readRun(run, index, latestDate, latestTime, shoeIds),
    );
    uniqueIds(runs, 'Runs');
    const hasChecks = Array.isArray(parsed.checks) && parsed.checks.length > 0;
    const checks = list(parsed.checks ?? [], 'The list of symptom checks').map((check, index) =>
      readCheck(check, index, latestTime),
    );
    uniqueIds(checks, 'Symptom checks');
    const episodes =
      parsed.episodes === undefined
        ? undefined
        : list(parsed.episodes, 'The list of episodes').map((episode, index) =>
            readEpisode(episode, index, latestDate, latestTime),
          );
    if (episodes) uniqueIds(episodes, 'Episodes');
    const crossTraining =
      parsed.crossTraining === undefined
        ? undefined
        : list(parsed.crossTraining, 'The list of cross-training days').map((day, index) =>
            readCrossTrainingDay(day, index, latestDate, latestTime),
          );
    if (
      crossTraining &&
      new Set(crossTraining.map((day) => day.date)).size < crossTraining.length
    ) {
      fail('Cross-training days', 'a day is listed twice');
    }
    const exportedAt =
      typeof parsed.exportedAt === 'string' && !Number.isNaN(Date.parse(parsed.exportedAt))
        ? new Date(parsed.exportedAt).toISOString()
        : '';
    const newShoeIds = renumbered(shoes);
    const remappedRuns = runs.map((run) => ({
      ...run,
      shoeId: run.shoeId === null ? null : (newShoeIds.get(run.shoeId) ?? null),
    }));
    return {
      ok: true,
      hasChecks,
      backup: {
        format: BACKUP_FORMAT,
        formatVersion: version,
        exportedAt,
        distanceUnit: 'km',
        runs: withNewIds(remappedRuns),
        shoes: withNewIds(shoes),
        checks: withNewIds(checks),
        ...(episodes ? { episodes: withNewIds(episodes) } : {}),
        ...(crossTraining ? { crossTraining } : {}),
      },
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
 * Characters that make a spreadsheet read a cell as a formula when it starts with one: `=`, `+`,
 * `-`, `@`, tab, carriage return (OWASP "CSV Injection"), and the full-width forms of the first
 * four, which some spreadsheets (set up for East Asian input) also accept.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell that can only ever be data. Every text cell is quoted (RFC 4180, quotes doubled),
 * so a spreadsheet that splits on semicolons or tabs cannot cut a note into cells, one of which
 * would then start a formula; text that starts like a formula gets a leading `'` (as OWASP
 * advises), which spreadsheets show as text. Numbers stay bare numbers: a finite number such as
 * -3 is read as the number -3, never run, and a spreadsheet can add it up. Empty is empty.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const textValue = typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
  const guarded = FORMULA_START.test(textValue) ? `'${textValue}` : textValue;
  return `"${guarded.replaceAll('"', '""')}"`;
}

/**
 * The runs as CSV text, oldest first, with a header row and CRLF line ends. Distances are in
 * `unit`, and the header says which (`distance_km` or `distance_mi`).
 */
export function runsToCsv(
  runs: readonly JournalRun[],
  shoes: readonly JournalShoe[],
  unit: DistanceUnit = 'km',
): string {
  const shoeNames = new Map(shoes.map((shoe) => [shoe.id, shoe.name]));
  const sorted = [...runs].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt,
  );
  const rows = sorted.map((run) =>
    [
      run.date,
      distanceIn(run.distanceKm, unit, 3),
      run.durationMin,
      run.surface === null ? null : SURFACE_LABELS[run.surface],
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
  const header = CSV_COLUMNS.map((column) =>
    column === 'distance_km' ? `distance_${unit}` : column,
  ).join(',');
  return `${[header, ...rows].join('\r\n')}\r\n`;
}
