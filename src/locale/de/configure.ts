import type { ConfigureText } from '../shape.ts';
import { num } from './format.ts';

/**
 * The embed builder's words in German (/configure/). Formal address (Sie); setting names, file names
 * and headers stay as they are written. Mirrors ../en/configure.ts key for key.
 */
export const CONFIGURE_TEXT_DE = {
  lang: 'de',
  documentTitle: 'Einbettung zusammenstellen · POP3 oder IMAP?',
  languageLabel: 'Sprache dieser Seite',
  heading: 'Den POP3-oder-IMAP-Assistenten auf Ihre Seite bringen',
  lead: 'Wählen Sie die Einstellungen, sehen Sie dem echten Assistenten dabei zu, und kopieren Sie dann einen von drei Codeschnipseln in Ihre Seite.',
  privacy: 'Diese Seite sendet nichts und speichert nichts: Ihre Einstellungen bleiben in diesem Tab, bis Sie ihn schließen.',
  settings: {
    heading: 'Einstellungen',
    intro:
      'Jedes Feld ist freiwillig. Der Assistent prüft jeden Wert so, wie er es auf Ihrer Seite täte: Einen Wert, den er ablehnt, markiert diese Seite, mit dem Grund.',
    refused: 'Abgelehnt',
    elementOnly: 'Nur Custom Element',
    frameOnly: 'Nur Iframe',
  },
  groups: {
    look: 'Aussehen und Sprache',
    cta: 'Handlungsaufforderung',
    ctaAny: 'Bei jedem Ergebnis',
    ctaPop3: 'Nur bei einem POP3-Ergebnis',
    ctaImap: 'Nur bei einem IMAP-Ergebnis',
    ctaVerdict: 'Erscheint bei diesem Ergebnis statt der für jedes Ergebnis.',
    start: 'Wie er beginnt',
    servers: 'Ihre eigenen Server',
    serversIntro: 'Wer bei einem Anbieter liest, der seine Server nennt, wird nicht nach dem Anbieter gefragt; das Ergebnis zeigt diese Server.',
    page: 'Ihre Seite',
  },
  fields: {
    theme: { label: 'Farbschema', hint: 'Ohne Angabe folgt der Assistent dem Farbschema, das Ihre Seite angibt (hell, wenn sie keines angibt).' },
    accent: { label: 'Akzentfarbe', hint: 'Eine deckende CSS-Farbe, etwa #0b6e4f, rebeccapurple oder rgb(11 110 79), für Schaltflächen und Fortschritt.' },
    lang: { label: 'Sprache des Assistenten', hint: '' },
    'cta-label': { label: 'Text der Handlungsaufforderung', hint: 'Höchstens 80 Zeichen, etwa „7 Tage kostenlos testen“.' },
    'cta-href': { label: 'Link der Handlungsaufforderung', hint: 'Eine http(s)-Adresse oder ein Pfad auf Ihrer Website wie /testen.' },
    'pop3-cta-label': { label: 'Text bei einem POP3-Ergebnis', hint: '' },
    'pop3-cta-href': { label: 'Link bei einem POP3-Ergebnis', hint: '' },
    'imap-cta-label': { label: 'Text bei einem IMAP-Ergebnis', hint: '' },
    'imap-cta-href': { label: 'Link bei einem IMAP-Ergebnis', hint: '' },
    answers: {
      label: 'Vorausgefüllte Antworten',
      hint: 'Der Fragment-Teil eines Assistenten-Links, etwa v=1&devices=many&sharing=team; mit &step=result öffnet er beim Ergebnis.',
    },
    'share-base': {
      label: 'Adresse geteilter Links',
      hint: 'Eine http(s)-Adresse. Ohne sie zeigen geteilte Links auf die Seite, auf der der Assistent steht.',
    },
    'provider-name': { label: 'Ihr Name als Anbieter', hint: 'Steht bei Ihren Servern, etwa „IMAP-Server von Beispiel Mail“; höchstens 60 Zeichen.' },
    'imap-server': { label: 'IMAP-Server', hint: 'Ein Hostname wie imap.example.net: ohne https://, Port oder Pfad.' },
    'imap-port': { label: 'IMAP-Port', hint: '' },
    'pop3-server': { label: 'POP3-Server', hint: '' },
    'pop3-port': { label: 'POP3-Port', hint: '' },
    'smtp-server': { label: 'SMTP-Server (Versand)', hint: '' },
    'smtp-port': { label: 'SMTP-Port', hint: 'Zur Wahl stehen nur verschlüsselte Ports: Unverschlüsseltes zeigt der Assistent nie.' },
    mode: { label: 'Wo er erscheint', hint: '' },
    'button-label': {
      label: 'Text der Schaltfläche',
      hint: 'Nur mit „hinter einer Schaltfläche“; höchstens 80 Zeichen. Ohne Angabe: „Was passt zu mir: POP3 oder IMAP?“ in der Sprache des Assistenten.',
    },
    'skip-intro': { label: 'Gleich mit der ersten Frage beginnen, ohne Einleitung', hint: 'Für eine Seite, die schon sagt, wozu der Assistent da ist.' },
    'sync-url': {
      label: 'Adresse und Verlauf Ihrer Seite folgen',
      hint: 'Vor und Zurück im Browser wechseln dann zwischen den Schritten. Ein Assistent pro Seite; in der Vorschau nicht angewandt, da er die Adresse dieser Seite ändern würde.',
    },
    'min-height': {
      label: 'Reservierte Höhe in Pixeln',
      hint: '200 bis 2000 (ohne Angabe 810): der Platz, der frei bleibt, bis der Assistent erscheint, damit Ihre Seite nicht springt.',
    },
    title: {
      label: 'Titel des Frames',
      hint: 'Der Name des Frames für Screenreader. Ohne Angabe: „POP3 oder IMAP? Ein kurzer Assistent“ in der Sprache des Assistenten.',
    },
  },
  options: {
    theme: { '': 'Keine Angabe: wie Ihre Seite', light: 'Hell', dark: 'Dunkel', auto: 'Automatisch (System der Lesenden)' },
    lang: { '': 'Keine Angabe: Englisch', en: 'Englisch (English)', de: 'Deutsch' },
    mode: { '': 'In der Seite (inline)', popup: 'Hinter einer Schaltfläche, in einem Dialog (popup)' },
    port: { standard: (ports: string) => `Standard: ${ports}` },
    pickColour: 'Akzentfarbe auswählen',
  },
  accepted: {
    accent: (hex: string, white: boolean) => `Verwendet als ${hex}, mit ${white ? 'weißer' : 'schwarzer'} Schrift auf Schaltflächen.`,
  },
  refused: {
    theme: 'Das ist weder light noch dark noch auto; der Assistent folgt dann dem Farbschema Ihrer Seite.',
    accent:
      'Das ist keine deckende CSS-Farbe (var(), url(), transparent und durchscheinende Farben werden abgelehnt); der Assistent nähme dann sein eigenes Blau.',
    ctaHref: 'Das ist keine http(s)-Adresse und kein Pfad auf Ihrer Website; die Handlungsaufforderung bliebe dann verborgen.',
    ctaNeedsLabel: 'Eine Handlungsaufforderung braucht außer dem Link auch einen Text; ohne ihn bliebe sie verborgen.',
    ctaNeedsHref: 'Eine Handlungsaufforderung braucht außer dem Text auch einen Link; ohne ihn bliebe sie verborgen.',
    ctaLinkRefused: 'Ihr Link wird abgelehnt; diese Handlungsaufforderung bliebe dann verborgen.',
    shareBase: 'Das ist keine http(s)-Adresse; geteilte Links zeigten dann auf die Seite, auf der der Assistent steht.',
    lang: (known: string) => `Diese Sprache spricht der Assistent nicht (${known}); er spräche dann Englisch.`,
    mode: 'Das ist weder inline noch popup; der Assistent erschiene dann in der Seite.',
    server: 'Das ist kein Hostname (Buchstaben, Ziffern, Bindestriche und Punkte, etwa imap.example.net; ohne https://, Port oder Pfad); er bliebe dann weg.',
    port: (ports: string) => `Das ist kein verschlüsselter Port für diesen Server (${ports}); der Assistent zeigte dann den Standard-Port.`,
    answers: (parts: string) => `Der Assistent kann ${parts} nicht lesen. Bis er es kann, fehlen diese Antworten in den Codeschnipseln.`,
    answerParts: {
      unreadable: (ids: string) => `die Antwort auf ${ids}`,
      unknownService: 'den Anbieter',
      otherVersion: 'einen Link einer anderen Version',
    },
    minHeight: (min: number, max: number, standard: number) =>
      `Das ist keine Zahl von ${num(min)} bis ${num(max)}; reserviert würden dann ${num(standard)} Pixel.`,
    other: 'Außerdem lehnte der Assistent dies ab (auf Englisch):',
  },
  preview: {
    heading: 'Vorschau',
    intro: 'Der echte Assistent mit Ihren Einstellungen. Er beantwortet, teilt und öffnet sein Ergebnis, wie er es auf Ihrer Seite tun wird.',
    width: 'Breite',
    phone: 'Smartphone (375 px)',
    desktop: 'Desktop (Breite dieses Bereichs)',
    scheme: 'Ihre Seite',
    light: 'Hell',
    dark: 'Dunkel',
    themeFixed: (theme: string) =>
      `Ihre Einstellung zum Farbschema (${theme}) bestimmt die Farben des Assistenten: Dieser Schalter ändert nur die Seite dahinter.`,
    restart: 'Vorschau neu starten',
    loading: 'Der Assistent wird geladen …',
    failed: 'Die Vorschau konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    label: 'Der Assistent mit Ihren Einstellungen',
  },
  snippets: {
    heading: 'Codeschnipsel kopieren',
    intro: (app: string) =>
      `Fügen Sie einen davon in das HTML Ihrer Seite ein, dort, wo der Assistent erscheinen soll. Seine Adressen zeigen auf die Kopie des Assistenten, von der diese Seite kommt: ${app}. Für eine andere Kopie öffnen Sie diese Seite dort.`,
    leftOut: 'Abgelehnte Werte fehlen in jedem Codeschnipsel: Der Assistent würde sie ohnehin übergehen.',
    element: {
      title: 'Custom Element',
      about:
        'Ein Modul-Skript und das Element: Der Assistent steht in Ihrer Seite, in einem Shadow Root, den Ihr CSS nicht erreicht. Nimmt jede Einstellung an.',
    },
    loader: {
      title: 'Iframe mit Loader',
      about:
        'Ein Container und ein Skript von 2 kB: Der Assistent läuft in einem eigenen Frame, den der Loader an seinen Inhalt anpasst. Nimmt jede Einstellung an außer „Adresse und Verlauf Ihrer Seite folgen“.',
    },
    iframe: {
      title: 'Einfacher Iframe',
      about:
        'Für Seiten, die gar kein Skript erlauben. Ein einfacher Iframe nimmt aus seiner Adresse nur die Sprache, das Farbschema und die Akzentfarbe (nie einen Link, einen Text oder einen Server) und kann nicht mit seinem Inhalt wachsen: Der Assistent scrollt innerhalb der reservierten Höhe.',
      cannot: (names: string) =>
        `Weggelassen, weil ein einfacher Iframe sie nicht tragen kann: ${names}. Dafür eignen sich das Custom Element oder der Loader.`,
    },
    copy: (title: string) => `Codeschnipsel „${title}“ kopieren`,
    copied: 'Kopiert.',
    failed: 'Ihr Browser hat das Kopieren nicht erlaubt. Der Codeschnipsel ist unten markiert: Kopieren Sie ihn mit Strg+C (⌘C auf dem Mac).',
    field: 'Der Codeschnipsel, zum Kopieren von Hand',
    reserveComment: 'Hält den Platz des Assistenten frei, bis sein Skript da ist, damit Ihre Seite nicht springt.',
  },
  hosting: {
    heading: 'Die Dateien bereitstellen',
    where:
      'Der Assistent besteht aus statischen Dateien: Legen Sie den ganzen Ordner dist/, den npm run build schreibt, auf einen beliebigen statischen Webserver oder ein CDN, unter die Adresse, auf die die Codeschnipsel zeigen. Lassen Sie dist/embed/ mit seinem Ordner chunks/ zusammen: Von dort lädt das Element die Ergebnisseite und das Diagramm, während die Lesenden antworten.',
    headersIntro: 'Was Ihr Server oder CDN senden muss:',
    files: 'Dateien',
    header: 'Header',
    why: 'Warum',
    rows: {
      cors: 'Nur wenn Ihre Seite auf einem anderen Origin liegt als diese Dateien: Modul-Skripte und ihre Chunks werden per CORS geladen, und ohne diesen Header lehnt der Browser sie ab. Statt * geht auch der Origin Ihrer Seite.',
      immutable: 'Ihre Namen enthalten einen Hash ihres Inhalts, ein neuer Build ergibt also neue Namen: Sie dürfen ein Jahr im Cache bleiben.',
      revalidate:
        'Ihre Namen bleiben von Build zu Build gleich: Browser müssen nach einer neuen Version fragen, sonst behält eine Seite einen alten Einstieg, dessen Chunks es nicht mehr gibt.',
      javascript: 'Browser lehnen ein Modul-Skript ab, das mit einem anderen Typ kommt.',
    },
    deploy:
      'Behalten Sie nach einem Deploy die Dateien des vorigen Builds unter assets/ und embed/chunks/ noch einen Tag lang: Eine Seite, die vorher geöffnet wurde, fragt sie vielleicht noch an.',
    docs: 'Die Anleitung zum Einbetten (docs/embedding.md im Projekt) sagt dasselbe, mit jedem Attribut und jedem Ereignis.',
  },
} as const satisfies ConfigureText;
