/**
 * What to send for a pasted Statuspage answer. People often paste the whole
 * `/api/v2/incidents.json` answer: with one incident it goes as it is (the server takes that
 * incident, and the page's time zone beside it); with several, say which to take rather than
 * creating a board from whichever comes first.
 */
export function singleIncident(json: unknown): unknown {
  if (json && typeof json === 'object' && !Array.isArray(json) && Array.isArray((json as { incidents?: unknown }).incidents)) {
    const n = (json as { incidents: unknown[] }).incidents.length;
    if (n > 1) throw new Error(`This is a list of ${n} incidents. Paste the one to review: one element of "incidents".`);
  }
  return json;
}
