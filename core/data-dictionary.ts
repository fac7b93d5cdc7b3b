/**
 * The open-data dictionary: every collection's fields with their type and description, read from the zod
 * schemas (`core/schemas/`, each field's `.meta({ description, zh })`) through their JSON Schema, so the
 * schemas stay the one place a field is described. The /data/dictionary/ page and its tests render this.
 */
import { z } from 'zod';
import { collectionNames, collectionSchemas, type CollectionName } from './schemas/collections.ts';

/** One field of a record, nested fields included (`footnotes[].mark`). */
export interface DictionaryField {
  /** Dotted path from the record (`[]` marks the items of an array). */
  path: string;
  /** Nesting depth: 0 for a field of the record itself. */
  depth: number;
  /** The type in a short notation: `string`, `integer | null`, `"a" | "b"`, `object[]`, `[integer, integer]`. */
  type: string;
  /** For a member of a union of record shapes: its discriminator (`type = "heading"`), else absent. */
  variant?: string;
  /** False when the field may be absent from a record. */
  required: boolean;
  /** Description in English and in Chinese, as the schema gives them (empty when it gives none). */
  description: { en: string; zh: string };
}

export interface DictionaryCollection {
  name: CollectionName;
  fields: DictionaryField[];
}

/** The JSON Schema subset zod writes for the site's schemas. */
interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  description?: string;
  zh?: string;
}

/** The JSON Schema of one collection's records (zod 4's own conversion; what /data/ could publish beside the data). */
export function collectionJsonSchema(name: CollectionName): JsonSchema {
  return z.toJSONSchema(collectionSchemas[name], { unrepresentable: 'any' }) as JsonSchema;
}

/**
 * The object schema a field holds, directly, as array items or beside null: its fields are listed under it.
 * A union of object shapes (`oneOf`) is returned as such and listed shape by shape.
 */
function nestedObject(s: JsonSchema): { schema: JsonSchema; suffix: string } | null {
  if (s.properties || s.oneOf?.every((o) => o.properties)) return { schema: s, suffix: '' };
  if (s.items && typeof s.items === 'object') {
    const inner = nestedObject(s.items);
    return inner ? { schema: inner.schema, suffix: `[]${inner.suffix}` } : null;
  }
  const nonNull = s.anyOf?.filter((a) => a.type !== 'null');
  if (nonNull?.length === 1) return nestedObject(nonNull[0]!);
  return null;
}

/** A short type notation for a field's JSON Schema. */
export function typeName(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.anyOf) return s.anyOf.map(typeName).join(' | ');
  if (s.oneOf) return 'object';
  if (Array.isArray(s.type)) return s.type.map((t) => typeName({ ...s, type: t })).join(' | ');
  if (s.type === 'array') {
    if (s.prefixItems) return `[${s.prefixItems.map(typeName).join(', ')}]`;
    const item = s.items && typeof s.items === 'object' ? typeName(s.items) : 'unknown';
    return /[| ]/.test(item) ? `(${item})[]` : `${item}[]`;
  }
  if (s.type === 'object' && !s.properties && typeof s.additionalProperties === 'object')
    return `record<string, ${typeName(s.additionalProperties)}>`;
  return s.type ?? 'unknown';
}

/** The discriminator of a union member: its one property with a constant value (`type = "heading"`). */
function discriminator(s: JsonSchema): [string, string] | null {
  const entry = Object.entries(s.properties ?? {}).find(([, p]) => p.const !== undefined);
  return entry ? [entry[0], `${entry[0]} = ${JSON.stringify(entry[1].const)}`] : null;
}

/** The fields of each member of a union, each member as a row of its own (`blocks[]` with `type = "heading"`). */
function variantFields(members: JsonSchema[], path: string, depth: number): DictionaryField[] {
  return members.flatMap((m) => {
    const d = discriminator(m);
    const head: DictionaryField = {
      path,
      depth,
      type: 'object',
      required: true,
      description: { en: m.description ?? '', zh: m.zh ?? '' },
      ...(d ? { variant: d[1] } : {}),
    };
    const fields = fieldsOf(m, path, depth + 1, d?.[0]).map((f) => (d ? { ...f, variant: d[1] } : f));
    return [head, ...fields];
  });
}

function fieldsOf(schema: JsonSchema, prefix: string, depth: number, skip?: string): DictionaryField[] {
  if (schema.oneOf) return variantFields(schema.oneOf, prefix, depth);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => key !== skip)
    .flatMap(([key, s]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      const field: DictionaryField = {
        path,
        depth,
        type: typeName(s),
        required: required.has(key),
        description: { en: s.description ?? '', zh: s.zh ?? '' },
      };
      const nested = nestedObject(s);
      return [field, ...(nested ? fieldsOf(nested.schema, `${path}${nested.suffix}`, depth + 1) : [])];
    });
}

/** Every collection of the registry, in its order, with every field. */
export function dataDictionary(): DictionaryCollection[] {
  return collectionNames.map((name) => ({ name, fields: fieldsOf(collectionJsonSchema(name), '', 0) }));
}
