import type { UiText } from '../shape.ts';
import { num } from './format.ts';

/**
 * The wizard's own words in German: buttons, headings, announcements. Formal address (Sie)
 * throughout; buttons kept short. Mirrors ../en/ui.ts key for key.
 */
export const UI_TEXT_DE = {
  /** The name of the standalone page's switch to the other language. */
  languageLabel: 'Sprache',
  intro: {
    heading: 'POP3 oder IMAP: Was passt zu Ihren E-Mails?',
    lead: 'Finden Sie heraus, wie Ihr Mailprogramm Ihre E-Mails abrufen sollte: mit einer klaren Empfehlung, den Gründen dafür und den passenden Einstellungen.',
    duration: (count: number) => `${count === 8 ? 'Acht' : 'Neun'} kurze Fragen, etwa zwei Minuten.`,
    privacy: 'Ihre Antworten bleiben in diesem Browser. Es wird nichts gesendet, es sei denn, Sie teilen selbst einen Link.',
    start: 'Starten',
    documentTitle: 'POP3 oder IMAP? Ein kurzer Assistent',
    /** The page's description for search engines and link previews. */
    description: 'Neun kurze Fragen klären, ob POP3 oder IMAP zu Ihren E-Mails passt, mit den Gründen und Hinweisen zur Einrichtung.',
  },
  step: {
    /** "Schritt 3 von 8" */
    progress: (n: number, total: number) => `Schritt ${num(n)} von ${num(total)}`,
    progressLabel: 'Fortschritt',
    next: 'Weiter',
    nextToResult: 'Zum Ergebnis',
    saveAndReturn: 'Speichern und zum Ergebnis',
    back: 'Zurück',
    backToResult: 'Zurück zum Ergebnis',
    /** On the last step's button while the result's code is still arriving. */
    preparing: 'Ihr Ergebnis wird vorbereitet …',
    skip: 'Frage überspringen',
    choose: 'Wählen Sie eine Antwort oder überspringen Sie diese Frage.',
    announce: (n: number, total: number, title: string) => `Schritt ${num(n)} von ${num(total)}: ${title}`,
    documentTitle: (n: number, total: number) => `Schritt ${num(n)} von ${num(total)} · POP3 oder IMAP?`,
  },
  service: {
    title: 'Bei welchem Anbieter haben Sie dieses Postfach?',
    help: 'Manche Anbieter handhaben POP3 auf eigene Art: Gmail gibt jede Nachricht nur einem Mailprogramm, iCloud Mail und Proton Mail bieten kein POP3. Ihr Ergebnis und seine Einstellungen berücksichtigen Ihren Anbieter.',
    label: 'Anbieter',
    other: 'Anderer oder eigener Server',
  },
  /** While the result page's code and words arrive (the first screens say it). */
  loading: {
    ready: 'Ihr Ergebnis ist fertig.',
    loading: 'Ihr Ergebnis wird vorbereitet …',
    loadFailed: 'Ihr Ergebnis konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    retry: 'Erneut versuchen',
  },
  notice: {
    heading: 'Einige Antworten in diesem Link konnten nicht gelesen werden',
    dismiss: 'Schließen',
  },
} satisfies UiText;
