import type { ProvidersText } from '../shape.ts';

/**
 * What a person must know about signing in to each provider: how, what to switch on first, a note
 * (and one that matters only for POP3), and the user name. An empty string: nothing to say.
 * `user` follows "Benutzername: " (so it may start in lower case); `signIn` also follows
 * "Passwort: " in the copied settings. German providers' settings are named as their German
 * pages name them.
 */
export const PROVIDER_TEXT_DE = {
  gmail: {
    signIn:
      'Gmail verlangt ein App-Passwort, das Google anbietet, sobald die Bestätigung in zwei Schritten aktiviert ist, oder ein Mailprogramm, das die Anmeldung mit Google unterstützt.',
    enable: '',
    note: '',
    pop3Note:
      'Aktivieren Sie zuerst den POP-Download in den Gmail-Einstellungen (Weiterleitung und POP/IMAP). Dort legen Sie auch fest, was mit der Gmail-eigenen Kopie einer heruntergeladenen Nachricht geschieht: im Posteingang behalten, als gelesen markieren, archivieren oder löschen.',
    user: 'Ihre vollständige Gmail-Adresse',
  },
  outlook: {
    signIn:
      'Outlook.com akzeptiert in anderen Mailprogrammen nur die Microsoft-Anmeldung: Verwenden Sie ein Mailprogramm, das sich mit einem Microsoft-Konto anmelden kann, denn ein einfaches Passwort wird abgelehnt.',
    enable:
      'Microsoft lässt den Zugriff per POP und IMAP ausgeschaltet, bis Sie ihn in den Einstellungen von Outlook.com einschalten (E-Mail > Weiterleitung und IMAP).',
    note: '',
    pop3Note: '',
    user: 'Ihre vollständige E-Mail-Adresse',
  },
  icloud: {
    signIn:
      'iCloud Mail verlangt ein App-Passwort, das Sie in den Einstellungen Ihres Apple Accounts erstellen, sobald die Zwei-Faktor-Authentifizierung aktiviert ist.',
    enable: '',
    note: 'Auf einem iPhone, iPad oder Mac ist iCloud Mail bereits eingebaut: Melden Sie sich dort mit Ihrem Apple Account an, statt das Konto von Hand einzurichten.',
    pop3Note: '',
    user: 'der Teil Ihrer iCloud-Adresse vor dem @ (zum Senden die ganze Adresse)',
  },
  yahoo: {
    signIn:
      'Yahoo Mail verlangt ein App-Passwort, das Sie in den Sicherheitseinstellungen Ihres Kontos erstellen, es sei denn, Ihr Mailprogramm meldet sich über die eigene Anmeldeseite von Yahoo an.',
    enable: '',
    note: '',
    pop3Note: '',
    user: 'Ihre vollständige E-Mail-Adresse',
  },
  aol: {
    signIn:
      'AOL Mail verlangt ein App-Passwort, das Sie in den Sicherheitseinstellungen Ihres AOL-Kontos erstellen, es sei denn, Ihr Mailprogramm unterstützt die Anmeldung mit AOL.',
    enable: '',
    note: '',
    pop3Note: '',
    user: 'Ihre vollständige E-Mail-Adresse',
  },
  fastmail: {
    signIn:
      'Fastmail akzeptiert Ihr Kontopasswort nicht in Mailprogrammen: Erstellen Sie ein App-Passwort in den Fastmail-Einstellungen (manche Programme können sich direkt bei Fastmail anmelden).',
    enable: '',
    note: '',
    pop3Note: 'Fastmail lädt per POP3 nur den Posteingang herunter.',
    user: 'Ihre vollständige Fastmail-Adresse',
  },
  proton: {
    signIn: 'Verwenden Sie das Passwort, das Proton Mail Bridge für Ihr Postfach anzeigt, nicht Ihr Proton-Passwort.',
    enable:
      'Proton Mail Bridge, das einen kostenpflichtigen Proton-Tarif voraussetzt, muss auf dem Computer, auf dem Ihr Mailprogramm läuft, installiert, angemeldet und gestartet sein.',
    note: '1143 und 1025 sind die üblichen Ports von Bridge auf Ihrem eigenen Computer: Übernehmen Sie die Ports, die Bridge anzeigt, denn Bridge wählt andere, wenn diese belegt sind. Bridge läuft unter Windows, macOS und Linux, nicht auf Smartphones.',
    pop3Note: '',
    user: 'Ihre Proton-Adresse, wie Bridge sie anzeigt',
  },
  gmx: {
    signIn: 'GMX akzeptiert Ihr GMX-Passwort oder, sobald die Zwei-Faktor-Authentifizierung aktiviert ist, ein App-Passwort.',
    enable:
      'Erlauben Sie zuerst in den E-Mail-Einstellungen von GMX unter „POP3/IMAP Abruf“ den Zugriff per POP3 und IMAP (einmalig und erneut, nachdem Sie die Zwei-Faktor-Authentifizierung eingeschaltet haben).',
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
    signIn:
      'mailbox.org akzeptiert Ihr Postfach-Passwort; sobald die Zwei-Faktor-Authentifizierung aktiviert ist, braucht jedes Mailprogramm ein eigenes App-Passwort.',
    enable: '',
    note: '',
    pop3Note: '',
    user: 'Ihre Hauptadresse bei mailbox.org',
  },
  zoho: {
    signIn: 'Zoho Mail akzeptiert Ihr Zoho-Passwort oder, sobald die Zwei-Faktor-Authentifizierung aktiviert ist, ein App-Passwort.',
    enable: 'Schalten Sie zuerst in den Einstellungen von Zoho Mail den IMAP-Zugriff oder den POP-Zugriff ein.',
    note: 'Diese Server gelten für private Konten im US-Rechenzentrum von Zoho: Organisationskonten verwenden imappro.zoho.com, poppro.zoho.com und smtppro.zoho.com, und Konten in anderen Regionen nutzen statt zoho.com die Domain ihrer Region, etwa zoho.eu. Ob IMAP-Zugriff verfügbar ist, kann von Ihrem Zoho-Tarif abhängen.',
    pop3Note: 'Zoho bietet POP-Zugriff nur in bezahlten Tarifen: Kostenlose Konten, die seit 2019 eröffnet wurden, haben keinen.',
    user: 'Ihre vollständige Zoho-Mail-Adresse',
  },
  posteo: {
    signIn: 'Posteo akzeptiert Ihr Posteo-Passwort oder, sobald die Zwei-Faktor-Authentifizierung aktiviert ist, ein App-Passwort.',
    enable:
      'Wenn Sie bei Posteo den zusätzlichen Postfachschutz eingeschaltet haben, schalten Sie ihn aus: Er sperrt Mailprogramme für IMAP, POP3 und den Versand.',
    note: '',
    pop3Note: '',
    user: 'Ihre vollständige Posteo-Adresse',
  },
  't-online': {
    signIn:
      'Mailprogramme brauchen das eigene „Passwort für E-Mail-Programme“ der Telekom, das Sie in den E-Mail-Einstellungen der Telekom festlegen: Ihr Telekom-Login-Passwort funktioniert dort nicht.',
    enable: '',
    note: '',
    pop3Note: '',
    user: 'Ihre vollständige E-Mail-Adresse',
  },
} as const satisfies ProvidersText;
