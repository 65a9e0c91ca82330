import { Component, Suspense, startTransition, useEffect, useId, useRef, useState, type ReactNode, type Ref } from 'react';
import { chartRows } from '../charts/chart-data.ts';
import { ScoresTable } from '../charts/scores-table.tsx';
import { explain, type Explanation } from '../logic/explain.ts';
import { EN } from '../logic/locale/en.ts';
import { QUESTIONS, answerLabel, getQuestion } from '../logic/questions.ts';
import { protocolFor } from '../logic/recommend.ts';
import { encodeAnswers } from '../logic/share-link.ts';
import type { Answers, Protocol, QuestionId, Recommendation } from '../logic/types.ts';
import { selectRecommendation } from '../state/recommendation.ts';
import { selectActions, selectAnswers } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { Heading } from './heading.tsx';
import { LazyProtocolRadar, prefetchChart } from './lazy-chart.ts';
import { ShareActions } from './share-actions.tsx';
import { useElementWidth, usePrefersReducedMotion } from './use-media-query.ts';
import { useWizardConfig } from './wizard-config.tsx';

const t = EN.ui;
const name = (p: Protocol) => t.protocols[p];
const other = (p: Protocol): Protocol => (p === 'imap' ? 'pop3' : 'imap');

class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p className="piw-chart-message">{t.result.chartFailed}</p> : this.props.children;
  }
}

function ChartFigure({ result }: { result: Recommendation }) {
  const animate = !usePrefersReducedMotion();
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  // A narrow box keeps room around the polygon for the axis labels.
  const compact = boxWidth > 0 && boxWidth < 440;
  const [tableVisible, setTableVisible] = useState(false);
  const tableId = useId();
  const [chartReady, setChartReady] = useState(false);
  const rows = chartRows(result);

  // Draw the chart once its code is here, as a transition: React renders it in small slices, so a
  // slow phone stays responsive while Recharts builds the SVG.
  useEffect(() => {
    let live = true;
    const ready = () => live && startTransition(() => setChartReady(true));
    prefetchChart().then(ready, ready); // a failed load renders too, and the boundary says so
    return () => {
      live = false;
    };
  }, []);
  // The chart shows the trade-offs: say which protocol leads on them, and, when a requirement
  // decided otherwise, say so beside the chart rather than let the two disagree.
  const leader = protocolFor(result.margin);
  const label = t.result.chartLabel(name(leader));
  return (
    <figure className="piw-chart">
      <figcaption className="piw-subheading">{t.result.chartHeading}</figcaption>
      {/* The box is sized before the chart loads, so nothing shifts when it appears. */}
      <div className="piw-chart-box" ref={boxRef}>
        <ChartBoundary>
          {chartReady ? (
            <Suspense fallback={<p className="piw-chart-message">{t.result.chartLoading}</p>}>
              <LazyProtocolRadar rows={rows} label={label} animate={animate} compact={compact} />
            </Suspense>
          ) : (
            <p className="piw-chart-message">{t.result.chartLoading}</p>
          )}
        </ChartBoundary>
      </div>
      <button
        type="button"
        className="piw-button piw-quiet piw-table-toggle"
        aria-expanded={tableVisible}
        aria-controls={tableId}
        onClick={() => setTableVisible((v) => !v)}
      >
        {tableVisible ? t.result.hideTable : t.result.showTable}
      </button>
      <ScoresTable rows={rows} id={tableId} visible={tableVisible} />
      {leader !== result.protocol && <p className="piw-chart-note">{t.result.tradeoffNote(name(leader))}</p>}
    </figure>
  );
}

type Explained = { result: Recommendation; explanation: Explanation };

/** A part of the result with its heading, as a region named by that heading. */
function Section({ title, className = '', children }: { title: string; className?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={`piw-section ${className}`.trim()} aria-labelledby={headingId}>
      <Heading depth={1} id={headingId} className="piw-subheading">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Under "Why": the requirement first, then only the answers that argue for the recommended protocol. */
function Why({ result, explanation }: Explained) {
  const { requirements, why } = explanation;
  return (
    <Section title={t.result.driversHeading}>
      <ul className="piw-drivers">
        {requirements.map((requirement) => (
          <li key={`requirement-${requirement.questionId}`} className={`piw-driver piw-favours-${result.protocol}`}>
            <span className="piw-driver-reason">{requirement.reason}</span>
            <span className="piw-tag">{t.result.rulesOut(name(other(requirement.protocol)))}</span>
          </li>
        ))}
        {why.map((driver) => (
          <li key={driver.questionId} className={`piw-driver piw-favours-${driver.favours}`}>
            <span className="piw-driver-reason">{driver.reason}</span>
            <span className="piw-tag">{t.axes[driver.axis]}</span>
          </li>
        ))}
        {requirements.length === 0 && why.length === 0 && (
          <li className={`piw-driver piw-favours-${result.protocol}`}>
            <span className="piw-driver-reason">{t.result.startingReason(name(result.protocol))}</span>
          </li>
        )}
      </ul>
    </Section>
  );
}

/** Answers that point to the runner-up, under their own heading (never under "Why"). */
function PullsTheOtherWay({ explanation }: Explained) {
  if (explanation.against.length === 0) return null;
  return (
    <Section title={t.result.againstHeading}>
      <ul className="piw-drivers">
        {explanation.against.map((driver) => (
          <li key={driver.questionId} className={`piw-driver piw-favours-${driver.favours}`}>
            <span className="piw-driver-reason">{driver.reason}</span>
            <span className="piw-tag">
              {t.axes[driver.axis]} · {t.result.pointsTo(name(driver.favours))}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** What a POP3 result still needs before it is safe (why it is not `clear`). */
function Cautions({ result }: { result: Recommendation }) {
  if (result.cautions.length === 0) return null;
  const sentences: Readonly<Record<string, Readonly<Record<string, string>>>> = EN.model.cautions;
  return (
    <Section title={t.result.cautionsHeading(name(result.protocol))}>
      <ul className="piw-list">
        {result.cautions.map((caution) => (
          <li key={caution.questionId}>{sentences[caution.questionId]?.[caution.optionId]}</li>
        ))}
      </ul>
    </Section>
  );
}

function topics(ids: ReadonlyArray<QuestionId>): string {
  return t.list(ids.map((id) => getQuestion(id).topic));
}

/** At most three changes to given answers, nearest first, and one line about skipped questions. */
function WhatWouldChangeIt({ result, explanation, answers }: Explained & { answers: Answers }) {
  const { changes, sharpen } = explanation;
  // Flips of given answers that are not shown: each would give up a safeguard the person has.
  const weakening = [...new Set(result.flips.filter((f) => answers[f.questionId] !== undefined).map((f) => f.questionId))].filter(
    (id) => !changes.some((c) => c.questionId === id),
  );
  return (
    <Section title={t.result.flipsHeading}>
      {changes.length > 0 ? (
        <ul className="piw-list">
          {changes.map((flip) => {
            const conditions: Readonly<Record<string, string>> = t.flipConditions[flip.questionId];
            return <li key={`${flip.questionId}-${flip.optionId}`}>{t.result.flip(conditions[flip.optionId] ?? '', name(flip.protocol))}</li>;
          })}
        </ul>
      ) : (
        <p>{weakening.length > 0 ? t.result.onlyWeakening(topics(weakening)) : t.result.flipsNone}</p>
      )}
      {sharpen.length > 0 && <p className="piw-sharpen">{t.result.sharpen(topics(sharpen))}</p>}
    </Section>
  );
}

function Advice({ result }: { result: Recommendation }) {
  const { advice } = result;
  return (
    <Section title={t.result.adviceHeading(name(advice.protocol))}>
      <div className="piw-table-wrap piw-servers">
        <table className="piw-table piw-table-text">
          <caption>{t.result.serversCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.result.serverColumns.role}</th>
              <th scope="col">{t.result.serverColumns.server}</th>
              <th scope="col">{t.result.serverColumns.security}</th>
            </tr>
          </thead>
          <tbody>
            {advice.servers.map((server) => (
              <tr key={server.role}>
                <th scope="row">{t.result.serverRoles[server.role]}</th>
                <td>{t.result.server(server.protocol, server.ports)}</td>
                <td>{server.security}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="piw-advice">
        {advice.steps.map((step) => (
          <li key={step.id}>
            <strong>{step.title}</strong> {step.detail}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function AnswersSummary() {
  const answers = useWizard(selectAnswers);
  const { change } = useWizard(selectActions);
  return (
    <Section title={t.result.answersHeading}>
      <dl className="piw-answers">
        {QUESTIONS.map((q) => (
          <div key={q.id} className="piw-answer">
            <dt>{q.title}</dt>
            <dd>
              <span>{answerLabel(answers, q.id) ?? t.result.unanswered}</span>
              <button type="button" className="piw-link-button" aria-label={t.result.changeLabel(q.title)} onClick={() => change(q.id)}>
                {t.result.change}
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

/** The recommendation with its reasons, the chart, what would change it, and how to set it up. */
export function ResultPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const result = useWizard(selectRecommendation);
  const answers = useWizard(selectAnswers);
  const { start, startOver } = useWizard(selectActions);
  const config = useWizardConfig();
  const headingId = useId();
  const winner = name(result.protocol);
  const explanation = explain(result, answers);
  const nothingAnswered = explanation.answered === 0;
  const reported = useRef<object | null>(null);

  // Tell the page about this result: once per set of answers (StrictMode runs effects twice).
  useEffect(() => {
    if (reported.current === answers) return;
    reported.current = answers;
    if (config.setDocumentTitle) document.title = nothingAnswered ? t.result.startingPoint.documentTitle : t.result.documentTitle(winner);
    config.onComplete?.({
      protocol: result.protocol,
      confidence: result.confidence,
      answers: { ...answers },
      shareUrl: config.shareUrl(encodeAnswers(answers, 'result')),
    });
  }, [answers, result, config, winner, nothingAnswered]);
  return (
    <section className="piw-result" aria-labelledby={headingId}>
      <div className="piw-result-grid">
        <div className="piw-result-main">
          <p className="piw-eyebrow">{t.productName}</p>
          <Heading id={headingId} className="piw-heading piw-verdict" tabIndex={-1} ref={headingRef}>
            {nothingAnswered ? t.result.startingPoint.heading(winner) : t.result.suits(winner)}
          </Heading>
          {nothingAnswered ? (
            <>
              <p className="piw-confidence">{t.result.startingPoint.text}</p>
              <p>{t.result.startingPoint.invite}</p>
              <div className="piw-actions">
                <button type="button" className="piw-button piw-primary" onClick={start}>
                  {t.result.startingPoint.action}
                </button>
              </div>
            </>
          ) : (
            <>
              <p className={`piw-confidence piw-confidence-${result.confidence}`}>
                {t.result.confidence[result.confidence]}
                {explanation.answered < explanation.total && <> {t.result.basedOn(explanation.answered, explanation.total)}</>}
              </p>
              <p className="piw-runner-up">
                {result.requirements.length > 0 ? t.result.ruledOut(name(other(result.protocol))) : t.result.runnerUp(name(other(result.protocol)))}
              </p>
              <Why result={result} explanation={explanation} />
            </>
          )}
        </div>
        <ChartFigure result={result} />
      </div>
      {!nothingAnswered && (
        <>
          <PullsTheOtherWay result={result} explanation={explanation} />
          <Cautions result={result} />
          <WhatWouldChangeIt result={result} explanation={explanation} answers={answers} />
        </>
      )}
      <Advice result={result} />
      <AnswersSummary />
      <ShareActions result={result} />
      <div className="piw-actions piw-result-actions">
        {config.cta && (
          <a
            className="piw-button piw-primary piw-cta"
            href={config.cta.href}
            {...(config.ctaTarget ? { target: config.ctaTarget } : {})}
            onClick={() => config.onCta?.({ protocol: result.protocol })}>
            {config.cta.label}
          </a>
        )}
        <button type="button" className="piw-button piw-secondary" onClick={startOver}>
          {t.result.startOver}
        </button>
      </div>
    </section>
  );
}
