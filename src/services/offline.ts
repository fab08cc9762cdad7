/**
 * Offline play and updates through the service worker (src/sw/sw.js). Registering it is best
 * effort: where service workers are blocked (some private modes, file://, old browsers) the game
 * simply stays online-only.
 *
 * A new deployment installs beside the running one and waits. `ready()` turns true then, and the
 * menu offers it between rounds; `apply()` hands over and reloads. Nothing switches mid-round.
 */
export interface UpdateService {
  /** A new version is installed and waiting for the player's yes. */
  ready(): boolean;
  /** Called once when a new version becomes ready; returns an unsubscribe. */
  onReady(listener: () => void): () => void;
  /** Ask for the new version now (the page reloads when it takes over). */
  apply(): void;
  /** Look for a new version (cheap; the browser also looks on each visit). */
  check(): void;
}

const REGISTER_DELAY_MS = 2000;

export function offlineUpdates(swUrl: string): UpdateService {
  let waiting: ServiceWorker | null = null;
  /** This tab asked for the update: only then does a change of worker reload it. */
  let applied = false;
  let registration: ServiceWorkerRegistration | null = null;
  const listeners = new Set<() => void>();
  const becomeReady = (w: ServiceWorker) => {
    waiting = w;
    for (const l of [...listeners]) l();
  };
  const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
  if (sw) {
    const start = () =>
      sw
        .register(swUrl)
        .then((reg) => {
          registration = reg;
          // Only an update counts: the very first install has no running version to replace.
          if (reg.waiting && sw.controller) becomeReady(reg.waiting);
          reg.addEventListener('updatefound', () => {
            const w = reg.installing;
            w?.addEventListener('statechange', () => {
              if (w.state === 'installed' && sw.controller) becomeReady(w);
            });
          });
        })
        .catch(() => {
          // Blocked or unsupported: the game works as before, online.
        });
    // Registered a few seconds after the page has loaded: installing fetches the whole site,
    // which must not compete with the first screen.
    const later = () => setTimeout(() => void start(), REGISTER_DELAY_MS);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
    sw.addEventListener('controllerchange', () => {
      // Only the tab whose player asked reloads. The first install also changes the controller,
      // and another tab taking the update must not reload this one mid-round (or mid-edit).
      if (applied) {
        applied = false;
        window.location.reload();
      }
    });
  }
  return {
    ready: () => waiting !== null,
    onReady: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    apply: () => {
      if (!waiting) return;
      applied = true;
      waiting.postMessage({ type: 'skip-waiting' });
    },
    check: () => {
      registration?.update().catch(() => undefined);
    },
  };
}

/** Stands in where there is no service worker (the dev server, tests): never an update. */
export const noUpdates: UpdateService = { ready: () => false, onReady: () => () => undefined, apply: () => undefined, check: () => undefined };
