// Offline validation of the Kubernetes manifests (no cluster needed; `kubectl apply --dry-run=client`
// still asks an API server for discovery, so it cannot do this):
//   1. every file parses, every document has apiVersion, kind and metadata.name;
//   2. built-in kinds validate against the Kubernetes JSON schemas shipped in kubernetes-models;
//   3. the CloudNativePG Cluster (a CRD, no schema here) has the fields the operator requires;
//   4. the manifests agree with each other: selectors, Services, Secrets and their keys,
//      ConfigMaps, probe ports, the HPA target, the database services, the image.
// Usage: node check.mjs DIR   — exits 1 listing every problem.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, basename } from "node:path";
import { parseAllDocuments } from "yaml";

const dir = process.argv[2] ?? "../k8s";
const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

// 1. Parse.
const files = readdirSync(dir).filter(f => /\.ya?ml$/.test(f)).sort();
const objects = [];
let kustomization = null;
for (const file of files) {
  const docs = parseAllDocuments(readFileSync(join(dir, file), "utf8"), { uniqueKeys: true });
  for (const doc of docs) {
    for (const e of [...doc.errors, ...doc.warnings]) problem(file, `YAML: ${e.message}`);
    const value = doc.toJS();
    if (value == null) continue;
    if (value.kind === "Kustomization") { kustomization = { file, value }; continue; }
    const where = `${file} ${value.kind ?? "?"}/${value.metadata?.name ?? "?"}`;
    for (const field of ["apiVersion", "kind"]) if (typeof value[field] !== "string") problem(where, `${field} is missing`);
    if (typeof value.metadata?.name !== "string") problem(where, "metadata.name is missing");
    objects.push({ file, where, value });
  }
}
if (files.length === 0) problem(dir, "no manifests");

// 2. Schemas of the built-in kinds: apiVersion "apps/v1" → kubernetes-models/apps/v1, "v1" → kubernetes-models/v1.
const builtIn = /^(v1|(apps|batch|policy|autoscaling|networking\.k8s\.io|rbac\.authorization\.k8s\.io)\/v\d+)$/;
for (const { where, value } of objects) {
  if (!builtIn.test(value.apiVersion ?? "")) continue;
  const module = await import(`kubernetes-models/${value.apiVersion}`);
  const Model = module[value.kind];
  if (!Model) { problem(where, `unknown kind for ${value.apiVersion}`); continue; }
  try { new Model(value).validate(); } catch (e) { problem(where, `schema: ${e.message}`); }
}

const all = kind => objects.filter(o => o.value.kind === kind);
const byName = (kind, name) => all(kind).find(o => o.value.metadata.name === name);
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

// 3. CloudNativePG clusters.
const cnpgSpecFields = new Set(["description", "instances", "imageName", "imageCatalogRef", "primaryUpdateStrategy",
  "primaryUpdateMethod", "bootstrap", "replica", "postgresql", "storage", "walStorage", "resources", "affinity",
  "monitoring", "backup", "superuserSecret", "enableSuperuserAccess", "managed", "minSyncReplicas", "maxSyncReplicas",
  "startDelay", "stopDelay", "switchoverDelay", "failoverDelay", "logLevel", "certificates", "inheritedMetadata",
  "env", "envFrom", "externalClusters", "nodeMaintenanceWindow", "priorityClassName", "projectedVolumeTemplate",
  "seccompProfile", "serviceAccountTemplate", "topologySpreadConstraints", "ephemeralVolumeSource", "tablespaces",
  "plugins", "probes", "enablePDB", "smartShutdownTimeout", "postgresUID", "postgresGID"]);
for (const { where, value } of all("Cluster")) {
  if (value.apiVersion !== "postgresql.cnpg.io/v1") { problem(where, "apiVersion must be postgresql.cnpg.io/v1"); continue; }
  const spec = value.spec ?? {};
  for (const key of Object.keys(spec)) if (!cnpgSpecFields.has(key)) problem(where, `spec.${key} is not a Cluster field`);
  if (!Number.isInteger(spec.instances) || spec.instances < 3) problem(where, "spec.instances must be an integer ≥ 3 (a primary and two replicas)");
  if (typeof spec.storage?.size !== "string") problem(where, "spec.storage.size is required");
  const initdb = spec.bootstrap?.initdb;
  if (!initdb?.database || !initdb?.owner) problem(where, "spec.bootstrap.initdb needs database and owner");
  const secret = initdb?.secret?.name && byName("Secret", initdb.secret.name);
  if (initdb?.secret && !secret) problem(where, `bootstrap secret ${initdb.secret.name} is not defined`);
  if (secret && secret.value.type !== "kubernetes.io/basic-auth") problem(where, `secret ${initdb.secret.name} must be of type kubernetes.io/basic-auth`);
}
// The services the operator creates for each cluster, which the connection strings may name.
const operatorServices = new Set(all("Cluster").flatMap(c => ["rw", "ro", "r"].map(s => `${c.value.metadata.name}-${s}`)));

// 4. References between the manifests.
const secretKeys = name => {
  const s = byName("Secret", name)?.value;
  return s && new Set([...Object.keys(s.data ?? {}), ...Object.keys(s.stringData ?? {})]);
};
const workloads = [...all("Deployment"), ...all("Job")];
for (const { where, value } of workloads) {
  const pod = value.spec?.template;
  if (value.kind === "Deployment") {
    if (!matches(value.spec?.selector?.matchLabels, pod?.metadata?.labels)) problem(where, "selector does not match the pod labels");
    if (!(value.spec?.replicas >= 2)) problem(where, "replicas must be at least 2");
  }
  if (pod?.spec?.securityContext?.runAsNonRoot !== true) problem(where, "the pod must set securityContext.runAsNonRoot");
  for (const c of pod?.spec?.containers ?? []) {
    const cw = `${where} container ${c.name}`;
    if (!c.resources?.requests || !c.resources?.limits?.memory) problem(cw, "needs resource requests and a memory limit");
    const ports = new Set((c.ports ?? []).map(p => p.name));
    for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) {
      const port = c[probe]?.httpGet?.port;
      if (typeof port === "string" && !ports.has(port)) problem(cw, `${probe} uses undefined port ${port}`);
    }
    if (value.kind === "Deployment") {
      if (c.livenessProbe?.httpGet?.path !== "/healthz") problem(cw, "livenessProbe must GET /healthz");
      if (c.readinessProbe?.httpGet?.path !== "/readyz") problem(cw, "readinessProbe must GET /readyz");
      if (!c.lifecycle?.preStop) problem(cw, "needs a preStop hook to drain");
    }
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef && !byName("ConfigMap", from.configMapRef.name)) problem(cw, `ConfigMap ${from.configMapRef.name} is not defined`);
      if (from.secretRef && !byName("Secret", from.secretRef.name)) problem(cw, `Secret ${from.secretRef.name} is not defined`);
    }
    const env = new Map((c.env ?? []).map(e => [e.name, e]));
    // $(VAR) expands only variables defined earlier in the list (or by envFrom).
    const defined = new Set((c.envFrom ?? []).flatMap(f => Object.keys(byName("ConfigMap", f.configMapRef?.name)?.value.data ?? {})));
    for (const e of c.env ?? []) {
      const ref = e.valueFrom?.secretKeyRef;
      if (ref && !secretKeys(ref.name)?.has(ref.key)) problem(cw, `env ${e.name}: Secret ${ref.name} has no key ${ref.key}`);
      for (const [, name] of (e.value ?? "").matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)) {
        if (!defined.has(name)) problem(cw, `env ${e.name} refers to $(${name}), which is not defined before it`);
      }
      defined.add(e.name);
      if (e.name.startsWith("ConnectionStrings__")) {
        const host = /Host=([^;]+)/.exec(e.value ?? "")?.[1];
        if (!operatorServices.has(host)) problem(cw, `${e.name} points at ${host}, not a service of a CloudNativePG Cluster here`);
      }
    }
    const write = /Host=([^;]+)/.exec(env.get("ConnectionStrings__Landscape")?.value ?? "")?.[1];
    if (write && !write.endsWith("-rw")) problem(cw, "ConnectionStrings__Landscape must use the primary's -rw service");
    const read = /Host=([^;]+)/.exec(env.get("ConnectionStrings__LandscapeRead")?.value ?? "")?.[1];
    if (read && !read.endsWith("-ro")) problem(cw, "ConnectionStrings__LandscapeRead must use the replicas' -ro service");
  }
}
for (const { where, value } of all("Service")) {
  const target = all("Deployment").find(d => matches(value.spec?.selector, d.value.spec?.template?.metadata?.labels));
  if (!target) { problem(where, "selects no Deployment's pods"); continue; }
  const names = new Set(target.value.spec.template.spec.containers.flatMap(c => (c.ports ?? []).map(p => p.name)));
  for (const p of value.spec?.ports ?? []) {
    if (typeof p.targetPort === "string" && !names.has(p.targetPort)) problem(where, `targetPort ${p.targetPort} is not a container port`);
  }
}
for (const { where, value } of all("PodDisruptionBudget")) {
  if (!all("Deployment").some(d => matches(value.spec?.selector?.matchLabels, d.value.spec?.template?.metadata?.labels))) problem(where, "selects no Deployment's pods");
}
for (const { where, value } of all("HorizontalPodAutoscaler")) {
  const ref = value.spec?.scaleTargetRef;
  if (!byName(ref?.kind, ref?.name)) problem(where, `scale target ${ref?.kind}/${ref?.name} is not defined`);
  if (!(value.spec?.minReplicas >= 2)) problem(where, "minReplicas must be at least 2");
}
for (const { where, value } of all("Ingress")) {
  for (const rule of value.spec?.rules ?? []) for (const path of rule.http?.paths ?? []) {
    const svc = path.backend?.service;
    const service = svc && byName("Service", svc.name);
    if (!service) { problem(where, `backend Service ${svc?.name} is not defined`); continue; }
    if (svc.port?.name && !(service.value.spec.ports ?? []).some(p => p.name === svc.port.name)) problem(where, `Service ${svc.name} has no port ${svc.port.name}`);
  }
}

// The kustomization: its resources exist; the standalone Job runs the image the Deployment will.
if (!kustomization) problem(dir, "no kustomization.yaml");
else {
  for (const r of kustomization.value.resources ?? []) if (!existsSync(join(dir, r))) problem(kustomization.file, `resource ${r} does not exist`);
  const listed = new Set(kustomization.value.resources ?? []);
  const image = (kustomization.value.images ?? []).find(i => i.name === "landscape-api");
  for (const { file, where, value } of all("Job")) {
    if (listed.has(basename(file))) continue;
    for (const c of value.spec?.template?.spec?.containers ?? []) {
      if (image && c.image !== `${image.newName}:${image.newTag}`) problem(where, `image ${c.image} differs from the kustomization's ${image.newName}:${image.newTag}`);
    }
  }
  for (const { file, where } of objects) {
    if (!listed.has(basename(file)) && !where.includes(" Job/")) problem(file, "is neither listed in kustomization.yaml nor a standalone Job");
  }
}

const kinds = [...new Set(objects.map(o => o.value.kind))].sort().join(", ");
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s) in ${dir}.`);
  process.exit(1);
}
console.log(`${dir}: ${objects.length} manifests valid (${kinds}).`);
