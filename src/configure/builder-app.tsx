import { useEffect, useId, useMemo, useState } from 'react';
import { canvasColor, type ColorParser } from '../embed/attributes.ts';
import { SETTINGS, SYNC_URL } from '../embed/protocol.ts';
import { LANGS, LANGUAGES, type Lang } from '../locale/languages.ts';
import { checkValues, isAccepted } from './check.ts';
import { valueOf, type FieldName, type Values } from './fields.ts';
import { Hosting } from './hosting.tsx';
import { Preview } from './preview.tsx';
import { SettingsForm } from './settings-form.tsx';
import { SnippetCard } from './snippet-card.tsx';
import { appAddress, elementSnippet, iframeSnippet, loaderSnippet, notInPlainIframe, type SnippetSource } from './snippets.ts';
import { BUILDER_WORDS } from './words.ts';

type Props = {
  /** The page's language at first (from `?lang=` or the browser's languages). */
  initialLang: Lang;
  /** The builder's own address: the snippets point at the wizard beside it, and relative links resolve against it. */
  pageHref: string;
  /** The browser's colour parser; a parameter so that tests without a canvas can give their own. */
  parseColor?: ColorParser;
};

/**
 * The embed builder: every setting of both embeds, checked by the embeds' own code, beside the real
 * wizard with those settings, then the three snippets and how to host the files. Its state lives in
 * this tab only: nothing is stored, nothing is sent.
 */
export function BuilderApp({ initialLang, pageHref, parseColor = canvasColor }: Props) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [values, setValues] = useState<Values>({});
  const words = BUILDER_WORDS[lang];
  const checked = useMemo(() => checkValues(values, words.refused, pageHref, parseColor), [values, words, pageHref, parseColor]);
  const app = useMemo(() => appAddress(pageHref), [pageHref]);
  const source: SnippetSource = { values, checked, app };
  const settingsId = useId();
  const snippetsId = useId();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = words.documentTitle;
  }, [lang, words]);

  function switchTo(next: Lang) {
    setLang(next);
    // The address says the language, so a reload or a copied address opens the page in it.
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url);
  }

  const change = (name: FieldName, value: string) => setValues((old) => ({ ...old, [name]: value }));
  const attributes = ([...SETTINGS, SYNC_URL] as const)
    .filter((name) => isAccepted(values, checked, name))
    .map((name) => [name, valueOf(values, name) ?? ''] as const);
  const leftOut = notInPlainIframe(source);

  return (
    <div className="cfg-page">
      <header className="cfg-header">
        <div className="cfg-languages" role="group" aria-label={words.languageLabel}>
          {LANGS.map((code) => (
            <button key={code} type="button" lang={code} aria-pressed={code === lang} onClick={() => switchTo(code)}>
              {LANGUAGES[code].name}
            </button>
          ))}
        </div>
        <h1>{words.heading}</h1>
        <p className="cfg-lead">{words.lead}</p>
        <p className="cfg-hint">{words.privacy}</p>
      </header>
      <main>
        <div className="cfg-workspace">
          <section className="cfg-settings" aria-labelledby={settingsId}>
            <h2 id={settingsId}>{words.settings.heading}</h2>
            <p className="cfg-hint">{words.settings.intro}</p>
            <SettingsForm words={words} values={values} checked={checked} onChange={change} />
          </section>
          <div className="cfg-output">
            <Preview words={words} attributes={attributes} theme={checked.settings.theme} reserved={checked.reserved} />
            <section className="cfg-snippets" aria-labelledby={snippetsId}>
              <h2 id={snippetsId}>{words.snippets.heading}</h2>
              <p>{words.snippets.intro(app)}</p>
              <p className="cfg-hint">{words.snippets.leftOut}</p>
              <div className="cfg-snippet-list">
                <SnippetCard
                  words={words}
                  title={words.snippets.element.title}
                  about={words.snippets.element.about}
                  snippet={elementSnippet(source, words.snippets.reserveComment)}
                />
                <SnippetCard
                  words={words}
                  title={words.snippets.loader.title}
                  about={words.snippets.loader.about}
                  snippet={loaderSnippet(source, words.snippets.reserveComment)}
                />
                <SnippetCard
                  words={words}
                  title={words.snippets.iframe.title}
                  about={words.snippets.iframe.about}
                  snippet={iframeSnippet(source)}
                  note={leftOut.length > 0 && <p className="cfg-caveat">{words.snippets.iframe.cannot(leftOut.join(', '))}</p>}
                />
              </div>
            </section>
            <Hosting words={words} />
          </div>
        </div>
      </main>
    </div>
  );
}
