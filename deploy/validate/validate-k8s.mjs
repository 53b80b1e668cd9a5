// Validates every object of rendered Kubernetes YAML (stdin, or files given as arguments) against the
// Kubernetes schemas, offline, with the kubernetes-models packages; CRDs used here (KEDA, Strimzi) included.
// Exit status 1 with one line per invalid object.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const packages = {
  "keda.sh": "@kubernetes-models/keda",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
};

async function modelFor(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const module = packages[group] ? `${packages[group]}/${apiVersion}/${kind}` : `kubernetes-models/${apiVersion}/${kind}`;
  try {
    return (await import(module))[kind];
  } catch (e) {
    return null;
  }
}

const sources = process.argv.length > 2 ? process.argv.slice(2).map((f) => [f, readFileSync(f, "utf8")])
  : [["stdin", readFileSync(0, "utf8")]];
let objects = 0;
const failures = [];
for (const [name, text] of sources) {
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) {
      failures.push(`${name}: YAML error: ${doc.errors[0].message}`);
      continue;
    }
    const object = doc.toJS();
    if (!object) continue;
    objects++;
    const where = `${name}: ${object.kind} ${object.metadata?.name}`;
    const Model = await modelFor(object.apiVersion ?? "", object.kind ?? "");
    if (!Model) {
      failures.push(`${where}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (e) {
      failures.push(`${where}: ${e.message}`);
    }
  }
}
failures.forEach((f) => console.error(f));
console.log(`${objects} objects checked, ${failures.length} invalid`);
process.exit(failures.length || objects === 0 ? 1 : 0);
