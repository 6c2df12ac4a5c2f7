/**
 * What the schemas say about their fields, read back from the zod schemas themselves: the
 * description (`.describe()`), whether the field is required, its kind of value in plain
 * Vietnamese, its allowed values. One reading for two readers: the content check's messages
 * and the generated field reference (src/content/field-reference.ts).
 */
import type { z } from 'astro/zod';

/** zod's internal definition, as far as this module reads it. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; format?: string; minimum?: number; maximum?: number } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export interface FieldInfo {
  /** the description written in the schema, outermost first */
  description?: string;
  required: boolean;
  /** the kind of value, in plain words: "chữ", "số nguyên", "danh sách chữ", … */
  kind: string;
  /** the allowed values of an enum */
  values?: readonly string[];
  /** the default value when the field is left out */
  defaultValue?: unknown;
  /** the object's own fields, for an object or a list of objects */
  fields?: Record<string, z.ZodType>;
}

/** Removes optional, default, transforms and refinements, keeping the first description met. */
function unwrap(schema: z.ZodType): { core: z.ZodType; description?: string; required: boolean; defaultValue?: unknown } {
  let core = schema;
  let description = schema.description;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(core);
    let next: z.ZodType | undefined;
    if (def.type === 'optional') {
      required = false;
      next = def.innerType;
    } else if (def.type === 'default') {
      required = false;
      defaultValue = def.defaultValue;
      next = def.innerType;
    } else if (def.type === 'nullable' || def.type === 'readonly' || def.type === 'catch') {
      next = def.innerType;
    } else if (def.type === 'pipe') {
      // A date (union → transform) or a checker reference (string → transform): the input side.
      next = def.in;
    }
    if (!next) break;
    core = next;
    description ??= core.description;
  }
  return { core, description, required, defaultValue };
}

function kindOf(core: z.ZodType): { kind: string; values?: readonly string[]; fields?: Record<string, z.ZodType> } {
  const def = defOf(core);
  switch (def.type) {
    case 'string': {
      const format = def.checks?.map((c) => c._zod.def.format).find(Boolean);
      return { kind: format === 'url' ? 'địa chỉ web (URL)' : 'chữ' };
    }
    case 'number': {
      const int = def.checks?.some((c) => c._zod.def.format === 'safeint' || c._zod.def.check === 'number_format');
      return { kind: int ? 'số nguyên' : 'số' };
    }
    case 'boolean':
      return { kind: 'có/không (true/false)' };
    case 'date':
      return { kind: 'ngày' };
    case 'enum':
      return { kind: 'một giá trị trong danh sách', values: Object.values(def.entries ?? {}) };
    case 'union':
      // The only union in the model is a day: a YAML date or a string.
      return (def.options ?? []).some((o) => defOf(o).type === 'date') ? { kind: 'ngày (YYYY-MM-DD)' } : { kind: 'giá trị' };
    case 'object':
      return { kind: 'nhóm trường', fields: def.shape };
    case 'array': {
      const element = unwrap(def.element!);
      const inner = kindOf(element.core);
      return { kind: `danh sách ${inner.kind === 'nhóm trường' ? 'các nhóm trường' : inner.kind}`, values: inner.values, fields: inner.fields };
    }
    default:
      return { kind: 'giá trị' };
  }
}

export function fieldInfo(schema: z.ZodType): FieldInfo {
  const { core, description, required, defaultValue } = unwrap(schema);
  return { description, required, defaultValue, ...kindOf(core) };
}

/** The schema of the field at `path` (keys and list indexes), or undefined when there is none. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const { core } = unwrap(current);
    const def = defOf(core);
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

/** The field's description, when the schema gives one. */
export function describeField(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  const at = schemaAt(schema, path);
  return at ? unwrap(at).description : undefined;
}
