{{/* Name of one component's objects: <release>-<component>. */}}
{{- define "helhet.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "helhet.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: helhet
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "helhet.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "helhet.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .image (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}

{{/* The Secret a purpose reads: secrets.<purpose>.existingSecret, or <release>-<suffix>. (dict root purpose suffix) */}}
{{- define "helhet.secretName" -}}
{{- $given := index .root.Values.secrets .purpose -}}
{{- default (printf "%s-%s" .root.Release.Name .suffix) $given.existingSecret -}}
{{- end -}}

{{- define "helhet.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (printf "%s-helhet" .Release.Name) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The Keycloak server of the admin API: keycloak.adminUrl, or the issuer before /realms/. */}}
{{- define "helhet.keycloakAdminUrl" -}}
{{- default (regexReplaceAll "/realms/.*$" .Values.keycloak.issuer "") .Values.keycloak.adminUrl -}}
{{- end -}}

{{/* The database URLs of a service or the gateway, (dict root name); with postgres.caFile the JDBC driver checks against that CA. */}}
{{- define "helhet.databaseEnv" -}}
{{- $v := .root.Values.postgres -}}
{{- $db := printf "%s:%v/%s" (required "postgres.host is required" $v.host) $v.port .name -}}
{{- $settings := eq .name "gateway" | ternary .root.Values.gateway (index .root.Values.services .name) -}}
{{- $secret := default (printf "%s-db" (include "helhet.fullname" .)) $settings.databaseSecret -}}
- name: QUARKUS_DATASOURCE_REACTIVE_URL
  value: {{ printf "postgresql://%s?sslmode=%s" $db $v.sslMode | quote }}
- name: QUARKUS_DATASOURCE_JDBC_URL
  value: {{ printf "jdbc:postgresql://%s?sslmode=%s%s" $db $v.sslMode (ternary (printf "&sslrootcert=%s" $v.caFile) "" (ne $v.caFile "")) | quote }}
{{- with $v.caFile }}
- name: QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM
  value: "true"
- name: QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS
  value: {{ . | quote }}
{{- end }}
{{- if eq $v.sslMode "verify-full" }}
{{- /* The reactive client checks the server's name only when told how; without it verify-full refuses to connect. */}}
- name: QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM
  value: HTTPS
{{- end }}
- name: QUARKUS_DATASOURCE_USERNAME
  valueFrom: {secretKeyRef: {name: {{ $secret }}, key: username}}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom: {secretKeyRef: {name: {{ $secret }}, key: password}}
{{- end -}}

{{/* Pod settings every pod shares, Jobs included: security, pull secrets, no API token. */}}
{{- define "helhet.podBasics" -}}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .root.Values.podSecurityContext | nindent 2 }}
{{- with .root.Values.image.pullSecrets }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . }}
  {{- end }}
{{- end }}
{{- end -}}

{{/* The pod template shared by every long-running component; .env holds its own environment. */}}
{{- define "helhet.pod" -}}
metadata:
  labels:
    {{- include "helhet.labels" . | nindent 4 }}
spec:
  {{- include "helhet.podBasics" . | nindent 2 }}
  serviceAccountName: {{ include "helhet.serviceAccountName" .root }}
  {{- if .root.Values.topologySpread.enabled }}
  topologySpreadConstraints:
    {{- range list "kubernetes.io/hostname" "topology.kubernetes.io/zone" }}
    - maxSkew: 1
      topologyKey: {{ . }}
      whenUnsatisfiable: ScheduleAnyway
      labelSelector:
        matchLabels:
          {{- include "helhet.selector" $ | nindent 10 }}
    {{- end }}
  {{- end }}
  containers:
    - name: {{ .name }}
      image: {{ include "helhet.image" (dict "root" .root "image" .name) }}
      imagePullPolicy: {{ .root.Values.image.pullPolicy }}
      ports:
        - name: http
          containerPort: 8080
          protocol: TCP
      env:
        - name: QUARKUS_HTTP_PORT
          value: "8080"
        # Only the flags the image's JDK knows (docs/adr/0002-java-21-on-temurin-25.md)
        - name: JAVA_OPTS_APPEND
          value: "--add-opens java.base/java.lang=ALL-UNNAMED{{ if ge (int (default 21 .root.Values.image.javaRelease)) 23 }} --sun-misc-unsafe-memory-access=allow{{ end }}"
        - name: JAVA_MAX_MEM_RATIO
          value: {{ .root.Values.javaMaxMemRatio | quote }}
        - name: QUARKUS_OIDC_AUTH_SERVER_URL
          value: {{ required "keycloak.issuer is required (the realm's issuer URL)" .root.Values.keycloak.issuer | quote }}
        - name: QUARKUS_OTEL_TRACES_SAMPLER
          value: {{ .root.Values.tracing.sampler | quote }}
        {{- with .root.Values.tracing.otlpEndpoint }}
        - name: QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT
          value: {{ . | quote }}
        {{- end }}
        {{- with .env }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
        {{- with .root.Values.extraEnv }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      startupProbe:
        httpGet: {path: /q/health/started, port: http}
        periodSeconds: 2
        failureThreshold: 60
      livenessProbe:
        httpGet: {path: /q/health/live, port: http}
        periodSeconds: 10
      readinessProbe:
        httpGet: {path: /q/health/ready, port: http}
        periodSeconds: 5
      resources:
        {{- toYaml .root.Values.resources | nindent 8 }}
      securityContext:
        {{- toYaml .root.Values.containerSecurityContext | nindent 8 }}
      volumeMounts:
        - name: tmp
          mountPath: /tmp
        {{- with .root.Values.extraVolumeMounts }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
  volumes:
    - name: tmp
      emptyDir: {}
    {{- with .root.Values.extraVolumes }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end -}}

{{/* What each Deployment of a component also gets: an HPA when autoscaling, a PDB when it has replicas to spare. (dict root name replicas) */}}
{{- define "helhet.scaling" -}}
{{- if .root.Values.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "helhet.fullname" . }}
  labels:
    {{- include "helhet.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "helhet.fullname" . }}
  minReplicas: {{ max 1 .replicas }}
  maxReplicas: {{ max .replicas .root.Values.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .root.Values.autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
{{- if and .root.Values.podDisruptionBudget.enabled (or (gt (int .replicas) 1) .root.Values.autoscaling.enabled) }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "helhet.fullname" . }}
  labels:
    {{- include "helhet.labels" . | nindent 4 }}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      {{- include "helhet.selector" . | nindent 6 }}
{{- end }}
{{- end -}}
