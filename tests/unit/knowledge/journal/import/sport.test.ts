import { describe, expect, it } from 'vitest';
import { fitSport, namedSport, tcxSport } from '../../../../../knowledge/journal/import/sport';

const brief = (reading: { kind: string; label: string; surface: string } | null) =>
  reading && `${reading.kind}: ${reading.label} (${reading.surface})`;

describe('sport mapping', () => {
  it('reads FIT sports and sub-sports, and skips multisport transitions', () => {
    expect(brief(fitSport('running', 'generic'))).toBe('run: Run (road)');
    expect(brief(fitSport('running', 'trail'))).toBe('run: Trail run (trail)');
    expect(brief(fitSport('running', 'treadmill'))).toBe('run: Treadmill run (treadmill)');
    expect(brief(fitSport('running', 'track'))).toBe('run: Track run (track)');
    expect(brief(fitSport('running', 'indoorRunning'))).toBe('run: Indoor running run (treadmill)');
    expect(brief(fitSport('cycling', 'road'))).toBe('cross-training: Cycling (road)');
    expect(brief(fitSport('crossCountrySkiing', undefined))).toBe(
      'cross-training: Cross country skiing (road)',
    );
    expect(brief(fitSport('generic', undefined))).toBe(
      'cross-training: Activity of an unnamed sport (road)',
    );
    expect(fitSport('transition', undefined)).toBeNull();
  });

  it("reads TCX's Sport attribute", () => {
    expect(brief(tcxSport('Running'))).toBe('run: Run (road)');
    expect(brief(tcxSport('Biking'))).toBe('cross-training: Cycling (road)');
    expect(brief(tcxSport('Other'))).toBe('cross-training: Activity of an unnamed sport (road)');
  });

  it("reads Strava's activity types and GPX <type> text", () => {
    expect(brief(namedSport('Run'))).toBe('run: Run (road)');
    expect(brief(namedSport('Trail Run'))).toBe('run: Trail run (trail)');
    expect(brief(namedSport('Virtual Run'))).toBe('run: Virtual run (treadmill)');
    expect(brief(namedSport('running'))).toBe('run: Run (road)');
    expect(brief(namedSport('trail_running'))).toBe('run: Trail run (trail)');
    expect(brief(namedSport('9'))).toBe('run: Run (road)');
    expect(brief(namedSport('Ride'))).toBe('cross-training: Cycling (road)');
    expect(brief(namedSport('cycling'))).toBe('cross-training: Cycling (road)');
    expect(brief(namedSport('Swim'))).toBe('cross-training: Swim (road)');
    expect(brief(namedSport('Wheelchair run'))).toBe('cross-training: Wheelchair run (road)');
  });
});
