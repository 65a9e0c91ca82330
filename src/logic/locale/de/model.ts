/**
 * The scoring model's German text: why an answer rules a protocol out, the reason behind each
 * answer (per axis it acts on), what a POP3 result still needs, and the setup advice. Axis and
 * protocol names are the UI's (UI_TEXT_DE.axes, UI_TEXT_DE.protocols). Every claim is drawn from the
 * seed article or is a protocol fact (ports, TLS, what POP3 fetches); see docs/scoring-model.md.
 * Mirrors ../en/model.ts key for key; keep every claim exactly as strong as the English.
 */

import type { ProviderId } from '../../provider-ids.ts';
import type { ModelText, ReasonsText } from '../shape.ts';
import { num } from './format.ts';

/** "nach 14 Tagen" (dative), "nach einem Tag": days in German style (ports are never formatted: 1143 stays 1143). */
const daysDative = (days: number) => (days === 1 ? 'einem Tag' : `${num(days)} Tagen`);
/** "14 Tage nach dem Herunterladen" (accusative), "einen Tag nach …". */
const daysAccusative = (days: number) => (days === 1 ? 'einen Tag' : `${num(days)} Tage`);

export const MODEL_TEXT_DE = {
  /** Why an answer rules the other protocol out: one sentence, shown first on the result. */
  requirements: {
    sharing: {
      team: 'Ein Team nutzt die Ordner dieses Postfachs gemeinsam, und das kann nur IMAP: POP3 lädt den Posteingang auf ein Gerät herunter und hat keine Ordner auf dem Server, die sich teilen ließen.',
    },
  },

  /**
   * What a person must know about signing in to each provider: how, what to switch on first, a note
   * (and one that matters only for POP3), and the user name. An empty string: nothing to say.
   * `user` follows "Benutzername: " (so it may start in lower case); `signIn` also follows
   * "Passwort: " in the copied settings. German providers' settings are named as their German
   * pages name them.
   */
  providers: {
    gmail: {
      signIn: 'Gmail verlangt ein App-Passwort, das Google anbietet, sobald die Bestätigung in zwei Schritten aktiviert ist, oder ein Mailprogramm, das die Anmeldung mit Google unterstützt.',
      enable: '',
      note: '',
      pop3Note:
        'Aktivieren Sie zuerst den POP-Download in den Gmail-Einstellungen (Weiterleitung und POP/IMAP). Dort legen Sie auch fest, was mit der Gmail-eigenen Kopie einer heruntergeladenen Nachricht geschieht: im Posteingang behalten, als gelesen markieren, archivieren oder löschen.',
      user: 'Ihre vollständige Gmail-Adresse',
    },
    outlook: {
      signIn: 'Outlook.com akzeptiert in anderen Mailprogrammen nur die Microsoft-Anmeldung: Verwenden Sie ein Mailprogramm, das sich mit einem Microsoft-Konto anmelden kann, denn ein einfaches Passwort wird abgelehnt.',
      enable: 'Microsoft lässt den Zugriff per POP und IMAP ausgeschaltet, bis Sie ihn in den Einstellungen von Outlook.com einschalten (E-Mail > Weiterleitung und IMAP).',
      note: '',
      pop3Note: '',
      user: 'Ihre vollständige E-Mail-Adresse',
    },
    icloud: {
      signIn: 'iCloud Mail verlangt ein App-Passwort, das Sie in den Einstellungen Ihres Apple Accounts erstellen, sobald die Zwei-Faktor-Authentifizierung aktiviert ist.',
      enable: '',
      note: 'Auf einem iPhone, iPad oder Mac ist iCloud Mail bereits eingebaut: Melden Sie sich dort mit Ihrem Apple Account an, statt das Konto von Hand einzurichten.',
      pop3Note: '',
      user: 'der Teil Ihrer iCloud-Adresse vor dem @ (zum Senden die ganze Adresse)',
    },
    yahoo: {
      signIn: 'Yahoo Mail verlangt ein App-Passwort, das Sie in den Sicherheitseinstellungen Ihres Kontos erstellen, es sei denn, Ihr Mailprogramm meldet sich über die eigene Anmeldeseite von Yahoo an.',
      enable: '',
      note: '',
      pop3Note: '',
      user: 'Ihre vollständige E-Mail-Adresse',
    },
    aol: {
      signIn: 'AOL Mail verlangt ein App-Passwort, das Sie in den Sicherheitseinstellungen Ihres AOL-Kontos erstellen, es sei denn, Ihr Mailprogramm unterstützt die Anmeldung mit AOL.',
      enable: '',
      note: '',
      pop3Note: '',
      user: 'Ihre vollständige E-Mail-Adresse',
    },
    fastmail: {
      signIn: 'Fastmail akzeptiert Ihr Kontopasswort nicht in Mailprogrammen: Erstellen Sie ein App-Passwort in den Fastmail-Einstellungen (manche Programme können sich direkt bei Fastmail anmelden).',
      enable: '',
      note: '',
      pop3Note: 'Fastmail lädt per POP3 nur den Posteingang herunter.',
      user: 'Ihre vollständige Fastmail-Adresse',
    },
    proton: {
      signIn: 'Verwenden Sie das Passwort, das Proton Mail Bridge für Ihr Postfach anzeigt, nicht Ihr Proton-Passwort.',
      enable: 'Proton Mail Bridge, das einen kostenpflichtigen Proton-Tarif voraussetzt, muss auf dem Computer, auf dem Ihr Mailprogramm läuft, installiert, angemeldet und gestartet sein.',
      note: '1143 und 1025 sind die üblichen Ports von Bridge auf Ihrem eigenen Computer: Übernehmen Sie die Ports, die Bridge anzeigt, denn Bridge wählt andere, wenn diese belegt sind. Bridge läuft unter Windows, macOS und Linux, nicht auf Smartphones.',
      pop3Note: '',
      user: 'Ihre Proton-Adresse, wie Bridge sie anzeigt',
    },
    gmx: {
      signIn: 'GMX akzeptiert Ihr GMX-Passwort oder, sobald die Zwei-Faktor-Authentifizierung aktiviert ist, ein App-Passwort.',
      enable: 'Erlauben Sie zuerst in den E-Mail-Einstellungen von GMX unter „POP3/IMAP Abruf“ den Zugriff per POP3 und IMAP (einmalig und erneut, nachdem Sie die Zwei-Faktor-Authentifizierung eingeschaltet haben).',
      note: 'Diese Server gelten für Adressen unter gmx.net, gmx.de, gmx.at und gmx.ch.',
      pop3Note: '',
      user: 'Ihre vollständige E-Mail-Adresse',
    },
    webde: {
      signIn: 'WEB.DE akzeptiert Ihr WEB.DE-Passwort oder, sobald die Zwei-Faktor-Authentifizierung aktiviert ist, ein App-Passwort.',
      enable: 'Erlauben Sie zuerst in den E-Mail-Einstellungen von WEB.DE unter „POP3/IMAP Abruf“ den Zugriff per POP3 und IMAP (einmalig).',
      note: '',
      pop3Note: '',
      user: 'Ihre WEB.DE-Adresse oder deren Teil vor dem @',
    },
    'mailbox-org': {
      signIn: 'mailbox.org akzeptiert Ihr Postfach-Passwort; sobald die Zwei-Faktor-Authentifizierung aktiviert ist, braucht jedes Mailprogramm ein eigenes App-Passwort.',
      enable: '',
      note: '',
      pop3Note: '',
      user: 'Ihre Hauptadresse bei mailbox.org',
    },
    zoho: {
      signIn: 'Zoho Mail akzeptiert Ihr Zoho-Passwort oder, sobald die Zwei-Faktor-Authentifizierung aktiviert ist, ein App-Passwort.',
      enable: 'Schalten Sie zuerst in den Einstellungen von Zoho Mail den IMAP-Zugriff oder den POP-Zugriff ein.',
      note: 'Diese Server gelten für private Konten im US-Rechenzentrum von Zoho: Organisationskonten verwenden imappro.zoho.com, poppro.zoho.com und smtppro.zoho.com, und Konten in anderen Regionen nutzen statt zoho.com die Domain ihrer Region, etwa zoho.eu. Ob IMAP- und POP-Zugriff verfügbar sind, kann von Ihrem Zoho-Tarif abhängen.',
      pop3Note: '',
      user: 'Ihre vollständige Zoho-Mail-Adresse',
    },
    posteo: {
      signIn: 'Posteo akzeptiert Ihr Posteo-Passwort oder, sobald die Zwei-Faktor-Authentifizierung aktiviert ist, ein App-Passwort.',
      enable: 'Wenn Sie bei Posteo den zusätzlichen Postfachschutz eingeschaltet haben, schalten Sie ihn aus: Er sperrt Mailprogramme für IMAP, POP3 und den Versand.',
      note: '',
      pop3Note: '',
      user: 'Ihre vollständige Posteo-Adresse',
    },
    't-online': {
      signIn: 'Mailprogramme brauchen das eigene „Passwort für E-Mail-Programme“ der Telekom, das Sie in den E-Mail-Einstellungen der Telekom festlegen: Ihr Telekom-Login-Passwort funktioniert dort nicht.',
      enable: '',
      note: '',
      pop3Note: '',
      user: 'Ihre vollständige E-Mail-Adresse',
    },
  } satisfies Record<ProviderId, { signIn: string; enable: string; note: string; pop3Note: string; user: string }>,

  /** The result's setup section: the provider choice, the servers, copying them, the setup profile. */
  setup: {
    /** The label of the provider choice ("Set it up with"). */
    choose: 'Einrichten mit',
    other: 'Anderer oder eigener Server',
    serversCaption: 'Servereinstellungen für Ihr Mailprogramm',
    serverRoles: { incoming: 'Empfang', outgoing: 'Versand' },
    /**
     * A port on a server card: "Port 995 · SSL/TLS", "Port 587 · STARTTLS, erzwungen" (English:
     * "STARTTLS, required"; the same word as `advice.endpoint`). The port is not number-formatted.
     */
    port: (port: number, security: 'tls' | 'starttls') => (security === 'tls' ? `Port ${port} · SSL/TLS` : `Port ${port} · STARTTLS, erzwungen`),
    /** A server whose name the page does not know: "IMAP-Server Ihres Anbieters". */
    unnamedServer: (owner: string | undefined, protocol: string) => (owner ? `${protocol}-Server von ${owner}` : `${protocol}-Server Ihres Anbieters`),
    /** Announced when a provider is chosen: "Angezeigt werden die Server von Gmail." */
    showing: (provider: string) => `Angezeigt werden die Server von ${provider}.`,
    /** Announced when the choice changed the recommendation: iCloud rules POP3 out. */
    changed: (provider: string, protocol: string) => `${provider} bietet kein POP3 an, daher lautet die Empfehlung jetzt ${protocol}.`,
    /** Announced when a choice lifted such a requirement (back to other, or to a provider with POP3). */
    nowRecommended: (protocol: string) => `Die Empfehlung lautet jetzt ${protocol}.`,
    signInHeading: (provider: string) => `Anmeldung bei ${provider}`,
    userName: (who: string) => `Benutzername: ${who}.`,
    help: (provider: string) => `Hilfe von ${provider} zu den Einstellungen im Mailprogramm`,
    newTab: '(öffnet sich in einem neuen Tab)',
    copy: 'Einstellungen kopieren',
    copied: 'Einstellungen kopiert.',
    copyFailed: 'Ihr Browser hat das Kopieren nicht zugelassen. Markieren Sie die Einstellungen unten und kopieren Sie sie selbst.',
    copyLabel: 'Die Einstellungen als Text',
    /** The copied text. */
    copyTitle: (provider: string | undefined, protocol: string) => (provider ? `${provider}: ${protocol}-Einstellungen` : `${protocol}-Einstellungen`),
    copyServer: (role: string, protocol: string, where: string) => `${role} (${protocol}): ${where}`,
    copyUser: (who: string) => `Benutzername: ${who}`,
    copySignIn: (how: string) => `Passwort: ${how}`,
    copyHelp: (url: string) => `Hilfe: ${url}`,
    profile: 'Einrichtungsprofil herunterladen',
    profileFor: 'Für iPhone, iPad und Mac',
    /**
     * What the person will see when installing the unsigned profile, and how to remove it later.
     * "Profil geladen" is what iOS shows in German for "Profile Downloaded".
     */
    profileExplained:
      'Das Profil enthält diese Servereinstellungen und sonst nichts: Ihr Gerät fragt bei der Installation nach Ihrer Adresse und Ihrem Passwort. Es ist nicht signiert, daher zeigt Ihr Gerät es als nicht überprüft an. Öffnen Sie auf einem iPhone oder iPad nach dem Download die Einstellungen und tippen Sie auf „Profil geladen“ (innerhalb von 8 Minuten); öffnen Sie auf einem Mac die Datei und bestätigen Sie sie in den Systemeinstellungen. Um das Konto später zu entfernen, entfernen Sie das Profil.',
    /** Why there is no profile for this provider. */
    noProfile: {
      oauth: (provider: string) =>
        `Kein Einrichtungsprofil für ${provider}: Dieser Anbieter verlangt eine eigene Anmeldung, die ein Profil nicht einrichten kann. Fügen Sie das Konto auf einem iPhone, iPad oder Mac über die Kontoeinrichtung von Apple Mail hinzu, die diese Anmeldung anbietet.`,
      bridge: (provider: string) =>
        `Kein Einrichtungsprofil für ${provider}: Als Server dient hier Proton Mail Bridge auf Ihrem eigenen Computer, und Ports und Passwort kommen von Bridge.`,
      'built-in': (provider: string) => `Kein Einrichtungsprofil für ${provider}: Auf Apple-Geräten ist der Dienst bereits eingebaut.`,
    },
  },

  /** Why a chosen provider that offers no POP3 rules it out. */
  serviceRequirement: (provider: string) => `${provider} bietet kein POP3 an, daher kann ein Mailprogramm dieses Postfach nur über IMAP erreichen.`,

  /**
   * Why an answer pushed the result, keyed by question, option and the axis it acted on most.
   * An option has one sentence for each axis it acts on in the model table.
   */
  reasons: {
    devices: {
      one: {
        multiDevice: 'Sie lesen dieses Postfach auf einem Gerät, daher ist Ihnen die Synchronisierung zwischen Geräten, die IMAP bietet, wenig wichtig.',
      },
      two: {
        multiDevice: 'Sie lesen dieses Postfach auf einem Computer und einem Smartphone: Beide mit POP3 auf demselben Stand zu halten, ist mühsame Handarbeit, und IMAP erledigt das für Sie.',
      },
      many: {
        multiDevice: 'Sie lesen dieses Postfach auf drei oder mehr Geräten: Mit IMAP zeigen alle Geräte denselben Posteingang, dieselben Ordner und dieselben gesendeten E-Mails, und POP3 wurde dafür nicht entwickelt.',
      },
    },
    sharing: {
      solo: {
        multiDevice: 'Nur Sie nutzen dieses Postfach, daher muss niemand sonst seine Ordner sehen.',
      },
      delegate: {
        multiDevice: 'Jemand anderes arbeitet gelegentlich in diesem Postfach: Mit IMAP sehen Sie beide dieselben Ordner, während POP3 E-Mails auf dem jeweiligen Gerät lässt, das sie abgerufen hat.',
      },
      team: {
        multiDevice: 'Ein Team nutzt die Ordner dieses Postfachs gemeinsam, und IMAP hält alle auf demselben Stand.',
      },
    },
    threat: {
      device: {
        privacy: 'Der Anbieter beunruhigt Sie weniger, daher zählt es weniger, E-Mails von seinem Server fernzuhalten.',
        resilience: 'Sie fürchten, dass Ihr Gerät verloren geht oder kaputtgeht, und mit IMAP bleiben Ihre E-Mails sicher auf dem Server des Anbieters.',
      },
      both: {
        privacy: 'Sie sorgen sich auch um ein Datenleck beim Anbieter, und das spricht für den Datenschutz von POP3.',
        resilience: 'Sie sorgen sich auch darum, Ihr Gerät zu verlieren, und das spricht für die Ausfallsicherheit von IMAP.',
      },
      server: {
        privacy: 'Sie fürchten ein Datenleck, eine gerichtliche Anordnung oder Datenauswertung beim Anbieter: POP3, so eingestellt, dass E-Mails nach dem Herunterladen vom Server entfernt werden, entzieht sie seinem Zugriff.',
        resilience: 'Der Verlust Ihres Geräts beunruhigt Sie weniger, daher zählt die Ausfallsicherheit von IMAP weniger.',
      },
    },
    backups: {
      none: {
        resilience: 'Sie haben keine Sicherungen: Mit POP3 läge die einzige Kopie auf Ihrem Gerät, und ein Ausfall, ein Diebstahl oder Ransomware könnte Ihre E-Mails endgültig vernichten.',
      },
      sometimes: {
        resilience: 'Sie sichern ab und zu von Hand: Mit POP3 wären die E-Mails seit Ihrer letzten Sicherung verloren, wenn das Gerät ausfiele.',
      },
      automatic: {
        resilience: 'Ihre automatischen, verschlüsselten Sicherungen decken die Schwachstelle von POP3 ab: Ihre E-Mails überstehen einen Ausfall oder einen gestohlenen Laptop.',
      },
    },
    deviceSecurity: {
      no: {
        privacy: 'Ihr Gerät ist nicht verschlüsselt: Mit POP3 lägen alle Ihre E-Mails darauf, lesbar für jeden, der es an sich nimmt.',
      },
      unsure: {
        privacy: 'Sie sind nicht sicher, ob Ihr Gerät verschlüsselt ist, also ist es das vielleicht nicht: Mit POP3 lägen alle Ihre E-Mails darauf, lesbar für jeden, der es an sich nimmt.',
      },
      yes: {
        privacy: 'Ihr Gerät ist verschlüsselt und gesperrt, daher bleiben E-Mails, die Sie mit POP3 darauf speichern, in Ihrer Hand.',
      },
    },
    provider: {
      low: {
        privacy: 'Ihr Anbieter ist kostenlos oder werbefinanziert: Mit IMAP lägen alle Ihre E-Mails bei ihm, und dort sind sie nur so vertraulich wie seine Richtlinien.',
      },
      some: {
        privacy: 'Ein großer, kostenpflichtiger Anbieter ist ein verlässlicherer Ort für E-Mails, die mit IMAP auf seinem Server liegen.',
      },
      high: {
        privacy: 'Ihr auf Datenschutz ausgerichteter Anbieter, ohne Werbung, ohne Tracking und mit verschlüsselter Speicherung, verringert den Datenschutzvorsprung von POP3.',
      },
    },
    storage: {
      small: {
        serverCost: 'Ihr Postfach passt bequem in sein Speicherkontingent, daher kostet es Sie wenig, mit IMAP alles auf dem Server zu behalten.',
      },
      growing: {
        serverCost: 'Das Speicherkontingent Ihres Postfachs ist fast voll: IMAP behält jede Nachricht auf dem Server, während POP3 ihn leeren kann.',
      },
      large: {
        serverCost: 'Sie bezahlen für zusätzlichen Serverspeicher: IMAP behält alle Ihre E-Mails dort, während POP3 ihn leeren kann.',
      },
    },
    retention: {
      no: {
        resilience: 'Sie müssen E-Mails nicht jahrelang aufbewahren, daher wiegt es weniger schwer, alte E-Mails mit einem Gerät zu verlieren.',
      },
      personal: {
        resilience: 'Sie möchten ein Archiv, daher zählen E-Mails, die ein verlorenes oder kaputtes Gerät überstehen, mehr.',
      },
      required: {
        resilience: 'Vorschriften verlangen, dass Sie E-Mails aufbewahren: Das erfordert eine klare Datenspur und E-Mails, die ein verlorenes oder beschädigtes Gerät überstehen.',
      },
    },
  } satisfies ReasonsText,

  /** Why a POP3 result is not `clear`, and what would make POP3 safe: one sentence per caution. */
  cautions: {
    devices: {
      many: 'Auf drei oder mehr Geräten ist POP3 schwer auf demselben Stand zu halten: Nur ein Gerät sollte E-Mails vom Server entfernen, und gesendete E-Mails und Ordner werden sich zwischen den Geräten unterscheiden.',
    },
    sharing: {
      delegate: 'Jemand anderes arbeitet in diesem Postfach: Mit POP3 sieht die andere Person nur die E-Mails, die noch auf dem Server liegen, daher müssen diese dort lange genug für sie bleiben.',
    },
    backups: {
      none: 'Sie haben keine Sicherungen: POP3 ist erst dann sicher, wenn Ihr Gerät automatisch und verschlüsselt gesichert wird (siehe die Einrichtungsschritte).',
      sometimes: 'Sie sichern von Hand: Stellen Sie bei POP3 auf automatische Sicherungen um, sonst gehen die E-Mails seit der letzten Sicherung verloren, wenn das Gerät ausfällt.',
    },
    deviceSecurity: {
      no: 'Ihr Gerät ist nicht verschlüsselt: Schalten Sie die Verschlüsselung ein, bevor Sie mit POP3 alle Ihre E-Mails darauf speichern.',
      unsure: 'Prüfen Sie, ob Ihr Gerät verschlüsselt ist, bevor Sie mit POP3 alle Ihre E-Mails darauf speichern.',
    },
  },

  advice: {
    /**
     * How a port is reached: "Port 993 mit SSL/TLS", "Port 587 mit erzwungenem STARTTLS" (English:
     * "STARTTLS set to required"). No comma inside, as `either` joins several with "oder". The port
     * is not number-formatted (German grouping would print 1143 as 1.143).
     */
    endpoint: (port: number, security: 'tls' | 'starttls') =>
      security === 'tls' ? `Port ${port} mit SSL/TLS` : `Port ${port} mit erzwungenem STARTTLS`,
    /** Two ways to reach the same server: "… oder …" (no comma before "oder" in German). */
    either: (first: string, second: string) => `${first} oder ${second}`,
    /** A named server and how it is reached: "imap.gmail.com (Port 993 mit SSL/TLS)". */
    at: (host: string, endpoints: string) => `${host} (${endpoints})`,
    tls: {
      title: 'Nur über SSL/TLS verbinden',
      /** `receiving` and `sending` are `at(…)` or bare endpoints: "über imap.gmail.com (Port 993 …)", "über Port 993 …". */
      detail: (incoming: 'IMAP' | 'POP3', receiving: string, sending: string) =>
        `Stellen Sie den Empfang auf ${incoming} über ${receiving} ein und den Versand auf SMTP über ${sending}. Lassen Sie nie eine unverschlüsselte Verbindung zu und auch kein STARTTLS „wenn verfügbar“: TLS schützt Ihre E-Mails auf dem Weg zwischen Ihren Geräten und dem Server.`,
    },
    backups: {
      start: {
        title: 'Automatische, verschlüsselte Sicherungen einrichten',
        detail: 'Mit POP3 hat Ihr Gerät die einzige dauerhafte Kopie Ihrer E-Mails. Sichern Sie es automatisch und verschlüsselt, damit ein Ausfall, ein gestohlener Laptop oder Ransomware Ihre E-Mails nicht endgültig vernichten kann.',
      },
      keep: {
        title: 'Automatische, verschlüsselte Sicherungen weiterlaufen lassen',
        detail: 'Sie sorgen dafür, dass E-Mails mit POP3 einen Ausfall oder Diebstahl überstehen. Prüfen Sie ab und zu, ob Sie eine Nachricht daraus wiederherstellen können.',
      },
    },
    diskEncryption: {
      start: {
        title: 'Gerät verschlüsseln und mit einem Passwort sperren',
        detail: 'Mit POP3 liegt die gesamte Last, Ihre E-Mails vertraulich zu halten, auf Ihrem eigenen Gerät: Schalten Sie die Festplattenverschlüsselung und ein Anmeldepasswort oder eine PIN ein, damit ein gestohlener Laptop oder ein gestohlenes Smartphone Ihre E-Mails nicht preisgibt.',
      },
      check: {
        title: 'Prüfen, ob Ihr Gerät verschlüsselt ist',
        detail: 'Mit POP3 liegen alle Ihre E-Mails auf Ihrem Gerät. Sehen Sie in seinen Sicherheitseinstellungen nach (FileVault auf einem Mac, BitLocker oder Geräteverschlüsselung unter Windows; ein Smartphone mit Code ist in der Regel bereits verschlüsselt), schalten Sie die Verschlüsselung ein, falls sie aus ist, und sperren Sie das Gerät mit einem Passwort.',
      },
      keep: {
        title: 'Gerät verschlüsselt und gesperrt halten',
        detail: 'Mit POP3 liegen Ihre E-Mails auf diesem Gerät: Lassen Sie die Festplattenverschlüsselung und das Anmeldepasswort eingeschaltet.',
      },
    },
    serverCopy: {
      removal: {
        title: '„Vom Server entfernen“ einschalten',
        detail: 'Viele Mailprogramme lassen standardmäßig eine Kopie jeder Nachricht auf dem Server. Erst wenn Sie das Entfernen in den Kontoeinstellungen einschalten, verschwinden Ihre E-Mails mit POP3 vom Server des Anbieters.',
      },
      devices: {
        title: (days: number) => `Einen Computer E-Mails nach ${daysDative(days)} entfernen lassen, Ihr Smartphone nie`,
        detail: (days: number) =>
          `Stellen Sie Ihren Hauptcomputer so ein, dass er jede Nachricht ${daysAccusative(days)} nach dem Herunterladen vom Server entfernt, und stellen Sie Ihr Smartphone und alle anderen Geräte so ein, dass sie Nachrichten auf dem Server lassen und dort nie löschen. Ihr Smartphone sieht weiterhin neue E-Mails, und Ihr Computer behält die dauerhafte Kopie.`,
      },
      maybe: {
        title: 'Festlegen, welches Gerät E-Mails vom Server entfernt',
        detail: (days: number) =>
          `Viele Mailprogramme lassen standardmäßig eine Kopie auf dem Server, und mit POP3 verschwinden E-Mails erst dann vom Server, wenn das Entfernen eingeschaltet ist. Liest nur ein Computer dieses Postfach, schalten Sie das Entfernen dort ein. Liest es auch ein Smartphone, lassen Sie den Computer jede Nachricht nach ${daysDative(days)} entfernen und stellen Sie das Smartphone so ein, dass es nie vom Server löscht.`,
      },
    },
    inboxOnly: {
      title: 'Nur mit dem Posteingang rechnen',
      detail: 'POP3 lädt den Posteingang herunter und sonst nichts: Gesendete E-Mails, Ordner und die Markierungen „gelesen“ und „ungelesen“ bleiben auf dem Gerät, auf dem sie entstanden sind, und Ihre anderen Geräte sehen sie nie. E-Mails, die Sie von einem Smartphone senden, bleiben im Ordner „Gesendet“ dieses Smartphones.',
    },
    retentionPop3: {
      title: 'E-Mails so lange aufbewahren, wie Ihre Vorschriften es verlangen',
      detail: 'Mit POP3 hat Ihr Gerät die einzige dauerhafte Kopie: Bewahren Sie die E-Mails, für die Ihre Vorschriften gelten, in Ordnern auf, die in Ihren verschlüsselten Sicherungen enthalten sind, bewahren Sie diese Sicherungen für die gesamte Aufbewahrungsfrist auf und prüfen Sie einmal im Jahr, ob Sie daraus wiederherstellen können.',
    },
    switchToPop3: {
      title: 'Umstieg von IMAP? Zuerst die Ordner auf den Computer kopieren',
      detail: 'POP3 ruft nur neue E-Mails im Posteingang ab. Bevor Sie ein Konto umstellen, das heute IMAP nutzt, kopieren Sie seine Ordner (Gesendet, Archiv und Ihre eigenen) in lokale Ordner auf Ihrem Computer, prüfen Sie, ob sie vollständig sind, und entfernen Sie erst dann das IMAP-Konto.',
    },
    providerEncryption: {
      start: {
        title: 'Einen Anbieter mit verschlüsselter Speicherung wählen',
        detail: 'Mit IMAP sind Ihre E-Mails nur so sicher wie die Sicherheits- und Datenschutzrichtlinien Ihres Anbieters: Wählen Sie einen Anbieter ohne Werbung, ohne Tracking und mit verschlüsselter Speicherung.',
      },
      keep: {
        title: 'Bei einem Anbieter bleiben, der Ihre E-Mails verschlüsselt speichert',
        detail: 'Ihr auf Datenschutz ausgerichteter Anbieter speichert Ihre E-Mails verschlüsselt. Wenn sich seine Bedingungen oder Eigentümer ändern, prüfen Sie, ob das weiterhin gilt.',
      },
    },
    deviceLock: {
      title: 'Jedes Gerät mit diesem Postfach sperren und verschlüsseln',
      detail: 'IMAP legt auf jedem Smartphone und Computer, mit dem es synchronisiert, eine Kopie Ihrer E-Mails ab: Versehen Sie jedes Gerät mit einer Bildschirmsperre oder einem Passwort und mit Festplattenverschlüsselung, und schalten Sie die Fernlöschung ein, wo das Gerät sie anbietet.',
    },
    sharedAccess: {
      title: 'Jeder Person eine eigene Anmeldung geben',
      detail: 'Wo Ihr Anbieter gemeinsame Ordner oder delegierten Zugriff anbietet, nutzen Sie diese, statt Ihr Passwort weiterzugeben: Alle sehen dieselben Ordner, und Sie können jemandem den Zugriff später wieder entziehen.',
    },
    localExport: {
      plain: {
        title: 'E-Mails ab und zu auf den Computer exportieren',
        detail: 'Ein regelmäßiger lokaler Export hält eine Kopie Ihres Postfachs unter Ihrer eigenen Kontrolle, sodass Ihr gesamter E-Mail-Verlauf nicht allein bei einem Dritten liegt.',
      },
      retention: {
        title: 'E-Mails regelmäßig exportieren und die Exporte aufbewahren',
        detail: 'Ein regelmäßiger lokaler Export hält eine Kopie Ihres Postfachs unter Ihrer eigenen Kontrolle. Bewahren Sie die Exporte bei Ihren Unterlagen auf, wie Ihre Aufbewahrungsvorschriften es verlangen.',
      },
    },
    switchToImap: {
      title: 'Umstieg von POP3? Alte E-Mails hochladen',
      detail: 'E-Mails, die POP3 früher heruntergeladen hat, liegen nur auf diesem Computer. Verschieben oder kopieren Sie diese lokalen Ordner nach dem Hinzufügen des IMAP-Kontos in das neue Konto, damit sie auf den Server und Ihre anderen Geräte gelangen, und entfernen Sie dann das alte POP3-Konto.',
    },
  },
} as const satisfies ModelText;
