import { Component, Suspense, startTransition, useEffect, useId, useRef, useState, type ReactNode, type Ref } from 'react';
import { chartRows } from '../charts/chart-data.ts';
import { ScoresTable } from '../charts/scores-table.tsx';
import { EN } from '../logic/locale/en.ts';
import { QUESTIONS, answerLabel } from '../logic/questions.ts';
import { encodeAnswers } from '../logic/share-link.ts';
import type { Protocol, Recommendation } from '../logic/types.ts';
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
/** How many drivers the page shows: the few that moved the result most. */
const SHOWN_DRIVERS = 3;

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
  const label = t.result.chartLabel(name(result.protocol));
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
    </figure>
  );
}

function Drivers({ result }: { result: Recommendation }) {
  const shown = result.drivers.filter((d) => d.share !== 0).slice(0, SHOWN_DRIVERS);
  return (
    <section className="piw-section">
      <Heading depth={1} className="piw-subheading">{t.result.driversHeading}</Heading>
      {shown.length === 0 ? (
        <p>{t.result.driversNone}</p>
      ) : (
        <ul className="piw-drivers">
          {shown.map((driver) => (
            <li key={driver.questionId} className={`piw-driver piw-favours-${driver.favours}`}>
              <span className="piw-driver-reason">{driver.reason}</span>
              <span className="piw-tag">
                {t.axes[driver.axis]} · {t.result.favours(name(driver.favours))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Flips({ result }: { result: Recommendation }) {
  return (
    <section className="piw-section">
      <Heading depth={1} className="piw-subheading">{t.result.flipsHeading}</Heading>
      {result.flips.length === 0 ? (
        <p>{t.result.flipsNone}</p>
      ) : (
        <ul className="piw-list">
          {result.flips.map((flip) => {
            const conditions = t.flipConditions[flip.questionId] as Record<string, string>;
            return (
              <li key={`${flip.questionId}-${flip.optionId}`}>
                {t.result.flip(conditions[flip.optionId] ?? flip.optionId, name(flip.protocol))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Advice({ result }: { result: Recommendation }) {
  const { advice } = result;
  return (
    <section className="piw-section">
      <Heading depth={1} className="piw-subheading">{t.result.adviceHeading(name(advice.protocol))}</Heading>
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
    </section>
  );
}

function AnswersSummary() {
  const answers = useWizard(selectAnswers);
  const { change } = useWizard(selectActions);
  const headingId = useId();
  return (
    <section className="piw-section" aria-labelledby={headingId}>
      <Heading depth={1} id={headingId} className="piw-subheading">
        {t.result.answersHeading}
      </Heading>
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
    </section>
  );
}

/** The recommendation with its reasons, the chart, what would change it, and how to set it up. */
export function ResultPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const result = useWizard(selectRecommendation);
  const answers = useWizard(selectAnswers);
  const { startOver } = useWizard(selectActions);
  const config = useWizardConfig();
  const headingId = useId();
  const winner = name(result.protocol);
  const reported = useRef<object | null>(null);

  // Tell the page about this result: once per set of answers (StrictMode runs effects twice).
  useEffect(() => {
    if (reported.current === answers) return;
    reported.current = answers;
    if (config.setDocumentTitle) document.title = t.result.documentTitle(winner);
    config.onComplete?.({
      protocol: result.protocol,
      confidence: result.confidence,
      answers: { ...answers },
      shareUrl: config.shareUrl(encodeAnswers(answers, 'result')),
    });
  }, [answers, result, config, winner]);
  return (
    <section className="piw-result" aria-labelledby={headingId}>
      <div className="piw-result-grid">
        <div className="piw-result-main">
          <p className="piw-eyebrow">{t.productName}</p>
          <Heading id={headingId} className="piw-heading piw-verdict" tabIndex={-1} ref={headingRef}>
            {t.result.suits(winner)}
          </Heading>
          <p className={`piw-confidence piw-confidence-${result.confidence}`}>{t.result.confidence[result.confidence]}</p>
          <p className="piw-runner-up">{t.result.runnerUp(name(other(result.protocol)))}</p>
          <Drivers result={result} />
        </div>
        <ChartFigure result={result} />
      </div>
      <Flips result={result} />
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
