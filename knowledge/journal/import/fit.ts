/**
 * FIT activity files (Garmin, Coros, Wahoo, Polar, Suunto all write them), from the messages the
 * FIT SDK decodes: each `session` is one activity (a multisport file has one per leg, with
 * transitions between). The session carries the totals; the `activity` message's local
 * timestamp tells the time zone the watch was in, so a run starts on the day the runner saw.
 */
import {
  ActivityFileProblem,
  type ActivitySummary,
  activitySummary,
  type LocalDateOf,
  runtimeLocalDate,
  utcDate,
} from './activity';
import { fitSport } from './sport';

/** The FIT SDK's decoded messages, as far as we read them (dates as `Date`, enums as names). */
export interface FitMessages {
  fileIdMesgs?: readonly { type?: unknown }[];
  sessionMesgs?: readonly FitSession[];
  activityMesgs?: readonly { timestamp?: unknown; localTimestamp?: unknown }[];
}

/** A FIT session message's fields that we use. */
export interface FitSession {
  startTime?: unknown;
  sport?: unknown;
  subSport?: unknown;
  totalDistance?: unknown;
  totalTimerTime?: unknown;
  totalElapsedTime?: unknown;
  totalAscent?: unknown;
}

/** Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z). */
const FIT_EPOCH_S = 631_065_600;
const MAX_ZONE_OFFSET_MS = 14 * 3600_000;

function positive(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

function timeOf(value: unknown): number | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  return null;
}

/**
 * The watch's offset from UTC in ms, from the activity message (local timestamp minus UTC
 * timestamp), or null when the file does not say or says something impossible.
 */
export function fitZoneOffsetMs(messages: FitMessages): number | null {
  const activity = messages.activityMesgs?.[0];
  const utc = timeOf(activity?.timestamp);
  const local = activity?.localTimestamp;
  if (utc === null || typeof local !== 'number') return null;
  const offset = (local + FIT_EPOCH_S) * 1000 - utc;
  return Math.abs(offset) <= MAX_ZONE_OFFSET_MS ? offset : null;
}

/** Reads a decoded FIT file's activities. Throws `ActivityFileProblem`. */
export function readFitMessages(
  messages: FitMessages,
  localDateOf: LocalDateOf = runtimeLocalDate,
): ActivitySummary[] {
  const fileType = messages.fileIdMesgs?.[0]?.type;
  const sessions = messages.sessionMesgs ?? [];
  if (sessions.length === 0) {
    throw new ActivityFileProblem(
      fileType !== undefined && fileType !== 'activity'
        ? `is a FIT ${typeof fileType === 'string' ? `${fileType} ` : ''}file, not a recorded activity.`
        : 'has no activity in it.',
    );
  }
  const offset = fitZoneOffsetMs(messages);
  const activities: ActivitySummary[] = [];
  for (const session of sessions) {
    const sport = fitSport(session.sport, session.subSport);
    const startedAt = timeOf(session.startTime);
    if (!sport || startedAt === null) continue;
    const metres = positive(session.totalDistance);
    const seconds = positive(session.totalTimerTime) ?? positive(session.totalElapsedTime);
    const ascent = session.totalAscent;
    activities.push(
      activitySummary({
        sport,
        startedAt,
        date: offset === null ? localDateOf(startedAt) : utcDate(startedAt + offset),
        metres,
        seconds,
        elevationGainM: typeof ascent === 'number' && Number.isFinite(ascent) ? ascent : null,
        source: 'fit',
      }),
    );
  }
  if (activities.length === 0) {
    throw new ActivityFileProblem('has no activity with a start time in it.');
  }
  return activities;
}
