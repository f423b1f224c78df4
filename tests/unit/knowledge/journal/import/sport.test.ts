import { describe, expect, it } from 'vitest';
import { fitSport, namedSport, tcxSport } from '../../../../../knowledge/journal/import/sport';

// A plain run has no surface: the file does not say road, so the journal does not guess it.
const brief = (reading: { kind: string; label: string; surface: string | null } | null) =>
  reading && `${reading.kind}: ${reading.label} (${reading.surface ?? 'no surface'})`;

describe('sport mapping', () => {
  it('reads FIT sports and sub-sports, and skips multisport transitions', () => {
    expect(brief(fitSport('running', 'generic'))).toBe('run: Run (no surface)');
    expect(brief(fitSport('running', 'trail'))).toBe('run: Trail run (trail)');
    expect(brief(fitSport('running', 'treadmill'))).toBe('run: Treadmill run (treadmill)');
    expect(brief(fitSport('running', 'track'))).toBe('run: Track run (track)');
    expect(brief(fitSport('running', 'indoorRunning'))).toBe('run: Indoor running run (treadmill)');
    expect(brief(fitSport('cycling', 'road'))).toBe('cross-training: Cycling (no surface)');
    expect(brief(fitSport('crossCountrySkiing', undefined))).toBe(
      'cross-training: Cross country skiing (no surface)',
    );
    expect(brief(fitSport('generic', undefined))).toBe(
      'cross-training: Activity of an unnamed sport (no surface)',
    );
    expect(fitSport('transition', undefined)).toBeNull();
  });

  it("reads TCX's Sport attribute", () => {
    expect(brief(tcxSport('Running'))).toBe('run: Run (no surface)');
    expect(brief(tcxSport('Biking'))).toBe('cross-training: Cycling (no surface)');
    expect(brief(tcxSport('Other'))).toBe(
      'cross-training: Activity of an unnamed sport (no surface)',
    );
  });

  it("reads Strava's activity types and GPX <type> text", () => {
    expect(brief(namedSport('Run'))).toBe('run: Run (no surface)');
    expect(brief(namedSport('Trail Run'))).toBe('run: Trail run (trail)');
    expect(brief(namedSport('Virtual Run'))).toBe('run: Virtual run (treadmill)');
    expect(brief(namedSport('running'))).toBe('run: Run (no surface)');
    expect(brief(namedSport('trail_running'))).toBe('run: Trail run (trail)');
    expect(brief(namedSport('9'))).toBe('run: Run (no surface)');
    expect(brief(namedSport('Ride'))).toBe('cross-training: Cycling (no surface)');
    expect(brief(namedSport('cycling'))).toBe('cross-training: Cycling (no surface)');
    expect(brief(namedSport('Swim'))).toBe('cross-training: Swim (no surface)');
    expect(brief(namedSport('Wheelchair run'))).toBe('cross-training: Wheelchair run (no surface)');
  });
});
