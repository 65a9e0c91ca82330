import { conjunction } from './format.ts';

/**
 * The result page's own words: the verdict and its sections, the chart's, sharing. They arrive with
 * the result page (the whole locale), never in the first download.
 */
export const PAGE_TEXT = {
  result: {
    documentTitle: (protocol: string) => `${protocol} suits you · POP3 or IMAP?`,
    suits: (protocol: string) => `${protocol} suits you`,
    confidence: {
      clear: 'A clear recommendation.',
      lean: 'A leaning: your answers favour it, but not decisively.',
      'toss-up': 'Close to a toss-up: either protocol can serve you if it is set up with care.',
    },
    /** In place of the confidence when an answer rules the other protocol out. */
    needed: (protocol: string) => `${protocol} is needed here.`,
    /** With one answer given and nothing ruled out: what one answer can and cannot tell. */
    oneAnswer: {
      heading: (protocol: string) => `Your one answer points to ${protocol}`,
      text: 'One answer cannot tell what suits you: the other questions can still change this.',
      documentTitle: (protocol: string) => `Your one answer points to ${protocol} · POP3 or IMAP?`,
    },
    /** "Based on 5 of 8 answers." when some questions were skipped. */
    basedOn: (answered: number, total: number) => `Based on ${answered} of ${total} answers.`,
    startingPoint: {
      heading: (protocol: string) => `${protocol} is the place to start`,
      text: 'You skipped every question, so this is the starting point: IMAP, what email hosts advise when in doubt. It keeps your mail on the server, safe if a device is lost, and the same on every device you use.',
      invite: 'Answer the questions, about two minutes, for advice that fits how you use email.',
      action: 'Answer the questions',
      documentTitle: 'Where to start · POP3 or IMAP?',
    },
    runnerUp: (protocol: string) => `Runner-up: ${protocol}.`,
    ruledOut: (protocol: string) => `${protocol} is ruled out.`,
    chartHeading: 'How the two compare for you',
    chartLabel: (leader: string) =>
      `Radar chart of POP3 and IMAP on privacy, surviving device loss, multi-device access and low server use, where higher is better, with how much each matters to you. ${leader} scores higher where it matters to you.`,
    /** Under the chart when a requirement decided against the protocol the trade-offs favour. */
    tradeoffNote: (leader: string) => `On these four trade-offs alone ${leader} would lead, but ${leader} is ruled out for you (see Why).`,
    chartLoading: 'Drawing the chart…',
    chartFailed: 'The chart could not be drawn; the table below has the same numbers.',
    /** The third series of the chart and the last column of its table. */
    priorities: 'How much each matters to you',
    prioritiesColumn: 'Matters to you',
    legendLabel: 'Legend',
    showTable: 'Show the numbers as a table',
    hideTable: 'Hide the table',
    tableCaption: 'Scores from 0 to 100: higher is better for you on every axis.',
    axisColumn: 'Axis',
    driversHeading: 'Why',
    /** Tag of a requirement under "Why": "rules out POP3". */
    rulesOut: (protocol: string) => `rules out ${protocol}`,
    /** Shown under "Why" when no answer argues for the result (it stands on the starting point). */
    startingReason: (protocol: string) =>
      `Most people read mail on several devices, so ${protocol} is where email hosts start when in doubt, and your answers so far do not outweigh that.`,
    againstHeading: 'What pulls the other way',
    pointsTo: (protocol: string) => `points to ${protocol}`,
    cautionsHeading: (protocol: string) => `Before ${protocol} is safe for you`,
    flipsHeading: 'What would change it',
    flipsNone: 'This result is robust: no other single answer would change it.',
    /** When only giving up a safeguard would change it: "Only weakening your backups would change it." */
    onlyWeakening: (topics: string) => `Only weakening ${topics} would change it.`,
    flip: (condition: string, protocol: string) => `If ${condition}, ${protocol} would win.`,
    /** Skipped questions that could change the result. */
    sharpen: (topics: string) => `Answering the questions about ${topics} would sharpen this.`,
    adviceHeading: (protocol: string) => `Setting up ${protocol}`,
    /** The setup steps, one click away: "Step by step (6 steps)". */
    stepsHeading: (count: number) => (count === 1 ? 'Step by step (1 step)' : `Step by step (${count} steps)`),
    answersHeading: 'Your answers',
    unanswered: 'Skipped',
    change: 'Change',
    changeLabel: (title: string) => `Change your answer to “${title}”`,
    answer: 'Answer',
    answerLabel: (title: string) => `Answer “${title}”`,
    /** Under "Why": the reasons beyond the main one, one click away. */
    moreReasons: (count: number) => (count === 1 ? 'One more reason' : `${count} more reasons`),
    /** Printed at the end of the result, so a printout leads back to it. */
    printLink: (url: string) => `This result online: ${url}`,
    startOver: 'Start over',
    /** Over a result opened from a shared link, not reached by answering here. */
    reopened: 'Opened from a shared link. These answers came with it: change any, or start over with your own.',
  },
  /** Joins words into a list: "A", "A and B", "A, B and C". */
  list: (items: ReadonlyArray<string>) => conjunction.format(items),
  protocols: { pop3: 'POP3', imap: 'IMAP' },
  axes: {
    privacy: 'Privacy',
    resilience: 'Survives device loss',
    multiDevice: 'Multi-device access',
    serverCost: 'Low server use',
  },
  share: {
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Your browser would not let us copy. Select the link below and copy it yourself.',
    share: 'Share',
    linkLabel: 'Link to this result',
    shareTitle: 'My POP3 or IMAP result',
  },
} as const;
