// The visitor's remembered language lives in localStorage, which every test file's page shares: a translate
// toggle here must not pick up what another file's toggle remembered meanwhile. This page keeps its own.
const REMEMBERED = 'blog-widgets:language';
const mine = new Map<string, string>();
const { getItem, setItem, removeItem } = Storage.prototype;
Storage.prototype.getItem = function (this: Storage, key: string) {
  return this === localStorage && key === REMEMBERED ? (mine.get(key) ?? null) : getItem.call(this, key);
};
Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
  if (this === localStorage && key === REMEMBERED) mine.set(key, String(value));
  else setItem.call(this, key, value);
};
Storage.prototype.removeItem = function (this: Storage, key: string) {
  if (this === localStorage && key === REMEMBERED) mine.delete(key);
  else removeItem.call(this, key);
};

export {};
