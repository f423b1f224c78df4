/**
 * A Strava bulk export's `activities.csv`: one row per activity, with Strava's name for its sport
 * ("Run", "Trail Run", "Ride") and the file it came with (`activities/123.fit.gz`). The sport
 * there is the runner's own choice on Strava, so it wins over what a file says (a GPX often says
 * nothing). Rows without a file were typed in by hand on Strava and have no track to import.
 */
import type { ActivitySummary } from './activity';
import { namedSport } from './sport';

/** What the CSV says about the export. */
export interface StravaIndex {
  /** Activity type by file path inside the export (`activities/123.fit.gz`). */
  typeByFile: ReadonlyMap<string, string>;
  /** Rows that name no file. */
  rowsWithoutFile: number;
}

/** Splits CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) into rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell !== ''));
}

/** Reads `activities.csv`; null when it is not Strava's (no "Activity Type" and "Filename"). */
export function readStravaIndex(text: string): StravaIndex | null {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return null;
  const typeColumn = header.indexOf('Activity Type');
  const fileColumn = header.indexOf('Filename');
  if (typeColumn === -1 || fileColumn === -1) return null;
  const typeByFile = new Map<string, string>();
  let rowsWithoutFile = 0;
  for (const row of rows) {
    const file = row[fileColumn]?.trim() ?? '';
    const type = row[typeColumn]?.trim() ?? '';
    if (file === '') rowsWithoutFile++;
    else typeByFile.set(file, type);
  }
  return { typeByFile, rowsWithoutFile };
}

/** An activity with the sport Strava gives its file, when Strava names one. */
export function withStravaSport(
  activity: ActivitySummary,
  stravaType: string | undefined,
): ActivitySummary {
  if (!stravaType) return activity;
  const sport = namedSport(stravaType);
  const { note: _dropped, ...rest } = activity;
  return { ...rest, kind: sport.kind, sportLabel: sport.label, surface: sport.surface };
}
