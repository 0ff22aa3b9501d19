// Manifest freshness and completeness (part of npm test).
// 1. Regenerates custom-elements.json and fails when it differs from the committed file.
// 2. Fails when a public attribute, property, event, slot, CSS part or CSS property of a widget has no description,
//    or an event has no detail type.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const before = readFileSync('custom-elements.json', 'utf8');
execFileSync('npx', ['--no-install', 'cem', 'analyze'], { stdio: ['ignore', 'ignore', 'inherit'] });
const after = readFileSync('custom-elements.json', 'utf8');
const problems = [];
if (before !== after) {
  problems.push('custom-elements.json was stale: `npm run analyze` regenerated it; review and commit it.');
}

const manifest = JSON.parse(after);
let widgets = 0;
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    widgets += 1;
    const where = `<${decl.tagName}>`;
    if (!decl.description && !decl.summary) problems.push(`${where} has no description`);
    for (const kind of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
      for (const item of decl[kind] ?? []) {
        if (!item.description?.trim())
          problems.push(`${where} ${kind} "${item.name || '(default)'}" has no description`);
        if (kind === 'events' && !item.type?.text) problems.push(`${where} event "${item.name}" has no detail type`);
      }
    }
    for (const member of decl.members ?? []) {
      if (member.kind !== 'field' || member.privacy || member.static || member.name.startsWith('_')) continue;
      if (!member.description?.trim()) problems.push(`${where} property "${member.name}" has no description`);
    }
  }
}
if (!widgets) problems.push('custom-elements.json lists no widget');
if (problems.length) {
  console.error(problems.map((p) => `manifest: ${p}`).join('\n'));
  process.exit(1);
}
console.log(`manifest: fresh, ${widgets} widgets documented`);
