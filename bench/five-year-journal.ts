/**
 * Five years of a keen runner's journal for the journal-view bench: 2,000 runs, spread the way a
 * real log is (more on weekends, doubles on some weekdays, a long run most Sundays, summer
 * build-ups, three breaks of three weeks), a new pair of shoes every 750 km, six surfaces, and pain
 * on some runs: eight painful stretches of two to five weeks, a zero on most other runs, and blank
 * ("not recorded") on imported runs no one scored. Deterministic: the same journal each time.
 */
import { addDays, dayNumber } from '../knowledge/journal/stats';
import type { JournalRun, JournalShoe, SurfaceId } from '../knowledge/journal/types';
import type { ZoneId } from '../knowledge/types';

/** A small deterministic random source (mulberry32), so every bench run sees the same journal. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Chance of a run on each weekday (Monday first), and of a second run that day.
const RUN_CHANCE = [0.65, 0.95, 0.92, 0.95, 0.8, 0.95, 0.97];
const DOUBLE_CHANCE = [0.15, 0.55, 0.25, 0.55, 0.15, 0.35, 0];
const SURFACES: [SurfaceId, number][] = [
  ['road', 0.5],
  ['asphalt', 0.15],
  ['trail', 0.15],
  ['treadmill', 0.1],
  ['track', 0.05],
  ['grass', 0.05],
];
const ZONES: ZoneId[] = ['outer-hip', 'groin', 'front-hip', 'buttock'];

/** The surface at `share` (0–1) of the way through the surfaces' shares. */
function pickSurface(share: number): SurfaceId {
  let left = share;
  for (const [surface, part] of SURFACES) {
    left -= part;
    if (left < 0) return surface;
  }
  return 'road';
}

/** `count` runs (2,000 by default) ending `today`, with the shoes they were run in. */
export function fiveYearJournal(
  today: string,
  count = 2000,
): { runs: JournalRun[]; shoes: JournalShoe[] } {
  const random = randomSource(20_261_130);
  const first = addDays(today, -5 * 365);
  const days = dayNumber(today) - dayNumber(first);
  const breaks = [0.2, 0.55, 0.8].map((share) => Math.round(days * share));
  const painStarts = Array.from({ length: 8 }, (_, index) =>
    Math.round(days * ((index + 0.5) / 8) + (random() - 0.5) * 40),
  );
  const runs: JournalRun[] = [];
  const shoes: JournalShoe[] = [];
  let shoeKm = Infinity;
  for (let offset = 0; offset <= days; offset++) {
    if (breaks.some((start) => offset >= start && offset < start + 21)) continue;
    const date = addDays(first, offset);
    const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7;
    const runsToday =
      (random() < (RUN_CHANCE[weekday] ?? 0) ? 1 : 0) +
      (random() < (DOUBLE_CHANCE[weekday] ?? 0) ? 1 : 0);
    // Summers build up: a little more distance from May to August.
    const month = Number(date.slice(5, 7));
    const season = month >= 5 && month <= 8 ? 1.15 : 1;
    const inPain = painStarts.find(
      (start) => offset >= start && offset < start + 14 + (start % 21),
    );
    for (let index = 0; index < runsToday; index++) {
      const long = weekday === 6 && index === 0;
      const distanceKm =
        Math.round(
          (long ? 16 + random() * 14 : index === 1 ? 5 + random() * 3 : 6 + random() * 7) *
            season *
            10,
        ) / 10;
      if (shoeKm > 750) {
        shoes.forEach((shoe) => {
          shoe.retired = true;
        });
        shoes.push({
          id: shoes.length + 1,
          name: `Pair ${shoes.length + 1}`,
          startKm: 0,
          retired: false,
          createdAt: Date.parse(`${date}T08:00:00Z`),
        });
        shoeKm = 0;
      }
      shoeKm += distanceKm;
      const surface = pickSurface(random());
      const imported = random() < 0.5;
      const scored = !imported || random() < 0.6;
      const pain =
        inPain === undefined
          ? { before: scored ? 0 : null, during: scored ? 0 : null, after: scored ? 0 : null }
          : {
              before: 1,
              during: 2 + Math.floor(random() * 5),
              after: 1 + Math.floor(random() * 5),
            };
      const at = Date.parse(`${date}T${index === 0 ? '07' : '18'}:00:00Z`);
      runs.push({
        id: runs.length + 1,
        date,
        distanceKm,
        durationMin: Math.round(distanceKm * (5 + random() * 1.5)),
        surface,
        shoeId: shoes.length,
        warmedUp: random() < 0.7,
        stretchedAfter: random() < 0.5,
        limp: inPain !== undefined && random() < 0.05,
        painCharacter: inPain === undefined ? (scored ? 'none' : null) : 'ache',
        pain: { ...pain, nextMorning: scored && random() < 0.6 ? (pain.after ?? 0) : null },
        zones: inPain === undefined ? [] : [ZONES[inPain % ZONES.length] ?? 'outer-hip'],
        notes: random() < 0.05 ? 'Hills, windy; legs heavy on the way back.' : '',
        ...(imported ? { imported: { startedAt: at, source: 'fit' as const } } : {}),
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  // The latest `count` runs, numbered from 1.
  const kept = runs.slice(-count).map((run, index) => ({ ...run, id: index + 1 }));
  return { runs: kept, shoes };
}
