/**
 * One of the site's own files as text; an HTTP error is an error, not an empty body. `started`:
 * a request for `url` already on its way.
 */
export async function fetchText(url: string, started?: Promise<Response>): Promise<string> {
  const r = await (started ?? fetch(url));
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
}
