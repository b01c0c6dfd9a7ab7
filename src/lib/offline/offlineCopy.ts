/**
 * The reader's offline copy of the current locale, in the browser: the locale's service worker
 * (plugin-pwa's, which precaches on install) is registered only when `shouldSaveOffline` says
 * so; its state feeds the navbar control. Pages come from the network first, so a page loaded
 * in full is the current release. A new release's worker found while a page is open waits, the
 * reader is told, and their next navigation loads the page in full; the new worker takes over
 * the copy when the site's tabs are closed, as browsers do (no forced take-over, which could
 * leave an open page without its release's files).
 */
import { getMoved, safeStorage, storageKey } from '../browserStorage';
import { parseOfflineChoice, shouldSaveOffline, type ConnectionHints, type OfflineChoice } from './policy';

export type OfflineState = 'unsupported' | 'none' | 'saving' | 'ready' | 'updated' | 'failed';

const CHOICE_KEY = storageKey('offline');
/** Where releases before December 2026 kept the choice. */
const EARLIER_CHOICE_KEY = 'dla-prep.offline';
/** This session's page views (sessionStorage), written just before each view's choice to save the copy or not. */
export const PAGE_VIEWS_KEY = storageKey('page-views');
// plugin-pwa's worker reads its options from the URL; the same URL as before keeps existing copies.
const WORKER_PARAMS = encodeURIComponent(JSON.stringify({ offlineMode: true, debug: false }));

let scope = '/';
let state: OfflineState = 'unsupported';
let tracked: ServiceWorkerRegistration | undefined;
/** A new release's worker was installed while this page is open. */
let updateFound = false;
const listeners = new Set<() => void>();

function setState(next: OfflineState): void {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

export function offlineState(): OfflineState {
  return state;
}

export function subscribeOfflineState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function scopeUrl(): string {
  return new URL(scope, window.location.href).href;
}

function stateOf(registration: ServiceWorkerRegistration): OfflineState {
  if (registration.active) return updateFound && registration.waiting ? 'updated' : 'ready';
  return registration.installing || registration.waiting ? 'saving' : 'failed';
}

function track(registration: ServiceWorkerRegistration): void {
  if (tracked !== registration) {
    tracked = registration;
    const follow = (worker: ServiceWorker | null) =>
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && registration.active) updateFound = true;
        if (tracked === registration) setState(stateOf(registration));
      });
    follow(registration.installing);
    follow(registration.waiting);
    registration.addEventListener('updatefound', () => {
      follow(registration.installing);
      setState(stateOf(registration));
    });
  }
  setState(stateOf(registration));
}

async function ownRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  const registration = await navigator.serviceWorker.getRegistration(scope);
  // A locale under the default one (/zh-Hans/) is matched by the default locale's worker too.
  return registration?.scope === scopeUrl() ? registration : undefined;
}

function connection(): ConnectionHints | undefined {
  return (navigator as Navigator & { connection?: ConnectionHints }).connection;
}

function storedChoice(): OfflineChoice | undefined {
  return parseOfflineChoice(getMoved(safeStorage('localStorage'), CHOICE_KEY, EARLIER_CHOICE_KEY));
}

async function register(): Promise<void> {
  setState('saving');
  try {
    track(await navigator.serviceWorker.register(`${scope}sw.js?params=${WORKER_PARAMS}`, { scope }));
  } catch {
    setState('failed');
  }
}

/** Reads the current locale's copy; call once per page load, with the locale's base URL. */
export async function startOfflineCopy(baseUrl: string): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  scope = baseUrl;
  const registration = await ownRegistration();
  if (registration) track(registration);
  else setState('none');
}

/** A page view: counted for the session; saves the copy once the reader is using the site. */
export async function pageViewed(): Promise<void> {
  if (state === 'unsupported') return;
  const session = safeStorage('sessionStorage');
  const pageViews = Number(session.get(PAGE_VIEWS_KEY) ?? 0) + 1;
  session.set(PAGE_VIEWS_KEY, String(pageViews));
  if (state !== 'none' && state !== 'failed') return;
  if (shouldSaveOffline({ pageViews, choice: storedChoice(), connection: connection() })) await register();
}

/** The control: save now, whatever the connection. */
export async function saveOffline(): Promise<void> {
  safeStorage('localStorage').set(CHOICE_KEY, 'asked');
  await register();
}

/** The control: remove every locale's copy and stop saving one on its own. */
export async function removeOffline(): Promise<void> {
  safeStorage('localStorage').set(CHOICE_KEY, 'removed');
  tracked = undefined;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  setState('none');
}

/** At a navigation: if this page is an older release than the site's, load the next one in full. */
export function loadUpdateAtNavigation(): void {
  if (state === 'updated') window.location.reload();
}
