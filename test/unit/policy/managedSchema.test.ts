import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { managedSchemaJson, toChromeSchema } from '../../../lib/policy/managedSchema';

/** The attributes Chromium's policy schema parser accepts per type (components/policy/core/common/schema.cc). */
const ALLOWED: Record<string, string[]> = {
  object: ['type', 'properties', 'additionalProperties', 'patternProperties', 'required', 'description', 'title', 'id', 'sensitiveValue'],
  array: ['type', 'items', 'description', 'title', 'id', 'sensitiveValue'],
  string: ['type', 'enum', 'pattern', 'description', 'title', 'id', 'sensitiveValue'],
  boolean: ['type', 'description', 'title', 'id', 'sensitiveValue'],
};

function unsupported(schema: Record<string, unknown>, path: string): string[] {
  const type = String(schema.type);
  const own = Object.keys(schema).filter((k) => !(ALLOWED[type] ?? []).includes(k)).map((k) => `${path}.${k}`);
  const props = Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>).flatMap(([k, s]) => unsupported(s, `${path}.${k}`));
  const items = schema.items ? unsupported(schema.items as Record<string, unknown>, `${path}[]`) : [];
  return [...own, ...props, ...items];
}

describe('public/managed_schema.json', () => {
  const file = readFileSync('public/managed_schema.json', 'utf8');

  it('is generated from the policy schema (run: npm run managed-schema)', () => {
    expect(file).toBe(managedSchemaJson());
  });

  it('uses only what Chromium accepts, with an object at the top and no additionalProperties there', () => {
    const schema = JSON.parse(file) as Record<string, unknown>;
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(unsupported(schema, '$')).toEqual([]);
  });

  it('declares every policy key, and `defaults` with the same keys', () => {
    const schema = JSON.parse(file) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    const keys = Object.keys(schema.properties).filter((k) => k !== 'defaults');
    expect(keys).toEqual(['enforcement', 'jurisdiction', 'detectors', 'customPatterns', 'allowedTerms', 'organization', 'replyTemplates', 'sites', 'uiLanguage']);
    expect(Object.keys(schema.properties.defaults!.properties!)).toEqual(keys);
  });

  it('refuses a valibot construct it has no form for, rather than writing a wrong schema', () => {
    expect(() => toChromeSchema(v.strictObject({ n: v.number() }))).toThrow(/number/);
  });
});
