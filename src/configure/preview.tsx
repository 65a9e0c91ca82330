import { useEffect, useId, useRef, useState } from 'react';
import type { Theme } from '../components/theme.ts';
import { SYNC_URL, TAG_NAME } from '../embed/protocol.ts';
import type { ConfigureText } from '../locale/shape.ts';

type Props = {
  words: ConfigureText;
  /** The element's attributes, as the element snippet carries them. */
  attributes: ReadonlyArray<readonly [string, string]>;
  /** The theme the settings fix, if any: then the page switch changes only the backdrop. */
  theme: Theme | undefined;
  /** The reserved height, in px. */
  reserved: number;
};

type Status = 'loading' | 'ready' | 'failed';

/** The real element's module, loaded once the preview is on the page (its own chunk). */
const loadElement = () => import('../embed/element.tsx');

/**
 * The real wizard, <pop-imap-wizard>, with the chosen attributes: at a phone's width or the panel's,
 * on a light or a dark page. Attributes change on the live element, as a host page's would; "Start
 * again" gives a new element. `sync-url` is left out: it would write this page's own address.
 */
export function Preview({ words, attributes, theme, reserved }: Props) {
  const [status, setStatus] = useState<Status>('loading');
  const [attempt, setAttempt] = useState(0);
  const [run, setRun] = useState(0);
  const [width, setWidth] = useState<'phone' | 'desktop'>('desktop');
  const [scheme, setScheme] = useState<'light' | 'dark'>(() => (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const slot = useRef<HTMLDivElement>(null);
  const element = useRef<HTMLElement | null>(null);
  const fixed = theme === 'light' || theme === 'dark' ? theme : undefined;
  const shown: ReadonlyArray<readonly [string, string]> = [...attributes.filter(([name]) => name !== SYNC_URL && name !== 'theme'), ['theme', fixed ?? scheme]];
  const latest = useRef(shown);
  // Prefilled answers take a new element (its first paint never takes the focus from the page, so
  // typing in the field goes on), a moment after the typing stops.
  const answers = shown.find(([name]) => name === 'answers')?.[1] ?? '';
  const [settled, setSettled] = useState(answers);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(answers), 400);
    return () => clearTimeout(timer);
  }, [answers]);
  const headingId = useId();
  const name = useId();

  useEffect(() => {
    let live = true;
    loadElement().then(
      () => live && setStatus('ready'),
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  // After every render, before a new element is made below: the attributes of now, on the live
  // element too, but for its answers (changing those on a live element moves the focus into it).
  useEffect(() => {
    latest.current = shown;
    if (element.current) apply(element.current, shown, 'answers');
  });

  // A new element for each run: its attributes set before it joins the page, as in a host's HTML.
  useEffect(() => {
    if (status !== 'ready' || !slot.current) return;
    const wizard = document.createElement(TAG_NAME);
    apply(wizard, latest.current);
    slot.current.replaceChildren(wizard);
    element.current = wizard;
    return () => {
      wizard.remove();
      element.current = null;
    };
  }, [status, run, settled]);

  useEffect(() => {
    element.current?.style.setProperty('min-height', `${reserved}px`);
  }, [reserved, status, run, settled]);

  return (
    <section className="cfg-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.preview.heading}</h2>
      <p className="cfg-hint">{words.preview.intro}</p>
      <div className="cfg-preview-controls">
        <fieldset className="cfg-switch">
          <legend>{words.preview.width}</legend>
          {(['phone', 'desktop'] as const).map((option) => (
            <span key={option} className="cfg-switch-option">
              <input type="radio" id={`${name}-${option}`} name={`${name}-width`} checked={width === option} onChange={() => setWidth(option)} />
              <label htmlFor={`${name}-${option}`}>{words.preview[option]}</label>
            </span>
          ))}
        </fieldset>
        <fieldset className="cfg-switch">
          <legend>{words.preview.scheme}</legend>
          {(['light', 'dark'] as const).map((option) => (
            <span key={option} className="cfg-switch-option">
              <input type="radio" id={`${name}-${option}`} name={`${name}-scheme`} checked={scheme === option} onChange={() => setScheme(option)} />
              <label htmlFor={`${name}-${option}`}>{words.preview[option]}</label>
            </span>
          ))}
        </fieldset>
        <button type="button" className="cfg-button cfg-button-quiet" onClick={() => setRun((n) => n + 1)} disabled={status !== 'ready'}>
          {words.preview.restart}
        </button>
      </div>
      {fixed && <p className="cfg-hint">{words.preview.themeFixed(fixed)}</p>}
      <div className="cfg-stage" data-scheme={scheme} data-width={width}>
        <div className="cfg-stage-page" role="group" aria-label={words.preview.label}>
          {status === 'loading' && <p className="cfg-stage-status">{words.preview.loading}</p>}
          {status === 'failed' && (
            <p className="cfg-stage-status" role="alert">
              {words.preview.failed}{' '}
              <button
                type="button"
                className="cfg-button"
                onClick={() => {
                  setStatus('loading');
                  setAttempt((n) => n + 1);
                }}
              >
                {words.preview.retry}
              </button>
            </p>
          )}
          <div ref={slot} className="cfg-stage-slot" />
        </div>
      </div>
    </section>
  );
}

/** Sets exactly these attributes on the preview element (the ones it takes), removing the rest; `kept` is left as it is. */
function apply(wizard: HTMLElement, attributes: ReadonlyArray<readonly [string, string]>, kept?: string) {
  const wanted = new Map(attributes.filter(([name]) => name !== kept));
  for (const { name } of [...wizard.attributes]) if (name !== 'style' && name !== kept && !wanted.has(name)) wizard.removeAttribute(name);
  for (const [name, value] of wanted) if (wizard.getAttribute(name) !== value) wizard.setAttribute(name, value);
}
