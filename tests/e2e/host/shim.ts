/**
 * The script the host puts in the page in place of the Electron preload: `window.cit` with one
 * function per contract method (a POST to /api/<name>) and `onEvent` (one EventSource shared by
 * every listener). Like the preload's bridge, the object is frozen and cannot be replaced.
 */
export function shimSource(methodNames: readonly string[]): string {
  return `'use strict';
(() => {
  const names = ${JSON.stringify(methodNames)};
  const listeners = new Set();
  let source = null;
  async function call(name, input) {
    let response;
    try {
      response = await fetch('/api/' + encodeURIComponent(name), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input === undefined ? {} : input),
      });
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: 'The test host did not answer: ' + error.message } };
    }
    try {
      if (response.headers.get('Content-Type') === 'application/octet-stream') {
        const rest = JSON.parse(response.headers.get('X-Cit-Value') || '{}');
        return { ok: true, value: Object.assign(rest, { bytes: new Uint8Array(await response.arrayBuffer()) }) };
      }
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: 'The test host sent an answer that is not JSON (HTTP ' + response.status + ').' } };
    }
  }
  function connect() {
    source = new EventSource('/api/events');
    source.onmessage = (message) => {
      let event;
      try { event = JSON.parse(message.data); } catch { return; }
      for (const listener of Array.from(listeners)) {
        try { listener(event); } catch (error) { console.error(error); }
      }
    };
  }
  const cit = {};
  for (const name of names) cit[name] = (input) => call(name, input);
  cit.onEvent = (callback) => {
    listeners.add(callback);
    if (!source) connect();
    return () => { listeners.delete(callback); };
  };
  Object.defineProperty(window, 'cit', { value: Object.freeze(cit), writable: false, configurable: false, enumerable: true });
})();
`;
}
