type Events = WindowEventMap & DocumentEventMap;

/** `addEventListener` in the capture phase, passive, on `window` unless a target is given. */
export function listen<K extends keyof Events>(
  type: K,
  fn: (event: Events[K]) => void,
  target: EventTarget = window,
): void {
  target.addEventListener(type, fn as EventListener, { capture: true, passive: true });
}
