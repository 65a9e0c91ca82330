import type { PageText } from '../shape.ts';
import { conjunction, num } from './format.ts';

/**
 * Die Wörter der Ergebnisseite auf Deutsch: das Ergebnis und seine Abschnitte, das Diagramm, das
 * Teilen. Formal address (Sie). Mirrors ../en/page.ts key for key.
 */
export const PAGE_TEXT_DE = {
  result: {
    documentTitle: (protocol: string) => `${protocol} passt zu Ihnen · POP3 oder IMAP?`,
    suits: (protocol: string) => `${protocol} passt zu Ihnen`,
    confidence: {
      clear: 'Eine klare Empfehlung.',
      lean: 'Eine Tendenz: Ihre Antworten sprechen dafür, aber nicht eindeutig.',
      'toss-up': 'Fast ein Unentschieden: Beide Protokolle können Ihnen dienen, wenn sie sorgfältig eingerichtet werden.',
    },
    needed: (protocol: string) => `Hier ist ${protocol} nötig.`,
    oneAnswer: {
      heading: (protocol: string) => `Ihre einzige Antwort spricht für ${protocol}`,
      text: 'Eine Antwort allein zeigt nicht, was zu Ihnen passt: Die anderen Fragen können das noch ändern.',
      documentTitle: (protocol: string) => `Ihre einzige Antwort spricht für ${protocol} · POP3 oder IMAP?`,
    },
    /** "Beruht auf 5 von 8 Antworten." when some questions were skipped. */
    basedOn: (answered: number, total: number) => `Beruht auf ${num(answered)} von ${num(total)} Antworten.`,
    startingPoint: {
      heading: (protocol: string) => `Beginnen Sie mit ${protocol}`,
      text: 'Sie haben alle Fragen übersprungen, daher gilt der Ausgangspunkt: IMAP, das E-Mail-Anbieter im Zweifel empfehlen. Damit bleiben Ihre E-Mails auf dem Server, sicher, falls ein Gerät verloren geht, und auf jedem Ihrer Geräte gleich.',
      invite: 'Beantworten Sie die Fragen (etwa zwei Minuten), um einen Rat zu erhalten, der zu Ihrer E-Mail-Nutzung passt.',
      action: 'Fragen beantworten',
      documentTitle: 'Der Einstieg · POP3 oder IMAP?',
    },
    runnerUp: (protocol: string) => `Zweite Wahl: ${protocol}.`,
    ruledOut: (protocol: string) => `${protocol} kommt nicht infrage.`,
    chartHeading: 'Wie die beiden für Sie abschneiden',
    chartLabel: (leader: string) =>
      `Netzdiagramm von POP3 und IMAP zu Datenschutz, Ausfallsicherheit, Zugriff von mehreren Geräten und wenig Serverspeicher (höhere Werte sind besser), mit der Angabe, wie wichtig Ihnen jeder Punkt ist. ${leader} schneidet dort besser ab, wo es Ihnen wichtig ist.`,
    /** Under the chart when a requirement decided against the protocol the trade-offs favour. */
    tradeoffNote: (leader: string) => `Nach diesen vier Abwägungen allein läge ${leader} vorn, aber ${leader} kommt für Sie nicht infrage (siehe „Warum“).`,
    chartLoading: 'Das Diagramm wird gezeichnet …',
    chartFailed: 'Das Diagramm konnte nicht gezeichnet werden; die Tabelle unten enthält dieselben Zahlen.',
    /** The third series of the chart and the last column of its table. */
    priorities: 'Wie wichtig Ihnen jeder Punkt ist',
    prioritiesColumn: 'Wichtig für Sie',
    legendLabel: 'Legende',
    showTable: 'Zahlen als Tabelle zeigen',
    hideTable: 'Tabelle ausblenden',
    tableCaption: 'Werte von 0 bis 100: Auf jeder Achse ist ein höherer Wert besser für Sie.',
    axisColumn: 'Achse',
    driversHeading: 'Warum',
    /** Tag of a requirement under "Warum": "schließt POP3 aus". */
    rulesOut: (protocol: string) => `schließt ${protocol} aus`,
    /** Shown under "Warum" when no answer argues for the result (it stands on the starting point). */
    startingReason: (protocol: string) =>
      `Die meisten Menschen lesen E-Mails auf mehreren Geräten, daher beginnen E-Mail-Anbieter im Zweifel mit ${protocol}, und Ihre bisherigen Antworten wiegen das nicht auf.`,
    againstHeading: 'Was dagegen spricht',
    pointsTo: (protocol: string) => `spricht für ${protocol}`,
    cautionsHeading: (protocol: string) => `Bevor ${protocol} für Sie sicher ist`,
    flipsHeading: 'Was das Ergebnis ändern würde',
    flipsNone: 'Dieses Ergebnis ist stabil: Keine andere einzelne Antwort würde es ändern.',
    /**
     * When only giving up a safeguard would change it. `topics` is a list of question topics, which
     * in German are dative noun phrases (after "bei"): "Nur Abstriche bei Ihren Sicherungen würden
     * das Ergebnis ändern."
     */
    onlyWeakening: (topics: string) => `Nur Abstriche bei ${topics} würden das Ergebnis ändern.`,
    /** `condition` is a German subordinate clause, verb last: "Wenn Sie … lesen würden, läge POP3 vorn." */
    flip: (condition: string, protocol: string) => `Wenn ${condition}, läge ${protocol} vorn.`,
    /** Skipped questions that could change the result; `topics` in the dative (after "nach"). */
    sharpen: (topics: string) => `Antworten auf die Fragen nach ${topics} würden dieses Ergebnis schärfen.`,
    adviceHeading: (protocol: string) => `${protocol} einrichten`,
    /** The setup steps, one click away: "Schritt für Schritt (6 Schritte)". */
    stepsHeading: (count: number) => (count === 1 ? `Schritt für Schritt (${num(count)} Schritt)` : `Schritt für Schritt (${num(count)} Schritte)`),
    answersHeading: 'Ihre Antworten',
    unanswered: 'Übersprungen',
    change: 'Ändern',
    changeLabel: (title: string) => `Ihre Antwort auf „${title}“ ändern`,
    answer: 'Beantworten',
    answerLabel: (title: string) => `„${title}“ beantworten`,
    /** Under "Warum": the reasons beyond the main one, one click away. */
    moreReasons: (count: number) => (count === 1 ? 'Ein weiterer Grund' : `${num(count)} weitere Gründe`),
    /** Printed at the end of the result, so a printout leads back to it. */
    printLink: (url: string) => `Dieses Ergebnis online: ${url}`,
    startOver: 'Neu beginnen',
    reopened: 'Aus einem geteilten Link geöffnet. Diese Antworten stammen von dort: Ändern Sie sie oder beginnen Sie mit Ihren eigenen neu.',
  },
  /** Joins words into a list: "A", "A und B", "A, B und C". */
  list: (items: ReadonlyArray<string>) => conjunction.format(items),
  protocols: { pop3: 'POP3', imap: 'IMAP' },
  /** Soft hyphens (\u00AD) let the long compounds break in a narrow table; they are invisible otherwise. */
  axes: {
    privacy: 'Datenschutz',
    resilience: 'Ausfall\u00ADsicherheit',
    multiDevice: 'Zugriff von mehreren Geräten',
    serverCost: 'Wenig Server\u00ADspeicher',
  },
  share: {
    copy: 'Link kopieren',
    copied: 'Link kopiert.',
    copyFailed: 'Ihr Browser hat das Kopieren nicht zugelassen. Markieren Sie den Link unten und kopieren Sie ihn selbst.',
    share: 'Teilen',
    linkLabel: 'Link zu diesem Ergebnis',
    shareTitle: 'Mein Ergebnis bei „POP3 oder IMAP?“',
  },
} satisfies PageText;
