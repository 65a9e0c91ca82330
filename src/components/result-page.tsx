import { useEffect, useId, useRef, type Ref } from 'react';
import { answerLabel, wordedQuestion } from '../locale/worded.ts';
import { explain, tagAxis, type Explanation } from '../logic/explain.ts';
import { isProviderId, PROVIDER_NAMES } from '../logic/provider-ids.ts';
import { encodeAnswers } from '../logic/share-link.ts';
import type { Protocol, QuestionId, Recommendation } from '../logic/types.ts';
import { selectActions, selectAnswers, selectAskService, selectReopened, type FlowStep } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { Heading } from './heading.tsx';
import { usePersonActions } from './report.ts';
import { useRecommendation, useWords, type Words } from './result-words.ts';
import { Section } from './section.tsx';
import { Setup } from './setup/setup.tsx';
import { CallToAction, ShareActions } from './share-actions.tsx';
import { useWizardConfig } from './wizard-config.tsx';

const other = (p: Protocol): Protocol => (p === 'imap' ? 'pop3' : 'imap');

type Explained = { result: Recommendation; explanation: Explanation };

type Reason = { key: string; text: string; tag?: string };

/** Reasons as a list; `against` marks the ones that point to the runner-up. */
function ReasonList({ reasons, against = false }: { reasons: ReadonlyArray<Reason>; against?: boolean }) {
  return (
    <ul className="piw-reasons">
      {reasons.map((reason) => (
        <li key={reason.key} className={against ? 'piw-reason piw-reason-against' : 'piw-reason'}>
          <span>{reason.text}</span>
          {reason.tag && <span className="piw-tag">{reason.tag}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Why": the requirement first, then only the answers that argue for the recommended protocol,
 * biggest first. The main reason is in the first screenful; the others are one click away.
 */
function Why({ result, explanation }: Explained) {
  const { t, name } = useWords();
  const reasons: Reason[] = [
    ...explanation.requirements.map((r) => ({
      key: `requires-${r.questionId}`,
      text: r.reason ?? '',
      tag: t.result.rulesOut(name(other(r.protocol))),
    })),
    ...explanation.why.map((d) => {
      const axis = tagAxis(result, d);
      return { key: d.questionId, text: d.reason ?? '', ...(axis ? { tag: t.axes[axis] } : {}) };
    }),
  ];
  if (reasons.length === 0) reasons.push({ key: 'starting-point', text: t.result.startingReason(name(result.protocol)) });
  const [main, ...more] = reasons;
  return (
    <Section title={t.result.driversHeading} className="piw-why">
      <ReasonList reasons={main ? [main] : []} />
      {more.length > 0 && (
        <details className="piw-more">
          <summary>{t.result.moreReasons(more.length)}</summary>
          <ReasonList reasons={more} />
        </details>
      )}
    </Section>
  );
}

/** Answers that point to the runner-up, under their own heading (never under "Why"). */
function PullsTheOtherWay({ result, explanation }: Explained) {
  const { t, name } = useWords();
  if (explanation.against.length === 0) return null;
  const reasons = explanation.against.map((d) => {
    const axis = tagAxis(result, d);
    const points = t.result.pointsTo(name(d.favours));
    return { key: d.questionId, text: d.reason ?? '', tag: axis ? `${t.axes[axis]} · ${points}` : points };
  });
  return (
    <Section title={t.result.againstHeading} count={reasons.length} collapsible>
      <ReasonList reasons={reasons} against />
    </Section>
  );
}

/** What a POP3 result still needs before it is safe (why it is not `clear`). */
function Cautions({ result }: { result: Recommendation }) {
  const { t, name } = useWords();
  if (result.cautions.length === 0) return null;
  return (
    <Section title={t.result.cautionsHeading(name(result.protocol))} className="piw-cautions">
      <ul className="piw-list">
        {result.cautions.map((caution) => (
          <li key={caution.questionId}>{caution.reason}</li>
        ))}
      </ul>
    </Section>
  );
}

function topics(ids: ReadonlyArray<QuestionId>, { t, locale }: Words): string {
  return t.list(ids.map((id) => wordedQuestion(id, locale.questions).topic));
}

/** At most three changes to given answers, nearest first, and one line about skipped questions. */
function WhatWouldChangeIt({ explanation }: { explanation: Explanation }) {
  const words = useWords();
  const { t, name, locale } = words;
  const { changes, onlyWeakening, sharpen } = explanation;
  return (
    <Section title={t.result.flipsHeading} {...(changes.length > 0 ? { count: changes.length } : {})} collapsible>
      {changes.length > 0 ? (
        <ul className="piw-list">
          {changes.map((flip) => {
            const conditions: Readonly<Record<string, string>> = locale.questions[flip.questionId].conditions;
            return <li key={`${flip.questionId}-${flip.optionId}`}>{t.result.flip(conditions[flip.optionId] ?? '', name(flip.protocol))}</li>;
          })}
        </ul>
      ) : (
        <p>{onlyWeakening.length > 0 ? t.result.onlyWeakening(topics(onlyWeakening, words)) : t.result.flipsNone}</p>
      )}
      {sharpen.length > 0 && <p className="piw-sharpen">{t.result.sharpen(topics(sharpen, words))}</p>}
    </Section>
  );
}

/** One answer in "Your answers": the question, the answer (muted when skipped), and a way to change it. */
function AnswerRow({ step, title, label }: { step: FlowStep; title: string; label: string | undefined }) {
  const { change } = useWizard(selectActions);
  const { t } = useWords();
  return (
    <div className={label === undefined ? 'piw-answer piw-answer-skipped' : 'piw-answer'}>
      <dt>{title}</dt>
      <dd>
        <span>{label ?? t.result.unanswered}</span>
        <button
          type="button"
          className="piw-link-button"
          aria-label={label === undefined ? t.result.answerLabel(title) : t.result.changeLabel(title)}
          onClick={() => change(step)}
        >
          {label === undefined ? t.result.answer : t.result.change}
        </button>
      </dd>
    </div>
  );
}

/**
 * Every answer, with a way to change it; skipped ones muted, with a way to answer them. The
 * provider, where it is asked, reads as the select does: its name, or "another provider".
 */
function AnswersSummary() {
  const answers = useWizard(selectAnswers);
  const askService = useWizard(selectAskService);
  const { t, questions, locale } = useWords();
  return (
    <Section title={t.result.answersHeading} collapsible className="piw-answers-section">
      <dl className="piw-answers">
        {questions.map((q) => (
          <AnswerRow key={q.id} step={q.id} title={q.title} label={answerLabel(answers, q.id, locale.questions)} />
        ))}
        {askService && (
          <AnswerRow step="service" title={t.service.title} label={isProviderId(answers.service) ? PROVIDER_NAMES[answers.service] : t.service.other} />
        )}
      </dl>
    </Section>
  );
}

/** The recommendation with its reasons, the chart, what would change it, and how to set it up. */
export function ResultPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const result = useRecommendation();
  const answers = useWizard(selectAnswers);
  const { startOver } = useWizard(selectActions);
  const { start } = usePersonActions();
  const reopened = useWizard(selectReopened);
  const config = useWizardConfig();
  const { t, name } = useWords();
  const headingId = useId();
  const winner = name(result.protocol);
  const explanation = explain(result, answers);
  const nothingAnswered = explanation.answered === 0;
  const required = result.requirements.length > 0;
  // One answer and nothing ruled out: where it points, never a verdict as if the person were assessed.
  const oneAnswer = explanation.answered === 1 && !required;
  const shareUrl = config.shareUrl(encodeAnswers(answers, 'result'));
  const reported = useRef<object | null>(null);

  // Tell the page about this result: once per set of answers (StrictMode runs effects twice).
  useEffect(() => {
    if (reported.current === answers) return;
    reported.current = answers;
    if (config.setDocumentTitle) {
      document.title = nothingAnswered
        ? t.result.startingPoint.documentTitle
        : oneAnswer
          ? t.result.oneAnswer.documentTitle(winner)
          : t.result.documentTitle(winner);
    }
    config.onEvent?.('wizard-complete', { protocol: result.protocol, confidence: result.confidence, answers: { ...answers }, shareUrl, reopened });
  }, [answers, result, config, winner, nothingAnswered, oneAnswer, shareUrl, t, reopened]);

  return (
    <section className="piw-result" aria-labelledby={headingId}>
      <div className="piw-result-top">
        <div className="piw-summary">
          <Heading id={headingId} className="piw-heading piw-verdict" part="heading" tabIndex={-1} ref={headingRef}>
            {nothingAnswered ? t.result.startingPoint.heading(winner) : oneAnswer ? t.result.oneAnswer.heading(winner) : t.result.suits(winner)}
          </Heading>
          {nothingAnswered ? (
            <>
              <p className="piw-confidence">{t.result.startingPoint.text}</p>
              <p className="piw-invite">{t.result.startingPoint.invite}</p>
              <div className="piw-actions">
                <button type="button" className="piw-button piw-primary" part="primary-button" onClick={start}>
                  {t.result.startingPoint.action}
                </button>
                <CallToAction protocol={result.protocol} />
              </div>
            </>
          ) : (
            <>
              <p className={`piw-confidence piw-confidence-${result.confidence}`}>
                <span className="piw-confidence-level">
                  {required ? t.result.needed(winner) : oneAnswer ? t.result.oneAnswer.text : t.result.confidence[result.confidence]}
                </span>
                {explanation.answered < explanation.total && (
                  <>
                    {' '}
                    <span>{t.result.basedOn(explanation.answered, explanation.total)}</span>
                  </>
                )}{' '}
                <span className="piw-runner-up">
                  {required ? t.result.ruledOut(name(other(result.protocol))) : t.result.runnerUp(name(other(result.protocol)))}
                </span>
              </p>
              <Why result={result} explanation={explanation} />
              <ShareActions protocol={result.protocol} url={shareUrl} />
            </>
          )}
        </div>
        <ChartFigure result={result} />
      </div>
      {!nothingAnswered && (
        <div className="piw-result-pairs">
          <Cautions result={result} />
          <WhatWouldChangeIt explanation={explanation} />
          <PullsTheOtherWay result={result} explanation={explanation} />
        </div>
      )}
      <Setup result={result} />
      <AnswersSummary />
      {reopened && <p className="piw-reopened">{t.result.reopened}</p>}
      <div className="piw-actions piw-result-end">
        <CallToAction protocol={result.protocol} />
        <button type="button" className="piw-button piw-secondary" part="secondary-button" onClick={startOver}>
          {t.result.startOver}
        </button>
      </div>
      <p className="piw-print-only">{t.result.printLink(shareUrl)}</p>
    </section>
  );
}
