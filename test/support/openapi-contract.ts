import type { OpenAPIV3 } from 'openapi-types';

export const ERROR_BODY_REF = '#/components/schemas/ErrorBodyDto';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export interface Operation {
  readonly name: string;
  readonly operation: OpenAPIV3.OperationObject;
}

/** Every operation of the document, named `METHOD /path`. */
export function operationsOf(document: OpenAPIV3.Document): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item?.[method]).map((method) => ({
      name: `${method.toUpperCase()} ${path}`,
      operation: item![method]!,
    })),
  );
}

function isRef(value: unknown): value is OpenAPIV3.ReferenceObject {
  return typeof value === 'object' && value !== null && '$ref' in value;
}

function successProblems(responses: OpenAPIV3.ResponsesObject): string[] {
  const success = Object.entries(responses).filter(([status]) => /^[23]\d\d$/.test(status));
  if (success.length === 0) return ['no 2xx or 3xx response'];
  return success.flatMap(([status, response]) => {
    if (isRef(response) || status === '204' || status.startsWith('3')) return [];
    const content = Object.entries(response.content ?? {});
    if (content.length === 0) return [`${status} has no content`];
    return content.filter(([, media]) => !media.schema).map(([type]) => `${status} ${type} has no schema`);
  });
}

function errorProblems(responses: OpenAPIV3.ResponsesObject): string[] {
  return Object.entries(responses)
    .filter(([status]) => /^[45]\d\d$/.test(status))
    .filter(([, response]) => {
      const schema = isRef(response) ? undefined : response.content?.['application/json']?.schema;
      return !isRef(schema) || schema.$ref !== ERROR_BODY_REF;
    })
    .map(([status]) => `${status} is not the common error body`);
}

/** What one operation lacks to be part of the contract (docs/api.md, "Contract"). */
function operationProblems({ operation }: Operation): string[] {
  const problems: string[] = [];
  if (!operation.summary?.trim()) problems.push('no summary');
  problems.push(...successProblems(operation.responses), ...errorProblems(operation.responses));
  const statuses = Object.keys(operation.responses);
  if ((operation.security ?? []).length > 0 && !statuses.includes('401'))
    problems.push('signed in but no 401');
  const validated = (operation.parameters ?? []).length > 0 || operation.requestBody !== undefined;
  if (validated && !statuses.includes('400')) problems.push('takes input but no 400');
  const body = operation.requestBody;
  if (body && !isRef(body)) {
    for (const [type, media] of Object.entries(body.content)) {
      if (!media.schema) problems.push(`request ${type} has no schema`);
    }
  }
  return problems;
}

/** Object schemas that say nothing of their fields: a DTO whose properties lack @ApiProperty. */
function emptySchemas(document: OpenAPIV3.Document): string[] {
  return Object.entries(document.components?.schemas ?? {})
    .filter(([, schema]) => !isRef(schema) && !schema.properties && !schema.additionalProperties)
    .filter(([, schema]) => !isRef(schema) && !schema.oneOf && !schema.allOf && !schema.anyOf && !schema.enum)
    .map(([name]) => `schema ${name}: no properties`);
}

/** Every gap in the document, one line per offender; empty when the contract is complete. */
export function contractProblems(document: OpenAPIV3.Document): string[] {
  return [
    ...operationsOf(document).flatMap((op) =>
      operationProblems(op).map((problem) => `${op.name}: ${problem}`),
    ),
    ...emptySchemas(document),
  ];
}
