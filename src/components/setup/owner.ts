import type { Provider } from '../../logic/providers.ts';
import type { AdviceServer } from '../../logic/types.ts';
import type { Words } from '../result-words.ts';

/** Whose servers these are: the chosen provider's, the embedding host's, or nobody's in particular. */
export type Owner = { name: string | undefined; provider: Provider | undefined };

/** A server's name, or what to call it when the page does not know it. */
export function serverName(server: AdviceServer, owner: Owner, { locale }: Words): string {
  return server.host ?? locale.setup.unnamedServer(owner.name, server.protocol);
}
