/**
 * "Where does it hurt?": a simple front and back outline of the hips whose zones can be clicked,
 * beside a real checkbox for each zone. The drawing is for pointer users and hidden from
 * assistive technology; the checkboxes carry the names, the state and the keyboard.
 */
import type { JSX } from 'preact';
import { ZONES } from '../../knowledge/symptoms/evidence';
import type { ZoneId } from '../../knowledge/types';

/** The outline of pelvis and thighs, drawn around x = 75 and shifted for the back view. */
const BODY =
  'M50,18 C48,35 38,48 35,66 C32,95 40,150 46,195 L69,195 C70,160 71,130 73,108 ' +
  'Q75,103 77,108 C79,130 80,160 81,195 L104,195 C110,150 118,95 115,66 C112,48 102,35 100,18 Z';
const OUTER_THIGH_LEFT = 'M36,90 C35,122 41,160 46,188 L54,188 C50,160 45,122 45,90 Z';
const OUTER_THIGH_RIGHT = 'M114,90 C115,122 109,160 104,188 L96,188 C100,160 105,122 105,90 Z';

function OuterHip({ dx }: { dx: number }) {
  return (
    <>
      <ellipse cx={38 + dx} cy={70} rx={8} ry={13} />
      <ellipse cx={112 + dx} cy={70} rx={8} ry={13} />
    </>
  );
}

function OuterThigh({ dx }: { dx: number }) {
  return (
    <g transform={`translate(${dx} 0)`}>
      <path d={OUTER_THIGH_LEFT} />
      <path d={OUTER_THIGH_RIGHT} />
    </g>
  );
}

const SHAPES: Readonly<Record<ZoneId, JSX.Element>> = {
  'outer-hip': (
    <>
      <OuterHip dx={0} />
      <OuterHip dx={150} />
    </>
  ),
  'outer-thigh': (
    <>
      <OuterThigh dx={0} />
      <OuterThigh dx={150} />
    </>
  ),
  'front-hip': (
    <>
      <ellipse cx={57} cy={80} rx={13} ry={6} transform="rotate(40 57 80)" />
      <ellipse cx={93} cy={80} rx={13} ry={6} transform="rotate(-40 93 80)" />
    </>
  ),
  groin: (
    <>
      <ellipse cx={68} cy={101} rx={5.5} ry={10} />
      <ellipse cx={82} cy={101} rx={5.5} ry={10} />
    </>
  ),
  buttock: (
    <>
      <ellipse cx={208} cy={84} rx={15} ry={18} />
      <ellipse cx={242} cy={84} rx={15} ry={18} />
    </>
  ),
  // The inside of the upper thighs, below the groin (adductors).
  'inner-thigh': (
    <>
      <ellipse cx={63} cy={133} rx={5} ry={15} />
      <ellipse cx={87} cy={133} rx={5} ry={15} />
    </>
  ),
  // The sit bones, at the bottom of the buttocks where the hamstrings start.
  'sit-bone': (
    <>
      <ellipse cx={214} cy={106} rx={7} ry={5} />
      <ellipse cx={236} cy={106} rx={7} ry={5} />
    </>
  ),
  'lower-back': <ellipse cx={225} cy={48} rx={20} ry={11} />,
};

interface HipMapProps {
  selected: readonly ZoneId[];
  onToggle(zone: ZoneId): void;
}

/** The hip map with its checkboxes. */
export function HipMap({ selected, onToggle }: HipMapProps): JSX.Element {
  return (
    <div class="hip-map-layout">
      <svg class="hip-map" viewBox="0 0 300 222" aria-hidden="true" focusable="false">
        <path class="body" d={BODY} />
        <path class="body" d={BODY} transform="translate(150 0)" />
        <path class="body-line" d="M225,40 L225,100" />
        {ZONES.map((zone) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut only; the checkboxes beside it are the accessible control.
          <g
            key={zone.id}
            class="zone"
            data-zone={zone.id}
            data-selected={selected.includes(zone.id) ? 'true' : 'false'}
            onClick={() => onToggle(zone.id)}
          >
            <title>{zone.label}</title>
            {SHAPES[zone.id]}
          </g>
        ))}
        <text x="75" y="216" text-anchor="middle">
          Front
        </text>
        <text x="225" y="216" text-anchor="middle">
          Back
        </text>
      </svg>
      <ul class="choices choices-stacked">
        {ZONES.map((zone) => (
          <li key={zone.id}>
            <label class="choice">
              <input
                type="checkbox"
                name="zone"
                value={zone.id}
                checked={selected.includes(zone.id)}
                onChange={() => onToggle(zone.id)}
              />
              <span>{zone.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
