/** The picker's list from the server, cached for offline use. */
import type { RequirementsList } from '../lib/messages.ts';
import { items } from '../lib/storage.ts';
import type { BackgroundDeps } from './deps.ts';
import { post } from './transport.ts';

export async function listRequirements(deps: BackgroundDeps, refresh: boolean): Promise<RequirementsList> {
  const [pairing, cached, recent] = await Promise.all([items.pairing.get(), items.requirements.get(), items.recent.get()]);
  if (!pairing) return { requirements: [], recent, stale: 'The clipper is not paired with a tracker.' };
  if (cached && !refresh) return { requirements: cached.list, recent, stale: null };
  const outcome = await post(deps.fetch, pairing, { action: 'requirements' });
  if (outcome.kind === 'answer' && outcome.answer.action === 'requirements') {
    const list = [...outcome.answer.requirements];
    await items.requirements.set({ at: new Date(deps.now()).toISOString(), list });
    return { requirements: list, recent, stale: null };
  }
  const why = outcome.kind === 'answer' ? "The web app's answer is not a requirement list." : outcome.message;
  return { requirements: cached?.list ?? [], recent, stale: why };
}
