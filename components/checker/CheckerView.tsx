/**
 * The quick checker. Location first on the hip map, then the safety questions, then what it
 * feels like, when it hurts and how it started, and a free-text box; all feed one lookup.
 * Suggestions appear only once every safety question has an answer; an emergency or same-day
 * answer stops the flow with a banner that says what to do now. A one-line summary in a polite
 * live region says what changed, without rereading the whole result to a screen reader.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { conditionById } from '../../knowledge/guide/conditions';
import { MAX_CHECK_TEXT_LENGTH } from '../../knowledge/journal/backup';
import { isConditionId } from '../../knowledge/known-ids';
import { hrefOf } from '../../knowledge/routes';
import { FEELINGS, ONSETS, type OnsetId, TRIGGERS } from '../../knowledge/symptoms/evidence';
import { GLOSSARY, termById } from '../../knowledge/terms/glossary';
import { useApp } from '../app-context';
import { Disclaimer } from '../guide/Disclaimer';
import { Button } from '../ui/Button';
import { ChoiceGroup, choicesFrom } from '../ui/ChoiceGroup';
import { LimitedTextarea } from '../ui/LimitedTextarea';
import { CheckResults } from './CheckResults';
import { CheckSaveBar } from './CheckSaveBar';
import type { CheckAction } from './check-draft';
import { barLabel, checkOutcome, describeOutcome, stopsTheFlow } from './check-outcome';
import { HipMap } from './HipMap';
import { RedFlagQuestions } from './RedFlagQuestions';
import { UrgentAdvice } from './UrgentAdvice';

const NOT_SURE = 'not-sure';
const ONSET_CHOICES = choicesFrom([...ONSETS, { id: NOT_SURE, label: 'Not sure' }]);
const FEELING_CHOICES = choicesFrom(FEELINGS);
const TRIGGER_CHOICES = choicesFrom(TRIGGERS);

function fromName(from: string | null): string | null {
  if (from === null) return null;
  if (isConditionId(from)) return conditionById(from).name;
  // A term id from a page card, or a spelling such as "itbs" from a hand-made link.
  const spelling = from.toLowerCase();
  const term = termById(from) ?? GLOSSARY.find((t) => t.variants.includes(spelling));
  return term?.name ?? null;
}

function Step({ n, title, children }: { n: number; title: string; children: ComponentChildren }) {
  return (
    <section class="step" aria-labelledby={`step-${n}`}>
      <h2 id={`step-${n}`}>
        <span class="step-number" aria-hidden="true">
          {n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The checker view; `notice` explains a reopened check that no longer exists. */
export function CheckerView({ notice }: { notice: string | null }): JSX.Element {
  const { state, dispatch } = useApp();
  const { answers, from } = state.check;
  const outcome = useMemo(() => checkOutcome(answers), [answers]);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const act = (action: CheckAction) => dispatch({ type: 'check', action });
  const cameFrom = fromName(from);
  // The reader's locale picks the emergency number (999, 911 or 112).
  const locale = navigator.language;
  const stopped = stopsTheFlow(outcome);
  // "Not sure" and "not answered" save alike (no onset), but only a runner's own pick shows as
  // picked: nothing is chosen for them. The pick belongs to this check (its session).
  const [notSureIn, setNotSureIn] = useState<number | null>(null);
  const notSurePicked = notSureIn === state.check.session && answers.onset === null;

  const showResults = () => {
    resultsHeading.current?.scrollIntoView({ block: 'start' });
    resultsHeading.current?.focus({ preventScroll: true });
  };

  return (
    <>
      <h1 tabIndex={-1}>Check my symptoms</h1>
      <p class="lead">
        Say where it hurts and answer the safety questions; the rest is optional. Suggestions appear
        once every safety question has an answer.
      </p>
      <p class="view-links">
        <a href={hrefOf({ view: 'history' })}>Past checks</a>
      </p>
      {cameFrom && (
        <p class="note">
          You came here from <strong>{cameFrom}</strong>. Answer for yourself: the checker does not
          assume it.
        </p>
      )}
      {notice && (
        <p class="note" role="status">
          {notice}
        </p>
      )}

      <form class="checker" onSubmit={(event) => event.preventDefault()}>
        <Step n={1} title="Where does it hurt?">
          <fieldset class="question">
            <legend class="visually-hidden">Where does it hurt?</legend>
            <p class="hint">Tap the drawing or tick the boxes. Pick all that apply.</p>
            <HipMap selected={answers.zones} onToggle={(id) => act({ type: 'toggle-zone', id })} />
          </fieldset>
        </Step>
        <Step n={2} title="Safety questions">
          <p class="hint">Answer each one. If you are not sure, say so: it counts as a yes.</p>
          <RedFlagQuestions
            answers={answers.redFlagAnswers}
            onAnswer={(id, answer) => act({ type: 'answer-red-flag', id, answer })}
            onRestNo={(ids) => act({ type: 'answer-rest-no', ids })}
          />
        </Step>
        {outcome.kind === 'urgent' && stopped && (
          <UrgentAdvice redFlags={outcome.redFlags} urgency={outcome.urgency} locale={locale} />
        )}
        {!stopped && (
          <>
            <Step n={3} title="What does it feel like?">
              <ChoiceGroup
                id="feeling"
                legend={<span class="visually-hidden">What does it feel like?</span>}
                hint="Pick all that apply."
                type="checkbox"
                choices={FEELING_CHOICES}
                checked={(id) => answers.feelings.includes(id)}
                onChange={(id) => act({ type: 'toggle-feeling', id })}
              />
            </Step>
            <Step n={4} title="When does it hurt?">
              <ChoiceGroup
                id="trigger"
                legend={<span class="visually-hidden">When does it hurt?</span>}
                hint="Pick all that apply."
                type="checkbox"
                choices={TRIGGER_CHOICES}
                checked={(id) => answers.triggers.includes(id)}
                onChange={(id) => act({ type: 'toggle-trigger', id })}
              />
            </Step>
            <Step n={5} title="How did it start?">
              <ChoiceGroup
                id="onset"
                legend={<span class="visually-hidden">How did it start?</span>}
                type="radio"
                choices={ONSET_CHOICES}
                checked={(id) => (id === NOT_SURE ? notSurePicked : answers.onset === id)}
                onChange={(id) => {
                  setNotSureIn(id === NOT_SURE ? state.check.session : null);
                  act({ type: 'set-onset', onset: id === NOT_SURE ? null : (id as OnsetId) });
                }}
              />
            </Step>
          </>
        )}
        {/* Kept after a stop when it holds words: they may be what raised the flag. */}
        {(!stopped || answers.text.trim() !== '') && (
          <Step n={stopped ? 3 : 6} title="In your own words">
            <div class="field">
              <label for="symptom-text">Describe it in your own words (optional)</label>
              <p class="hint" id="symptom-text-hint">
                For example: “burning on the outside of my hip, worse lying on that side”.
              </p>
              <LimitedTextarea
                id="symptom-text"
                rows={3}
                max={MAX_CHECK_TEXT_LENGTH}
                describedBy="symptom-text-hint"
                value={answers.text}
                onValue={(text) => act({ type: 'set-text', text })}
              />
            </div>
          </Step>
        )}
      </form>

      <section class="check-results" aria-labelledby="results-title" data-kind={outcome.kind}>
        <h2 id="results-title" tabIndex={-1} ref={resultsHeading}>
          What this might be
        </h2>
        <CheckResults outcome={outcome} locale={locale} />
      </section>

      <CheckSaveBar />
      <Disclaimer />

      {/* One line in sight while answering: a few words for the eye, the whole sentence for a
          screen reader (a polite live region, so each change is said once). */}
      <div class={`check-summary summary-${outcome.kind}`} data-check-bar>
        <p aria-live="polite" aria-atomic="true" class="check-summary-text visually-hidden">
          {describeOutcome(outcome, locale)}
        </p>
        <p class="check-summary-label" aria-hidden="true">
          {barLabel(outcome, locale)}
        </p>
        {outcome.kind !== 'empty' && (
          <Button small onClick={showResults}>
            See results
          </Button>
        )}
      </div>
    </>
  );
}
