// Generates the TypeScript types of the services' APIs from the OpenAPI documents their builds write
// (services/<name>/target/openapi/openapi.json, quarkus.smallrye-openapi.store-schema-directory).
// The result is committed (src/shared/api/generated), so `npm run build` works without the services
// built; when a document is there, the types are regenerated from it and git shows what changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, '../../../../..');
const target = resolve(here, '../src/shared/api/generated');
const SERVICES = ['participants', 'coordinators', 'agreements', 'referrals', 'statistics'];

mkdirSync(target, { recursive: true });
for (const service of SERVICES) {
  const document = resolve(repository, 'services', service, 'target/openapi/openapi.json');
  const output = resolve(target, `${service}.ts`);
  if (!existsSync(document)) {
    if (!existsSync(output)) throw new Error(`No OpenAPI document for ${service} (${document}) and no committed types: build the service first`);
    console.log(`api-types: ${service}: no document, keeping the committed types`);
    continue;
  }
  const ast = await openapiTS(JSON.parse(readFileSync(document, 'utf8')));
  const source = `// Generated from services/${service}'s OpenAPI document by scripts/api-types.mjs. Do not edit.\n\n${astToString(ast)}`;
  const before = existsSync(output) ? readFileSync(output, 'utf8') : '';
  if (before !== source) writeFileSync(output, source);
  console.log(`api-types: ${service}: ${before === source ? 'unchanged' : 'written'}`);
}
