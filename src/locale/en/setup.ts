/** The result's setup section: the provider choice, the servers, copying them, the setup profile. */
export const SETUP_TEXT = {
  choose: 'Set it up with',
  serversCaption: 'Server settings for your mail program',
  /** Under the server cards: the two ways of encrypting a connection they name, in plain words. */
  securityTerms: {
    tls: 'SSL/TLS: encrypted from the first byte.',
    starttls: 'STARTTLS: switches to encryption once connected; “required” means never without it.',
  },
  serverRoles: { incoming: 'Receiving', outgoing: 'Sending' },
  /** A port on a server card: "port 995 · SSL/TLS", "port 587 · STARTTLS, required". */
  port: (port: number, security: 'tls' | 'starttls') => (security === 'tls' ? `port ${port} · SSL/TLS` : `port ${port} · STARTTLS, required`),
  /** A server whose name the page does not know: "Your provider’s IMAP server". */
  unnamedServer: (owner: string | undefined, protocol: string) => (owner ? `${owner}’s ${protocol} server` : `Your provider’s ${protocol} server`),
  /** Announced when a provider is chosen: "Showing Gmail’s servers." */
  showing: (provider: string) => `Showing ${provider}’s servers.`,
  /** Beside the choice when it turned the recommendation, after the provider's reason: a way back up to it. */
  toVerdict: 'See the new recommendation',
  /** Announced when a choice lifted such a requirement (back to other, or to a provider with POP3). */
  nowRecommended: (protocol: string) => `The recommendation is now ${protocol}.`,
  signInHeading: (provider: string) => `Signing in to ${provider}`,
  userName: (who: string) => `User name: ${who}.`,
  help: (provider: string) => `${provider}’s own help on mail program settings`,
  newTab: '(opens in a new tab)',
  copy: 'Copy the settings',
  copied: 'Settings copied.',
  copyFailed: 'Your browser would not let us copy. Select the settings below and copy them yourself.',
  copyLabel: 'The settings as text',
  /** The copied text. */
  copyTitle: (provider: string | undefined, protocol: string) => (provider ? `${provider}: ${protocol} settings` : `${protocol} settings`),
  copyServer: (role: string, protocol: string, where: string) => `${role} (${protocol}): ${where}`,
  copyUser: (who: string) => `User name: ${who}`,
  copySignIn: (how: string) => `Password: ${how}`,
  copyHelp: (url: string) => `Help: ${url}`,
  profile: 'Download a setup profile',
  profileFor: 'For iPhone, iPad and Mac',
  /** What the person will see when installing the unsigned profile, and how to remove it later. */
  profileExplained: (secret: 'password' | 'app-password' | 'email-password') =>
    `The profile holds these server settings and nothing else: your device asks for your address and ${
      secret === 'app-password'
        ? 'an app password when you install it (made in your account’s security settings: your usual password will not work)'
        : secret === 'email-password'
          ? 'the separate password for mail programs set in your provider’s mail settings when you install it'
          : 'password when you install it'
    }. It carries no publisher’s signature, so your device marks it as unverified: that is expected. On an iPhone or iPad, open Settings after the download and tap Profile Downloaded (within 8 minutes); on a Mac, open the file and approve it in System Settings. To remove the account later, remove the profile.`,
  /** Why there is no profile for this provider. */
  noProfile: {
    oauth: (provider: string) =>
      `No setup profile for ${provider}: it needs its own sign-in, which a profile cannot set up. On an iPhone, iPad or Mac, add the account in Apple Mail’s own account setup, which offers that sign-in.`,
    bridge: (provider: string) =>
      `No setup profile for ${provider}: its servers are Proton Mail Bridge on your own computer, and their ports and password come from Bridge.`,
    'built-in': (provider: string) => `No setup profile for ${provider}: Apple devices have it built in.`,
  },
} as const;
