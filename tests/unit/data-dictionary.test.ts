/** The open-data dictionary comes from the zod schemas: every collection, every field, described in both languages. */
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { dataDictionary, typeName } from '../../core/data-dictionary.ts';
import { collectionNames, collectionSchemas } from '../../core/schemas/collections.ts';

const dictionary = dataDictionary();

describe('data dictionary', () => {
  test('lists every collection of the registry, in its order', () => {
    expect(dictionary.map((c) => c.name)).toEqual(collectionNames);
  });

  test('lists every field of every record shape, nested fields under their parent', () => {
    for (const c of dictionary) {
      const top = c.fields.filter((f) => f.depth === 0).map((f) => f.path);
      expect(top, c.name).toEqual(Object.keys((collectionSchemas[c.name] as z.ZodObject).shape));
    }
    const paragraphs = dictionary.find((c) => c.name === 'paragraphs')!.fields.map((f) => f.path);
    expect(paragraphs).toEqual(expect.arrayContaining(['footnotes', 'footnotes[].mark', 'footnotes[].text']));
    const blocks = dictionary.find((c) => c.name === 'documents')!.fields.filter((f) => f.path === 'blocks[]');
    expect(blocks.map((b) => b.variant)).toContain('type = "heading"');
  });

  test('every field has a description in English and in Chinese (the schema is where fields are described)', () => {
    // Prose outside `code` needs Chinese; a description that is only code (`<documentId>/<number>`) does not.
    const prose = (s: string) => s.replace(/`[^`]*`/g, '');
    const translated = (en: string, zh: string) => zh.trim() !== '' && (!/[a-z]{3}/i.test(prose(en)) || /[\u4e00-\u9fff]/.test(prose(zh)));
    const missing = dictionary.flatMap((c) =>
      c.fields
        .filter((f) => !f.description.en.trim() || !translated(f.description.en, f.description.zh))
        .map((f) => `${c.name}.${f.path}${f.variant ? ` (${f.variant})` : ''}: add .meta({ description: '…', zh: '…' }) in core/schemas/`),
    );
    expect(missing).toEqual([]);
  });

  test('types in short notation', () => {
    expect(typeName({ type: 'string' })).toBe('string');
    expect(typeName({ anyOf: [{ type: 'integer' }, { type: 'null' }] })).toBe('integer | null');
    expect(typeName({ type: ['string', 'null'] })).toBe('string | null');
    expect(typeName({ enum: ['a', 'b'] })).toBe('"a" | "b"');
    expect(typeName({ type: 'array', items: { type: 'string' } })).toBe('string[]');
    expect(typeName({ type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'null' }] } })).toBe('(string | null)[]');
    expect(typeName({ type: 'array', prefixItems: [{ type: 'integer' }, { type: 'integer' }] })).toBe('[integer, integer]');
    const lines = dictionary.find((c) => c.name === 'paragraphs')!.fields.find((f) => f.path === 'lines')!;
    expect(lines.type).toBe('[integer, integer]');
    const noteZh = dictionary.find((c) => c.name === 'documents')!.fields.find((f) => f.path === 'symbolNoteZh')!;
    expect(noteZh.required).toBe(false);
  });
});
