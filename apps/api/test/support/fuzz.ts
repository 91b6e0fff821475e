import { PATH_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import fc from 'fast-check';
import { z } from 'zod';

export type WriteEndpoint = { method: 'POST' | 'PATCH' | 'DELETE'; path: string; body?: z.ZodType };
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
};

const METHODS: Partial<Record<RequestMethod, WriteEndpoint['method']>> = {
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

/** Every POST, PATCH and DELETE route of the app, with the zod schema of its body, read from the controllers' metadata. */
export function writeEndpoints(app: INestApplication): WriteEndpoint[] {
  const endpoints: WriteEndpoint[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
        const handler = metatype.prototype[name];
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        if (name === 'constructor' || !method) continue;
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}) as Record<string, { schema?: z.ZodType }>;
        const body = Object.entries(args).find(([key]) => key.startsWith(`${RouteParamtypes.BODY}:`))?.[1].schema;
        endpoints.push({ method, path: `/api/${[base, path].filter((part) => part && part !== '/').join('/')}`.replace(/\/+/g, '/'), body });
      }
    }
  }
  return endpoints;
}

/** Text an attacker or a careless paste would send. */
const HOSTILE = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202eevil',
  '😀🇸🇳',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '__proto__',
  'constructor',
  '%00',
  '../../etc/passwd',
  'é'.repeat(300),
  'x'.repeat(70_000),
  'awa@example.org 06 12 34 56 78',
  '1e999',
  'NaN',
);
const anyJson = fc.jsonValue({ maxDepth: 3 });

function shaped(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return anyJson;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((variant) => shaped(variant, depth + 1)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => shaped({ ...schema, type }, depth + 1)));
  switch (types[0]) {
    case 'string':
      if (schema.format === 'email') return fc.oneof(fc.emailAddress(), HOSTILE);
      if (schema.format === 'uuid') return fc.oneof(fc.uuid({ version: 4 }), HOSTILE);
      return fc.oneof(fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 400) }), HOSTILE);
    case 'integer':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 }), fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 53), 1e308));
    case 'number':
      return fc.oneof(fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true }), fc.constantFrom(0, -0.5, 1e308, -1e308, 5e-324));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? shaped(schema.items, depth + 1) : anyJson, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, 30) });
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      const required = new Set(schema.required ?? []);
      const record = Object.fromEntries(properties.map(([key, value]) => [key, shaped(value, depth + 1)]));
      return fc.record(record, { requiredKeys: properties.map(([key]) => key).filter((key) => required.has(key)) });
    }
    default:
      return anyJson;
  }
}

/**
 * Bodies for one endpoint: mostly shaped like its schema (with hostile values inside), some
 * with an unknown or prototype-polluting field, some any JSON at all, some not JSON.
 */
export function bodies(schema: z.ZodType | undefined): fc.Arbitrary<unknown> {
  if (!schema) return fc.oneof(fc.constant(undefined), anyJson);
  let json: JsonSchema;
  try {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return anyJson;
  }
  const body = shaped(json);
  return fc.oneof(
    { weight: 6, arbitrary: body },
    { weight: 1, arbitrary: body.map((value) => (value && typeof value === 'object' ? { ...value, unexpected: 'field' } : value)) },
    { weight: 1, arbitrary: body.map((value) => (value && typeof value === 'object' ? JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(value).slice(1)}`.replace(',}', '}')) : value)) },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: fc.constantFrom('{"unterminated": ', 'not json', '[]', 'null', '"text"').map((raw) => ({ raw })) },
  );
}
