// Sorts the keys of every public/_locales/*/messages.json (the i18n test requires it).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

for (const lang of readdirSync('public/_locales')) {
  const file = `public/_locales/${lang}/messages.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  const sorted = Object.fromEntries(Object.keys(messages).sort().map((k) => [k, messages[k]]));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
