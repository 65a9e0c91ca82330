import type { QuestionsText } from '../../logic/questions.ts';

/**
 * The questions in German: title, topic (for a list in a sentence), one sentence of help drawn
 * from the seed article, a label per option, and a condition per option for "If …, IMAP would win"
 * (worded about this mailbox). Keyed by the catalogue's ids, so a new option is a type error here
 * until it has its words.
 *
 * German grammar the other locale files rely on:
 * - `topic` is a dative noun phrase ("Ihren Sicherungen"), because UI_TEXT_DE puts the list of
 *   topics after "nach" (`sharpen`: "die Fragen nach Ihren Sicherungen") and "bei"
 *   (`onlyWeakening`: "Abstriche bei Ihren Sicherungen").
 * - `conditions` are subordinate clauses with the verb last, in the Konjunktiv II (mostly "würden",
 *   "wäre", "müssten"), because UI_TEXT_DE's `flip` reads "Wenn ${condition}, läge ${protocol} vorn."
 *   Avoid "läge" inside a condition: it would clash with `flip`'s own "läge".
 */
export const QUESTION_TEXT_DE = {
  devices: {
    title: 'Auf wie vielen Geräten lesen Sie dieses Postfach?',
    topic: 'der Anzahl Ihrer Geräte',
    help: 'POP3 behandelt ein einzelnes Gerät als Endstation für Ihre E-Mails, während bei IMAP alle Geräte auf denselben Posteingang blicken.',
    options: {
      one: 'Nur auf einem Gerät (einem Computer oder nur einem Smartphone)',
      two: 'Auf zwei, etwa einem Computer und einem Smartphone',
      many: 'Auf drei oder mehr Geräten',
    },
    conditions: {
      one: 'Sie dieses Postfach nur auf einem Gerät lesen würden',
      two: 'Sie dieses Postfach auf zwei Geräten, etwa einem Computer und einem Smartphone, lesen würden',
      many: 'Sie dieses Postfach auf drei oder mehr Geräten lesen würden',
    },
  },
  sharing: {
    title: 'Arbeitet noch jemand anderes in diesem Postfach oder seinen Ordnern?',
    topic: 'der gemeinsamen Nutzung dieses Postfachs',
    help: 'IMAP kann gemeinsame Ordner synchronisieren, sodass alle auf demselben Stand bleiben; POP3 ist auf eine einzelne Person zugeschnitten.',
    options: { solo: 'Nur ich', delegate: 'Gelegentlich eine Assistenz oder ein Partner', team: 'Ein Team nutzt Ordner gemeinsam' },
    conditions: {
      solo: 'nur Sie in diesem Postfach arbeiten würden',
      delegate: 'eine Assistenz oder ein Partner gelegentlich in diesem Postfach arbeiten würde',
      team: 'ein Team die Ordner dieses Postfachs gemeinsam nutzen würde',
    },
  },
  threat: {
    title: 'Was beunruhigt Sie mehr?',
    topic: 'Ihrer größeren Sorge',
    help: 'POP3 kann E-Mails vom Server des Anbieters entfernen und sie so Datenlecks, gerichtlichen Anordnungen und Datenauswertung entziehen; IMAP ist die ausfallsicherere Wahl, wenn Sie fürchten, Ihr Gerät zu verlieren.',
    options: {
      device: 'Dass mein Gerät verloren geht, kaputtgeht oder von Ransomware befallen wird',
      both: 'Beides gleichermaßen',
      server: 'Ein Datenleck, eine gerichtliche Anordnung oder Datenauswertung beim Anbieter',
    },
    conditions: {
      device: 'Sie sich mehr um den Verlust oder Defekt eines Geräts sorgen würden als um den Anbieter',
      both: 'Sie sich um den Verlust eines Geräts und ein Datenleck beim Anbieter gleichermaßen sorgen würden',
      server: 'Sie sich mehr um ein Datenleck, eine gerichtliche Anordnung oder Datenauswertung beim Anbieter sorgen würden',
    },
  },
  backups: {
    title: 'Wie sichern Sie das Gerät, auf dem Ihre E-Mails liegen?',
    topic: 'Ihren Sicherungen',
    help: 'Mit POP3 hängt alles an diesem einen Gerät: Ohne regelmäßige, verschlüsselte Sicherungen können ein Ausfall oder ein Diebstahl Ihre E-Mails endgültig vernichten.',
    options: { none: 'Gar nicht', sometimes: 'Von Hand, ab und zu', automatic: 'Automatische, verschlüsselte Sicherungen' },
    conditions: {
      none: 'das Gerät mit diesem Postfach gar nicht gesichert würde',
      sometimes: 'Sie das Gerät mit diesem Postfach von Hand sichern würden',
      automatic: 'das Gerät mit diesem Postfach automatisch und verschlüsselt gesichert würde',
    },
  },
  deviceSecurity: {
    title: 'Ist das Gerät, auf dem Ihre E-Mails liegen, verschlüsselt und mit Passwort oder PIN gesperrt?',
    topic: 'der Verschlüsselung Ihres Geräts',
    help: 'Mit POP3 liegt die gesamte Last der E-Mail-Sicherheit auf Ihrem eigenen Gerät.',
    options: { no: 'Nein', unsure: 'Ich bin nicht sicher', yes: 'Ja' },
    conditions: {
      no: 'das Gerät mit diesem Postfach nicht verschlüsselt wäre',
      unsure: 'Sie nicht sicher wären, ob das Gerät mit diesem Postfach verschlüsselt ist',
      yes: 'das Gerät mit diesem Postfach verschlüsselt und gesperrt wäre',
    },
  },
  provider: {
    title: 'Wie sehr vertrauen Sie Ihrem Anbieter, was Ihre gespeicherten E-Mails angeht?',
    topic: 'Ihrem Anbieter',
    help: 'Mit IMAP sind Ihre E-Mails nur so sicher wie die Sicherheits- und Datenschutzrichtlinien Ihres Anbieters.',
    options: {
      low: 'Wenig: Er ist kostenlos oder werbefinanziert',
      some: 'Einigermaßen: ein großer, kostenpflichtiger Dienst',
      high: 'Sehr: ein auf Datenschutz ausgerichteter Anbieter (keine Werbung, kein Tracking, verschlüsselte Speicherung)',
    },
    conditions: {
      low: 'dieses Postfach bei einem kostenlosen oder werbefinanzierten Anbieter wäre',
      some: 'dieses Postfach bei einem großen, kostenpflichtigen Anbieter wäre',
      high: 'dieses Postfach bei einem auf Datenschutz ausgerichteten Anbieter wäre',
    },
  },
  storage: {
    title: 'Wie groß ist Ihr Postfach, und kostet Sie Serverspeicher Geld?',
    topic: 'der Größe Ihres Postfachs',
    help: 'IMAP behält jede Nachricht auf dem Server und braucht viel Speicher; POP3, so eingestellt, dass E-Mails nach dem Herunterladen entfernt werden, braucht sehr wenig.',
    options: {
      small: 'Es passt bequem in mein Speicherkontingent',
      growing: 'Mein Speicherkontingent ist fast voll',
      large: 'Ich bezahle für zusätzlichen Speicher',
    },
    conditions: {
      small: 'dieses Postfach bequem in sein Speicherkontingent passen würde',
      growing: 'das Speicherkontingent dieses Postfachs fast voll wäre',
      large: 'Sie für dieses Postfach zusätzlichen Serverspeicher bezahlen würden',
    },
  },
  retention: {
    title: 'Müssen Sie E-Mails jahrelang aufbewahren?',
    topic: 'der Aufbewahrung von E-Mails über Jahre',
    help: 'Aufbewahrungsvorschriften verlangen eine lückenlose Sammlung Ihrer E-Mails, die ein verlorenes oder beschädigtes Gerät übersteht.',
    options: { no: 'Nein', personal: 'Ich möchte ein Archiv', required: 'Ja: Gesetze, Steuer- oder Compliance-Vorschriften verlangen es' },
    conditions: {
      no: 'Sie die E-Mails dieses Postfachs nicht jahrelang aufbewahren müssten',
      personal: 'Sie ein persönliches Archiv dieses Postfachs haben wollten',
      required: 'Sie die E-Mails dieses Postfachs aufgrund von Vorschriften jahrelang aufbewahren müssten',
    },
  },
} as const satisfies QuestionsText;
