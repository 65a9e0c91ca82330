import type { ReasonWords } from '../../logic/reasons.ts';

/**
 * Why the model recommends what it does, in German: why an answer rules a protocol out, the reason
 * behind each answer (per axis it acts on), and what a POP3 result still needs. Axis and protocol
 * names are the UI's. Every claim is drawn from the seed article or is a protocol fact; see
 * docs/scoring-model.md.
 */
export const REASON_TEXT_DE = {
  /** Why an answer rules the other protocol out: one sentence, shown first on the result. */
  requirements: {
    sharing: {
      team: 'Ein Team nutzt die Ordner dieses Postfachs gemeinsam, und das kann nur IMAP: POP3 lädt den Posteingang auf ein Gerät herunter und hat keine Ordner auf dem Server, die sich teilen ließen.',
    },
  },

  /** Why a chosen provider that offers no POP3 rules it out. */
  serviceRequirement: (provider: string) => `${provider} bietet kein POP3 an, daher kann ein Mailprogramm dieses Postfach nur über IMAP erreichen.`,
  serviceCaution: (provider: string, since: number) =>
    `${provider} bietet POP3 nur in bezahlten Tarifen: Kostenlose Konten, die seit ${since} eröffnet wurden, haben keinen POP-Zugriff. Prüfen Sie, ob Ihr Tarif ihn enthält, bevor Sie POP3 einrichten.`,

  /** Why answers rule POP3 out together: one sentence per combination, and the provider's rule. */
  rules: {
    'retention-without-backups':
      'Sie müssen diese E-Mails aufbewahren, und nichts sichert sie automatisch: Mit POP3 liegt die einzige dauerhafte Kopie auf einem Gerät, und fällt es aus, sind E-Mails verloren, die Sie aufbewahren müssen. IMAP behält sie auf den Servern des Anbieters.',
    'no-backups-unprotected-device':
      'Nichts sichert Ihr Gerät, und es ist vielleicht nicht verschlüsselt: Mit POP3 ist seine Kopie Ihrer E-Mails die einzige, und sie könnte mit dem Gerät verloren gehen oder von jedem gelesen werden, der es an sich nimmt. Mit IMAP bleiben die E-Mails auf dem Server.',
    'devices-without-backups':
      'Sie lesen dieses Postfach auf mehr als einem Gerät, und nichts wird gesichert: Mit POP3 behält jedes Gerät nur, was es heruntergeladen hat, und ein verlorenes Gerät nimmt diese E-Mails mit. IMAP behält jede Nachricht für alle Geräte auf dem Server.',
    'one-pop3-client': (provider: string, recentDays?: number) =>
      `${provider} gibt jede Nachricht über POP3 nur dem ersten Mailprogramm, das sie abruft: Ihr zweites Gerät würde E-Mails verpassen, die das erste schon geholt hat.` +
      (recentDays
        ? ` Der „Recent-Modus“ („recent:“ vor Ihrer Adresse als Benutzername) gibt stattdessen jedem Programm die E-Mails der letzten ${recentDays} Tage, ein länger nicht genutztes Gerät verpasst also trotzdem E-Mails.`
        : '') +
      ' Über IMAP sehen alle Geräte alles.',
  },

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
        multiDevice:
          'Sie lesen dieses Postfach auf einem Computer und einem Smartphone: Beide mit POP3 auf demselben Stand zu halten, ist mühsame Handarbeit, und IMAP erledigt das für Sie.',
      },
      many: {
        multiDevice:
          'Sie lesen dieses Postfach auf drei oder mehr Geräten: Mit IMAP zeigen alle Geräte denselben Posteingang, dieselben Ordner und dieselben gesendeten E-Mails, und POP3 wurde dafür nicht entwickelt.',
      },
    },
    sharing: {
      solo: {
        multiDevice: 'Nur Sie nutzen dieses Postfach, daher muss niemand sonst seine Ordner sehen.',
      },
      delegate: {
        multiDevice:
          'Jemand anderes arbeitet gelegentlich in diesem Postfach: Mit IMAP sehen Sie beide dieselben Ordner, während POP3 E-Mails auf dem jeweiligen Gerät lässt, das sie abgerufen hat.',
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
        privacy:
          'Sie fürchten ein Datenleck, eine gerichtliche Anordnung oder Datenauswertung beim Anbieter: Mit POP3 können Ihre E-Mails nach dem Herunterladen den Server des Anbieters verlassen und sind so seinem Zugriff entzogen.',
        resilience: 'Der Verlust Ihres Geräts beunruhigt Sie weniger, daher zählt die Ausfallsicherheit von IMAP weniger.',
      },
    },
    backups: {
      none: {
        resilience:
          'Sie haben keine Sicherungen: Mit POP3 läge die einzige Kopie auf Ihrem Gerät, und ein Ausfall, ein Diebstahl oder Ransomware könnte Ihre E-Mails endgültig vernichten.',
      },
      sometimes: {
        resilience: 'Sie sichern ab und zu von Hand: Mit POP3 wären die E-Mails seit Ihrer letzten Sicherung verloren, wenn das Gerät ausfiele.',
      },
      automatic: {
        resilience:
          'Ihre automatischen, verschlüsselten Sicherungen decken die Schwachstelle von POP3 ab: Ihre E-Mails überstehen einen Ausfall oder einen gestohlenen Laptop.',
      },
    },
    deviceSecurity: {
      no: {
        privacy: 'Ihr Gerät ist nicht verschlüsselt: Mit POP3 lägen alle Ihre E-Mails darauf, lesbar für jeden, der es an sich nimmt.',
      },
      unsure: {
        privacy:
          'Sie sind nicht sicher, ob Ihr Gerät verschlüsselt ist, also ist es das vielleicht nicht: Mit POP3 lägen alle Ihre E-Mails darauf, lesbar für jeden, der es an sich nimmt.',
      },
      yes: {
        privacy: 'Ihr Gerät ist verschlüsselt und gesperrt, daher bleiben E-Mails, die Sie mit POP3 darauf speichern, in Ihrer Hand.',
      },
    },
    provider: {
      low: {
        privacy:
          'Ihr Anbieter ist kostenlos oder werbefinanziert: Mit IMAP lägen alle Ihre E-Mails bei ihm, und dort sind sie nur so vertraulich wie seine Richtlinien.',
      },
      some: {
        privacy: 'Ein großer, kostenpflichtiger Anbieter ist ein verlässlicherer Ort für E-Mails, die mit IMAP auf seinem Server liegen.',
      },
      high: {
        privacy:
          'Ihr auf Datenschutz ausgerichteter Anbieter, ohne Werbung, ohne Tracking und mit verschlüsselter Speicherung, verringert den Datenschutzvorsprung von POP3.',
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
        resilience:
          'Vorschriften verlangen, dass Sie E-Mails aufbewahren: Das erfordert eine lückenlose Sammlung Ihrer E-Mails, die ein verlorenes oder beschädigtes Gerät übersteht.',
      },
    },
  },

  /** Why a POP3 result is not `clear`, and what would make POP3 safe: one sentence per caution. */
  cautions: {
    devices: {
      many: 'Auf drei oder mehr Geräten ist POP3 schwer auf demselben Stand zu halten: Nur ein Gerät sollte E-Mails vom Server entfernen, und gesendete E-Mails und Ordner werden sich zwischen den Geräten unterscheiden.',
    },
    sharing: {
      delegate:
        'Jemand anderes arbeitet in diesem Postfach: Mit POP3 sieht die andere Person nur die E-Mails, die noch auf dem Server liegen, daher müssen diese dort lange genug für sie bleiben.',
    },
    backups: {
      none: 'Sie haben keine Sicherungen: POP3 ist erst dann sicher, wenn Ihr Gerät automatisch und verschlüsselt gesichert wird (siehe die Einrichtungsschritte).',
      sometimes:
        'Sie sichern von Hand: Stellen Sie bei POP3 auf automatische Sicherungen um, sonst gehen die E-Mails seit der letzten Sicherung verloren, wenn das Gerät ausfällt.',
    },
    deviceSecurity: {
      no: 'Ihr Gerät ist nicht verschlüsselt: Schalten Sie die Verschlüsselung ein, bevor Sie mit POP3 alle Ihre E-Mails darauf speichern.',
      unsure: 'Prüfen Sie, ob Ihr Gerät verschlüsselt ist, bevor Sie mit POP3 alle Ihre E-Mails darauf speichern.',
    },
  },
} as const satisfies ReasonWords;
