import type * as v from 'valibot';
import { managedPolicySchema } from './schema';

/**
 * public/managed_schema.json, derived from the valibot schema so the two cannot drift
 * (scripts/managed-schema.ts writes it; a unit test fails when the file differs). Chromium accepts
 * only a subset of JSON Schema draft 3 in it — type, properties, items, enum, pattern, minimum,
 * maximum, required, additionalProperties as a schema, title, description — and refuses to load
 * the extension on anything else, so lengths and `additionalProperties: false` are left to the
 * extension's own validation (validate.ts), which names the key it refuses.
 */
export type ChromeSchema =
  | { type: 'object'; properties: Record<string, ChromeSchema> }
  | { type: 'array'; items: ChromeSchema }
  | { type: 'string'; enum?: string[] }
  | { type: 'boolean' };

type Node = v.GenericSchema & { type: string; entries?: Record<string, Node>; wrapped?: Node; item?: Node; options?: string[]; pipe?: Node[] };

export function toChromeSchema(schema: v.GenericSchema): ChromeSchema {
  const node = schema as Node;
  switch (node.type) {
    case 'optional':
      return toChromeSchema(node.wrapped!);
    case 'strict_object':
      return { type: 'object', properties: Object.fromEntries(Object.entries(node.entries!).map(([k, s]) => [k, toChromeSchema(s)])) };
    case 'array':
      return { type: 'array', items: toChromeSchema(node.item!) };
    case 'picklist':
      return { type: 'string', enum: [...node.options!] };
    case 'string':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    default:
      throw new Error(`No managed-schema form for valibot "${node.type}"`);
  }
}

export function managedSchemaJson(): string {
  return `${JSON.stringify(toChromeSchema(managedPolicySchema), null, 2)}\n`;
}
