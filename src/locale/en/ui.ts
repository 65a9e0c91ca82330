/** The wizard's own words: buttons, headings, announcements. */
export const UI_TEXT = {
  /** The name of the standalone page's switch to the other language. */
  languageLabel: 'Language',
  intro: {
    heading: 'POP3 or IMAP: which suits your email?',
    lead: 'Find out how your mail program should fetch your email: a clear recommendation, the reasons behind it, and the settings to use.',
    /** How many questions: nine, or eight where the host names its own servers. */
    duration: (count: number) => `${count === 8 ? 'Eight' : 'Nine'} short questions, about two minutes.`,
    privacy: 'Your answers stay in this browser. Nothing is sent anywhere unless you share a link yourself.',
    start: 'Start',
    documentTitle: 'POP3 or IMAP? A short wizard',
    /** The page's description for search engines and link previews. */
    description: 'Nine short questions to decide whether POP3 or IMAP suits your email, with the reasons and setup advice.',
  },
  step: {
    /** "Step 3 of 9" */
    progress: (n: number, total: number) => `Step ${n} of ${total}`,
    progressLabel: 'Progress',
    next: 'Next',
    nextToResult: 'See my result',
    saveAndReturn: 'Save and see my result',
    back: 'Back',
    backToResult: 'Back to my result',
    /** On the last step's button while the result's code is still arriving. */
    preparing: 'Preparing your result…',
    skip: 'Skip this question',
    choose: 'Choose an answer, or skip this question.',
    announce: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}`,
    documentTitle: (n: number, total: number) => `Step ${n} of ${total} · POP3 or IMAP?`,
  },
  /** The optional last question: the person's email provider. */
  service: {
    title: 'Which email provider do you use?',
    help: 'Some providers handle POP3 their own way: Gmail gives each message to one mail program only, iCloud Mail and Proton Mail offer no POP3. Your result and its settings take yours into account.',
    label: 'Email provider',
    other: 'Another, or my own host',
  },
  /** While the result page's code and words arrive (the first screens say it). */
  loading: {
    ready: 'Your result is ready.',
    loading: 'Preparing your result…',
    loadFailed: 'Your result could not be loaded. Check your connection and try again.',
    retry: 'Try again',
  },
  notice: {
    heading: 'Some answers in this link could not be read',
    dismiss: 'Dismiss',
  },
} as const;
