// Writes public/managed_schema.json from the policy schema (lib/policy/managedSchema.ts).
import { writeFileSync } from 'node:fs';
import { managedSchemaJson } from '../lib/policy/managedSchema';

writeFileSync('public/managed_schema.json', managedSchemaJson());
