/**
 * A property computed on first read and then kept. The scenario results carry their full capacity
 * check, reconciliation and finance for readers that want every line, but most readers only need the
 * kernel's figures: computing those objects for every scenario up front was most of the scenarios' cost.
 */
export function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    },
  });
}
