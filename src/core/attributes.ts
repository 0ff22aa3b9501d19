/**
 * Attribute converters that validate, warn once and fall back.
 *
 * Lit calls a converter with only the attribute's value, so `BlogWidget.attributeChangedCallback` records which
 * element and attribute are being converted (`converting`) while the synchronous conversion runs; the warning can
 * then name both: `[popular-posts] attribute "max": "abc" is not a number; using 5`.
 */
import type { ComplexAttributeConverter } from 'lit';
import { describe, warnAttribute, Words } from './warn.js';

export const converting: { element?: HTMLElement; attribute?: string } = {};

function warn(why: string, using: unknown): void {
  const { element, attribute } = converting;
  if (element && attribute) warnAttribute(element, element.localName, attribute, why, using);
}

const fromOnly = <T>(fromAttribute: (value: string | null) => T): ComplexAttributeConverter<T> => ({
  fromAttribute,
  toAttribute: (value: T) => (Array.isArray(value) ? value.join(' ') : value == null ? null : String(value)),
});

/** An integer within `[min, max]`. Out-of-range values are clamped, anything else uses `fallback`. */
export function integer(fallback: number, min = -Infinity, max = Infinity): ComplexAttributeConverter<number> {
  return fromOnly((raw) => {
    if (raw == null) return fallback;
    const text = raw.trim();
    if (!/^[+-]?\d+(\.\d+)?$/.test(text)) {
      warn(`${describe(raw)} is not a number`, fallback);
      return fallback;
    }
    const value = Math.round(Number(text));
    if (value < min) {
      warn(`${text} is below the minimum ${min}`, min);
      return min;
    }
    if (value > max) {
      warn(`${text} is above the maximum ${max}`, max);
      return max;
    }
    return value;
  });
}

/** One of a fixed set of words (case-insensitive). */
export function oneOf<T extends string>(values: readonly T[], fallback: T): ComplexAttributeConverter<T> {
  return fromOnly((raw) => {
    const value = raw?.trim().toLowerCase() as T;
    if (!value) return fallback;
    if (values.includes(value)) return value;
    warn(`${describe(raw)} is not one of ${values.join(', ')}`, fallback);
    return fallback;
  });
}

/** Splits a space- or comma-separated list. */
export function splitList(raw: string): string[] {
  return raw.split(/[\s,]+/).filter(Boolean);
}

/**
 * A space-separated list. With `allowed`, unknown words are warned about and skipped, duplicates dropped;
 * an empty or wholly unknown list uses `fallback`.
 */
export function list<T extends string = string>(
  fallback: readonly T[],
  allowed?: readonly T[],
): ComplexAttributeConverter<T[]> {
  return fromOnly((raw) => {
    if (raw == null) return [...fallback];
    const words = splitList(raw.toLowerCase()) as T[];
    const known: T[] = [];
    for (const word of words) {
      if (allowed && !allowed.includes(word)) {
        warn(
          `unknown value ${describe(word)} skipped (known: ${allowed.join(', ')})`,
          words.filter((w) => allowed.includes(w)),
        );
        continue;
      }
      if (!known.includes(word)) known.push(word);
    }
    if (known.length) return known;
    if (!words.length) {
      if (!raw.trim()) warn('the list is empty', [...fallback]);
    } else if (allowed) warn(`no known value in ${describe(raw)}`, [...fallback]);
    return [...fallback];
  });
}

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses `90m`, `24h`, `2d`, `1w`, `30s` or a bare number of minutes into milliseconds; NaN when unreadable. */
export function parseDuration(raw: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/i.exec(raw);
  if (!match) return NaN;
  return Number(match[1]) * UNITS[(match[2] || 'm').toLowerCase()];
}

/** A duration such as `24h`, `2d`, `90m`, converted to milliseconds. */
export function duration(fallbackMs: number, label = ''): ComplexAttributeConverter<number> {
  return fromOnly((raw) => {
    if (!raw?.trim()) return fallbackMs;
    const value = parseDuration(raw);
    if (Number.isNaN(value)) {
      warn(`${describe(raw)} is not a duration like 90m, 24h or 2d`, new Words(label || formatDuration(fallbackMs)));
      return fallbackMs;
    }
    return value;
  });
}

export function formatDuration(ms: number): string {
  for (const unit of 'wdhms') {
    if (ms % UNITS[unit] === 0 && ms >= UNITS[unit]) return `${ms / UNITS[unit]}${unit}`;
  }
  return `${ms}ms`;
}

/**
 * A boolean attribute that also understands the words owners write: `thumbnails="false"` is false.
 * Presence alone (`thumbnails`, `thumbnails=""`) is true.
 */
export const boolean: ComplexAttributeConverter<boolean> = fromOnly((raw) => {
  if (raw == null) return false;
  return !/^(false|no|off|0)$/i.test(raw.trim());
});
