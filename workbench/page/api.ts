/**
 * The page's one way to the workbench server: a route of the typed PageApi, its request, its answer.
 * A refusal becomes an Error with the server's message, for the page to show in a toast.
 */

import type { ApiRefusal, PageApi, PageRoute } from '../page-api.ts';

export async function callApi<R extends PageRoute>(route: R, request: PageApi[R]['request']): Promise<PageApi[R]['answer']> {
  const [method, path] = route.split(' ') as ['GET' | 'POST', string];
  const init: RequestInit = method === 'GET' ? {} : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) };
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (error) {
    throw new Error(`The workbench did not answer (${(error as Error).message}). Is npm start still running?`);
  }
  const data = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as PageApi[R]['answer'] | ApiRefusal;
  if (!res.ok) throw new Error((data as ApiRefusal).error || res.statusText);
  return data as PageApi[R]['answer'];
}
