import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression literal written in the checker's source (lib/checker), found by parsing
 * the files, must be proven linear by recheck — so a pattern cannot slip in without being listed.
 * Patterns built at run time (new RegExp) are covered by the lists in redos.test.ts.
 */
const ROOT = join(import.meta.dirname, '../../../lib/checker');
/** The stand-in checker that the engine replaces; its email pattern is known to backtrack. */
const STAND_IN = 'placeholderCheck.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== STAND_IN ? [path] : [];
  });
}

function regexLiterals(path: string): { source: string; flags: string; where: string }[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { source: string; flags: string; where: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path.slice(ROOT.length + 1)}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const LITERALS = sourceFiles(ROOT).flatMap(regexLiterals);

describe('regular expression literals in lib/checker', () => {
  it('are found', () => {
    expect(LITERALS.length).toBeGreaterThan(20);
  });

  it.each(LITERALS.map((l) => [l.where, l] as const))(
    'cannot backtrack catastrophically: %s',
    async (_, { source, flags }) => {
      const result = await check(source, flags);
      expect({ source, status: result.status }).toEqual({ source, status: 'safe' });
    },
    120_000,
  );
});
