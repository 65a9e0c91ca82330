import { describeEndpoints } from '../../logic/advice.ts';
import type { Advice } from '../../logic/types.ts';
import type { Words } from '../result-words.ts';
import { serverName, type Owner } from './owner.ts';

/** The settings as plain text, for any mail program: servers, user name, sign-in, what to do first, help. */
export function settingsText(advice: Advice, owner: Owner, words: Words): string {
  const { locale, name } = words;
  const t = locale.setup;
  const lines = [t.copyTitle(owner.name, name(advice.protocol))];
  for (const server of advice.servers) {
    const where = locale.advice.at(serverName(server, owner, words), describeEndpoints(server.endpoints, locale.advice));
    lines.push(t.copyServer(t.serverRoles[server.role], server.protocol, where));
  }
  const notes = owner.provider ? locale.providers[owner.provider.id] : undefined;
  if (owner.provider && notes) {
    lines.push(t.copyUser(notes.user), t.copySignIn(notes.signIn));
    // What must be done before the first connection, or it fails.
    for (const first of [notes.enable, advice.protocol === 'pop3' ? notes.pop3Note : '']) if (first) lines.push(first);
    lines.push(t.copyHelp(owner.provider.helpUrl));
  }
  return `${lines.join('\n')}\n`;
}
