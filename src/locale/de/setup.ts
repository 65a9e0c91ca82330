import type { SetupText } from '../shape.ts';

/** The result's setup section: the provider choice, the servers, copying them, the setup profile. */
export const SETUP_TEXT_DE = {
  /** The label of the provider choice ("Set it up with"). */
  choose: 'Einrichten mit',
  serversCaption: 'Servereinstellungen für Ihr Mailprogramm',
  securityTerms: {
    tls: 'SSL/TLS: vom ersten Byte an verschlüsselt.',
    starttls: 'STARTTLS: wechselt nach dem Verbinden zur Verschlüsselung; „erzwungen“ heißt: nie ohne sie.',
  },
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
  toVerdict: 'Zur neuen Empfehlung',
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
  profileExplained: (secret: 'password' | 'app-password' | 'email-password') =>
    `Das Profil enthält diese Servereinstellungen und sonst nichts: Ihr Gerät fragt bei der Installation nach Ihrer Adresse und ${
      secret === 'app-password'
        ? 'einem App-Passwort (erstellt in den Sicherheitseinstellungen Ihres Kontos: Ihr gewohntes Passwort funktioniert nicht)'
        : secret === 'email-password'
          ? 'dem eigenen Passwort für Mailprogramme, das Sie in den E-Mail-Einstellungen Ihres Anbieters festgelegt haben'
          : 'Ihrem Passwort'
    }. Es trägt keine Signatur eines Herausgebers, daher zeigt Ihr Gerät es als nicht überprüft an: Das ist so zu erwarten. Öffnen Sie auf einem iPhone oder iPad nach dem Download die Einstellungen und tippen Sie auf „Profil geladen“ (innerhalb von 8 Minuten); öffnen Sie auf einem Mac die Datei und bestätigen Sie sie in den Systemeinstellungen. Um das Konto später zu entfernen, entfernen Sie das Profil.`,
  /** Why there is no profile for this provider. */
  noProfile: {
    oauth: (provider: string) =>
      `Kein Einrichtungsprofil für ${provider}: Dieser Anbieter verlangt eine eigene Anmeldung, die ein Profil nicht einrichten kann. Fügen Sie das Konto auf einem iPhone, iPad oder Mac über die Kontoeinrichtung von Apple Mail hinzu, die diese Anmeldung anbietet.`,
    bridge: (provider: string) =>
      `Kein Einrichtungsprofil für ${provider}: Als Server dient hier Proton Mail Bridge auf Ihrem eigenen Computer, und Ports und Passwort kommen von Bridge.`,
    'built-in': (provider: string) => `Kein Einrichtungsprofil für ${provider}: Auf Apple-Geräten ist der Dienst bereits eingebaut.`,
  },
} as const satisfies SetupText;
