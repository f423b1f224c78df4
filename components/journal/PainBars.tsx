/**
 * Pain by surface and pain by shoe: one labelled row per category with a bar for its average
 * worst pain (0–10), and for shoes a thin second bar for the pair's distance against the usual
 * replacement distance. Plain HTML bars: they wrap long shoe names at 320 px and print cleanly.
 * A surface or pair with fewer than 10 runs with a pain score gets no pain bar, only its count
 * and "too few runs yet", as its summary says: an average of three runs invites a conclusion that
 * the numbers cannot carry.
 */
import type { ComponentChildren, JSX } from 'preact';
import { RULE_THRESHOLDS } from '../../knowledge/journal/rules';
import type { ShoeTotal, SurfacePain } from '../../knowledge/journal/stats';
import { SURFACE_LABELS } from '../../knowledge/journal/types';
import { type DistanceUnit, formatDistance } from '../../knowledge/journal/units';
import { enoughToCompare, shoeSummary, surfaceSummary } from './chart-summaries';

function percent(value: number, max: number): string {
  return `${Math.max(0, Math.min(100, (value / max) * 100))}%`;
}

function ChartFrame(props: {
  id: string;
  title: string;
  summary: string;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <figure class="j-chart" aria-labelledby={`${props.id}-title`}>
      <figcaption>
        <h3 id={`${props.id}-title`}>{props.title}</h3>
      </figcaption>
      {/* The summary carries the numbers for screen readers; the bars repeat them visually. */}
      <div aria-hidden="true">{props.children}</div>
      <p class="j-summary" id={`${props.id}-summary`}>
        {props.summary}
      </p>
    </figure>
  );
}

/** Average worst pain on each surface run on. */
export function PainBySurfaceChart(props: {
  surfaces: readonly SurfacePain[];
  id: string;
}): JSX.Element {
  return (
    <ChartFrame id={props.id} title="Pain by surface" summary={surfaceSummary(props.surfaces)}>
      {props.surfaces.length === 0 ? null : (
        <ul class="j-bars" data-chart="surface">
          {props.surfaces.map((item) => (
            <li class="j-bar-row" key={item.surface}>
              <span class="j-bar-label">
                <span>{SURFACE_LABELS[item.surface]}</span>
                <span>
                  {enoughToCompare(item.runs) ? `${item.meanPain}/10 · ` : ''}
                  {item.runs} run{item.runs === 1 ? '' : 's'}
                  {enoughToCompare(item.runs) ? '' : ' · too few yet'}
                </span>
              </span>
              <span class="j-bar-track">
                {enoughToCompare(item.runs) && (
                  <span class="j-bar-fill" style={{ width: percent(item.meanPain, 10) }} />
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </ChartFrame>
  );
}

/** Average worst pain in each pair, with the pair's distance. */
export function PainByShoeChart(props: {
  totals: readonly ShoeTotal[];
  id: string;
  unit?: DistanceUnit;
}): JSX.Element {
  const replaceKm = RULE_THRESHOLDS.shoeReplaceKm;
  return (
    <ChartFrame id={props.id} title="Pain by shoe" summary={shoeSummary(props.totals, props.unit)}>
      {props.totals.length === 0 ? null : (
        <ul class="j-bars" data-chart="shoe">
          {props.totals.map((total) => (
            <li class="j-bar-row" key={total.shoe.id}>
              <span class="j-bar-label">
                <span>
                  {total.shoe.name}
                  {total.shoe.retired ? ' (retired)' : ''}
                </span>
                <span>
                  {total.meanPain !== null && enoughToCompare(total.painRuns)
                    ? `${total.meanPain}/10`
                    : total.painRuns > 0
                      ? 'too few runs yet'
                      : total.runs > 0
                        ? 'no pain noted'
                        : 'no runs'}{' '}
                  · {formatDistance(total.totalKm, props.unit ?? 'km', 1)}
                </span>
              </span>
              <span class="j-bar-track">
                {total.meanPain !== null && enoughToCompare(total.painRuns) && (
                  <span class="j-bar-fill" style={{ width: percent(total.meanPain, 10) }} />
                )}
              </span>
              <span class="j-bar-track j-bar-track-thin">
                <span class="j-bar-km" style={{ width: percent(total.totalKm, replaceKm) }} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {props.totals.length === 0 ? null : (
        <ul class="j-legend">
          <li>
            <span class="j-swatch j-swatch-pain" />
            average worst pain
          </li>
          <li>
            <span class="j-swatch j-swatch-km" />
            distance, full bar = {formatDistance(replaceKm, props.unit ?? 'km', 0)}
          </li>
        </ul>
      )}
    </ChartFrame>
  );
}
