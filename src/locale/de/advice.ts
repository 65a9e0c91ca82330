import type { AdviceWords, StepFacts } from '../../logic/advice.ts';
import { num } from './format.ts';

/** "nach 14 Tagen" (dative), "nach einem Tag": days in German style (ports are never formatted: 1143 stays 1143). */
const daysDative = (days: number) => (days === 1 ? 'einem Tag' : `${num(days)} Tagen`);
/** "14 Tage nach dem Herunterladen" (accusative), "einen Tag nach …". */
const daysAccusative = (days: number) => (days === 1 ? 'einen Tag' : `${num(days)} Tage`);

/**
 * Step 1 of both protocols: the connection. `receiving` and `sending` are `at(…)` or bare endpoints:
 * "über imap.gmail.com (Port 993 …)", "über Port 993 …".
 */
const tls = ({ incoming, receiving, sending }: StepFacts) => ({
  title: 'Nur über SSL/TLS verbinden',
  detail: `Stellen Sie den Empfang auf ${incoming} über ${receiving} ein und den Versand auf SMTP über ${sending}. Lassen Sie nie eine unverschlüsselte Verbindung zu und auch kein STARTTLS „wenn verfügbar“: TLS schützt Ihre E-Mails auf dem Weg zwischen Ihren Geräten und dem Server.`,
});

/**
 * The setup advice in German: how ports read, and every step in every variant. Every claim is drawn
 * from the seed article or is a protocol fact (ports, TLS, what POP3 fetches).
 */
export const ADVICE_TEXT_DE = {
  /**
   * How a port is reached: "Port 993 mit SSL/TLS", "Port 587 mit erzwungenem STARTTLS" (English:
   * "STARTTLS set to required"). No comma inside, as `either` joins several with "oder". The port
   * is not number-formatted (German grouping would print 1143 as 1.143).
   */
  endpoint: (port: number, security: 'tls' | 'starttls') => (security === 'tls' ? `Port ${port} mit SSL/TLS` : `Port ${port} mit erzwungenem STARTTLS`),
  /** Two ways to reach the same server: "… oder …" (no comma before "oder" in German). */
  either: (first: string, second: string) => `${first} oder ${second}`,
  /** A named server and how it is reached: "imap.gmail.com (Port 993 mit SSL/TLS)". */
  at: (host: string, endpoints: string) => `${host} (${endpoints})`,
  /** Each step's words, by step and variant (the answers pick one): see src/logic/advice.ts. */
  steps: {
    tls: { imap: tls, pop3: tls },
    backups: {
      start: {
        title: 'Automatische, verschlüsselte Sicherungen einrichten',
        detail:
          'Mit POP3 hat Ihr Gerät die einzige dauerhafte Kopie Ihrer E-Mails. Sichern Sie es automatisch und verschlüsselt, damit ein Ausfall, ein gestohlener Laptop oder Ransomware Ihre E-Mails nicht endgültig vernichten kann.',
      },
      keep: {
        title: 'Automatische, verschlüsselte Sicherungen weiterlaufen lassen',
        detail:
          'Sie sorgen dafür, dass E-Mails mit POP3 einen Ausfall oder Diebstahl überstehen. Prüfen Sie ab und zu, ob Sie eine Nachricht daraus wiederherstellen können.',
      },
    },
    'disk-encryption': {
      start: {
        title: 'Gerät verschlüsseln und mit einem Passwort sperren',
        detail:
          'Mit POP3 liegt die gesamte Last, Ihre E-Mails vertraulich zu halten, auf Ihrem eigenen Gerät: Schalten Sie die Festplattenverschlüsselung und ein Anmeldepasswort oder eine PIN ein, damit ein gestohlener Laptop oder ein gestohlenes Smartphone Ihre E-Mails nicht preisgibt.',
      },
      check: {
        title: 'Prüfen, ob Ihr Gerät verschlüsselt ist',
        detail:
          'Mit POP3 liegen alle Ihre E-Mails auf Ihrem Gerät. Sehen Sie in seinen Sicherheitseinstellungen nach (FileVault auf einem Mac, BitLocker oder Geräteverschlüsselung unter Windows; ein Smartphone mit Code ist in der Regel bereits verschlüsselt), schalten Sie die Verschlüsselung ein, falls sie aus ist, und sperren Sie das Gerät mit einem Passwort.',
      },
      keep: {
        title: 'Gerät verschlüsselt und gesperrt halten',
        detail: 'Mit POP3 liegen Ihre E-Mails auf diesem Gerät: Lassen Sie die Festplattenverschlüsselung und das Anmeldepasswort eingeschaltet.',
      },
    },
    'server-copy': {
      removal: {
        title: '„Vom Server entfernen“ einschalten',
        detail:
          'Viele Mailprogramme lassen standardmäßig eine Kopie jeder Nachricht auf dem Server. Erst wenn Sie das Entfernen in den Kontoeinstellungen einschalten, verschwinden Ihre E-Mails mit POP3 vom Server des Anbieters.',
      },
      devices: ({ days }: StepFacts) => ({
        title: `Einen Computer E-Mails nach ${daysDative(days)} entfernen lassen, Ihr Smartphone nie`,
        detail: `Stellen Sie Ihren Hauptcomputer so ein, dass er jede Nachricht ${daysAccusative(days)} nach dem Herunterladen vom Server entfernt, und stellen Sie Ihr Smartphone und alle anderen Geräte so ein, dass sie Nachrichten auf dem Server lassen und dort nie löschen. Ihr Smartphone sieht weiterhin neue E-Mails, und Ihr Computer behält die dauerhafte Kopie.`,
      }),
      delegate: ({ days }: StepFacts) => ({
        title: `Jede Nachricht ${daysAccusative(days)} nach dem Herunterladen entfernen, nicht sofort`,
        detail: `Stellen Sie Ihr Mailprogramm so ein, dass es jede Nachricht ${daysAccusative(days)} nach dem Herunterladen vom Server entfernt, damit die Person, die dieses Postfach mit Ihnen teilt, sie dort noch sieht. Ihr Computer behält die dauerhafte Kopie.`,
      }),
      gmail: {
        title: 'In Gmail festlegen, was mit der Gmail-Kopie geschieht',
        detail:
          'Gmail beachtet „Vom Server entfernen“ im Mailprogramm nicht: Legen Sie in Gmail im Browser unter Einstellungen → Weiterleitung und POP/IMAP fest, ob Gmail seine Kopie nach dem Abruf über POP behält, als gelesen markiert, archiviert oder löscht. Wählen Sie „löschen“ erst, wenn Ihre Sicherungen laufen, denn dann hat Ihr Gerät die einzige Kopie.',
      },
      maybe: ({ days }: StepFacts) => ({
        title: 'Festlegen, welches Gerät E-Mails vom Server entfernt',
        detail: `Viele Mailprogramme lassen standardmäßig eine Kopie auf dem Server, und mit POP3 verschwinden E-Mails erst dann vom Server, wenn das Entfernen eingeschaltet ist. Liest nur ein Computer dieses Postfach, schalten Sie das Entfernen dort ein. Liest es auch ein Smartphone, lassen Sie den Computer jede Nachricht nach ${daysDative(days)} entfernen und stellen Sie das Smartphone so ein, dass es nie vom Server löscht.`,
      }),
    },
    'provider-delete': {
      outlook: {
        title: 'Outlook.com löschen lassen, was Ihr Programm entfernt',
        detail:
          'Outlook.com behält jede Nachricht, die ein Programm über POP herunterlädt, bis Sie es anders erlauben: Schalten Sie in Outlook.com unter Einstellungen → E-Mail → Weiterleitung und IMAP ein, dass Apps und Geräte Nachrichten aus Outlook löschen dürfen. Sonst ändert „Vom Server entfernen“ in Ihrem Programm dort nichts.',
      },
    },
    'inbox-only': {
      allMail: {
        title: 'Mit allen Gmail-E-Mails rechnen, aber ohne Labels',
        detail:
          'Der POP3-Zugang von Gmail lädt jede Nachricht außer Spam und Papierkorb herunter, aus allen Labels, und E-Mails, die Sie in Gmail im Browser gesendet haben. Labels, die Markierungen „gelesen“ und „ungelesen“ und E-Mails, die Sie aus diesem Programm senden, bleiben, wo sie entstanden sind.',
      },
      pop3: {
        title: 'Nur mit dem Posteingang rechnen',
        detail:
          'POP3 lädt den Posteingang herunter und sonst nichts: Gesendete E-Mails, Ordner und die Markierungen „gelesen“ und „ungelesen“ bleiben auf dem Gerät, auf dem sie entstanden sind, und Ihre anderen Geräte sehen sie nie. E-Mails, die Sie von einem Smartphone senden, bleiben im Ordner „Gesendet“ dieses Smartphones.',
      },
    },
    retention: {
      pop3: {
        title: 'E-Mails so lange aufbewahren, wie Ihre Vorschriften es verlangen',
        detail:
          'Mit POP3 hat Ihr Gerät die einzige dauerhafte Kopie: Bewahren Sie die E-Mails, für die Ihre Vorschriften gelten, in Ordnern auf, die in Ihren verschlüsselten Sicherungen enthalten sind, bewahren Sie diese Sicherungen für die gesamte Aufbewahrungsfrist auf und prüfen Sie einmal im Jahr, ob Sie daraus wiederherstellen können.',
      },
    },
    'provider-encryption': {
      start: {
        title: 'Einen Anbieter mit verschlüsselter Speicherung wählen',
        detail:
          'Mit IMAP sind Ihre E-Mails nur so sicher wie die Sicherheits- und Datenschutzrichtlinien Ihres Anbieters: Wählen Sie einen Anbieter ohne Werbung, ohne Tracking und mit verschlüsselter Speicherung.',
      },
      chosen: {
        title: 'Ihr Konto beim Anbieter absichern',
        detail:
          'Ihre E-Mails bleiben auf den Servern Ihres Anbieters: Schützen Sie das Konto mit Zwei-Faktor-Authentifizierung und einem Passwort, das Sie nirgends sonst verwenden, und prüfen Sie ab und zu, welche Apps und Geräte darauf zugreifen können.',
      },
      keep: {
        title: 'Bei einem Anbieter bleiben, der Ihre E-Mails verschlüsselt speichert',
        detail:
          'Ihr auf Datenschutz ausgerichteter Anbieter speichert Ihre E-Mails verschlüsselt. Wenn sich seine Bedingungen oder Eigentümer ändern, prüfen Sie, ob das weiterhin gilt.',
      },
    },
    'device-lock': {
      imap: {
        title: 'Jedes Gerät mit diesem Postfach sperren und verschlüsseln',
        detail:
          'IMAP legt auf jedem Smartphone und Computer, mit dem es synchronisiert, eine Kopie Ihrer E-Mails ab: Versehen Sie jedes Gerät mit einer Bildschirmsperre oder einem Passwort und mit Festplattenverschlüsselung, und schalten Sie die Fernlöschung ein, wo das Gerät sie anbietet.',
      },
    },
    'shared-access': {
      imap: {
        title: 'Jeder Person eine eigene Anmeldung geben',
        detail:
          'Wo Ihr Anbieter gemeinsame Ordner oder delegierten Zugriff anbietet, nutzen Sie diese, statt Ihr Passwort weiterzugeben: Alle sehen dieselben Ordner, und Sie können jemandem den Zugriff später wieder entziehen.',
      },
    },
    'local-export': {
      plain: {
        title: 'E-Mails ab und zu auf den Computer exportieren',
        detail:
          'Ein regelmäßiger lokaler Export hält eine Kopie Ihres Postfachs unter Ihrer eigenen Kontrolle, sodass Ihr gesamter E-Mail-Verlauf nicht allein bei einem Dritten liegt.',
      },
      retention: {
        title: 'E-Mails regelmäßig exportieren und die Exporte aufbewahren',
        detail:
          'Ein regelmäßiger lokaler Export hält eine Kopie Ihres Postfachs unter Ihrer eigenen Kontrolle. Bewahren Sie die Exporte bei Ihren Unterlagen auf, wie Ihre Aufbewahrungsvorschriften es verlangen.',
      },
    },
    switching: {
      toPop3: {
        title: 'Umstieg von IMAP? Zuerst die Ordner auf den Computer kopieren',
        detail:
          'POP3 ruft nur neue E-Mails im Posteingang ab. Bevor Sie ein Konto umstellen, das heute IMAP nutzt, kopieren Sie seine Ordner (Gesendet, Archiv und Ihre eigenen) in lokale Ordner auf Ihrem Computer, prüfen Sie, ob sie vollständig sind, und entfernen Sie erst dann das IMAP-Konto.',
      },
      toPop3AllMail: {
        title: 'Umstieg von IMAP? Zuerst die Ordner auf den Computer kopieren',
        detail:
          'Gmails POP3 holt Ihre E-Mails in einen einzigen Posteingang, ohne Labels und Ordner. Bevor Sie ein Konto umstellen, das heute IMAP nutzt, kopieren Sie seine Ordner (Gesendet, Archiv und Ihre eigenen) in lokale Ordner auf Ihrem Computer, prüfen Sie, ob sie vollständig sind, und entfernen Sie erst dann das IMAP-Konto.',
      },
      toImap: {
        title: 'Umstieg von POP3? Alte E-Mails hochladen',
        detail:
          'E-Mails, die POP3 früher heruntergeladen hat, liegen nur auf diesem Computer. Verschieben oder kopieren Sie diese lokalen Ordner nach dem Hinzufügen des IMAP-Kontos in das neue Konto, damit sie auf den Server und Ihre anderen Geräte gelangen, und entfernen Sie dann das alte POP3-Konto.',
      },
    },
  },
} as const satisfies AdviceWords;
