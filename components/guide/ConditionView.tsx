/** One condition, every section the guide has on it, its sources and its glossary terms. */
import type { JSX } from 'preact';
import { conditionById } from '../../knowledge/guide/conditions';
import { OTHER_CAUSES } from '../../knowledge/guide/other-causes';
import { hrefOf } from '../../knowledge/routes';
import { GLOSSARY } from '../../knowledge/terms/glossary';
import type { ConditionId } from '../../knowledge/types';
import { BackLink } from './BackLink';
import { Disclaimer } from './Disclaimer';
import { OtherCauseList } from './OtherCauseList';
import { SourceList } from './SourceList';
import { URGENCY_LABELS } from './urgency';

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: JSX.Element | JSX.Element[];
}) {
  return (
    <section aria-labelledby={`section-${id}`} class="entry-section">
      <h2 id={`section-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Bullets({ items }: { items: readonly string[] }) {
  return (
    <ul class="bullets">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The page for condition `id`. */
export function ConditionView({ id }: { id: ConditionId }): JSX.Element {
  const condition = conditionById(id);
  const terms = GLOSSARY.filter((term) => term.entry === id);
  const lookAlikes = OTHER_CAUSES.filter((cause) => cause.mistakenFor.includes(id));
  const checkHref = hrefOf({ view: 'check', from: id, saved: null, preset: {} });
  return (
    <article class="entry" data-entry={id}>
      <BackLink />
      <h1 tabIndex={-1}>{condition.name}</h1>
      {condition.otherNames.length > 0 && (
        <p class="muted also-called">Also called {condition.otherNames.join(', ')}</p>
      )}
      <p class="lead">{condition.summary}</p>
      <p class="tag">Where it hurts: {condition.whereShort}</p>
      <p>
        <a class="button button-primary" href={checkHref}>
          Compare with your symptoms
        </a>
      </p>

      <Section id="what" title="What it is">
        <p>{condition.whatItIs}</p>
      </Section>
      <Section id="feels" title="Where it hurts and what it feels like">
        <Bullets items={condition.feelsLike} />
      </Section>
      <Section id="when" title="When it hurts">
        <Bullets items={condition.whenItHurts} />
      </Section>
      <Section id="causes" title="Common causes">
        <Bullets items={condition.causes} />
      </Section>
      <Section id="do-now" title="What to do now">
        <Bullets items={condition.doNow} />
      </Section>
      <section
        aria-labelledby="section-see"
        class={`entry-section see-someone urgency-${condition.seeAProfessional.urgency}`}
      >
        <h2 id="section-see">When to see someone</h2>
        <p class="urgency-label">{URGENCY_LABELS[condition.seeAProfessional.urgency]}</p>
        <p>{condition.seeAProfessional.advice}</p>
      </section>
      <Section id="recovery" title="Recovery and getting back to running">
        <p>{condition.recovery}</p>
      </Section>
      <Section id="prevention" title="Keeping it away">
        <Bullets items={condition.prevention} />
      </Section>
      {lookAlikes.length > 0 && (
        <Section id="other-causes" title="Other things it could be">
          <OtherCauseList causes={lookAlikes} />
        </Section>
      )}
      {terms.length > 0 && (
        <Section id="terms" title="Words you may meet">
          <ul class="term-list">
            {terms.map((term) => (
              <li key={term.id}>
                <details>
                  <summary>{term.name}</summary>
                  <p>{term.card}</p>
                </details>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="sources" title="Sources">
        <SourceList sources={condition.sources} />
      </Section>
      <p>
        <a class="button" href={checkHref}>
          Compare with your symptoms
        </a>
      </p>
      <Disclaimer />
    </article>
  );
}
