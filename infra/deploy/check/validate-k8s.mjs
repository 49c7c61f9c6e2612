// Validates every document of the Kubernetes manifests in the given directories (default ../k8s) against the
// Kubernetes API's OpenAPI schemas, as compiled into the npm package kubernetes-models: the model for each
// document's apiVersion and kind, its required fields, types and formats. Exits 1 on the first file with a
// document that does not validate or has an unknown apiVersion/kind.
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const directories = process.argv.length > 2 ? process.argv.slice(2) : [join(here, "..", "k8s")];

async function modelFor(apiVersion, kind) {
  let models;
  try {
    models = await import(`kubernetes-models/${apiVersion}`);
  } catch {
    throw new Error(`unknown apiVersion ${apiVersion}`);
  }
  const model = models[kind];
  if (!model) {
    throw new Error(`unknown kind ${kind} in ${apiVersion}`);
  }
  return model;
}

let documents = 0;
let failures = 0;
for (const directory of directories) {
  for (const file of readdirSync(directory).filter((name) => /\.ya?ml$/.test(name)).sort()) {
    const path = join(directory, file);
    for (const parsed of parseAllDocuments(readFileSync(path, "utf8"))) {
      if (parsed.errors.length > 0) {
        console.error(`${path}: not YAML: ${parsed.errors.map((e) => e.message).join("; ")}`);
        failures++;
        continue;
      }
      const document = parsed.toJS();
      if (document === null) {
        continue;
      }
      const name = `${path}: ${document.kind ?? "?"} ${document.metadata?.name ?? "?"}`;
      try {
        const Model = await modelFor(document.apiVersion, document.kind);
        new Model(document).validate();
        console.log(`valid   ${name}`);
      } catch (error) {
        console.error(`INVALID ${name}: ${error.message}`);
        failures++;
      }
      documents++;
    }
  }
}
console.log(`Kubernetes documents: ${documents - failures} valid, ${failures} invalid`);
process.exit(failures === 0 && documents > 0 ? 0 : 1);
