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
{{- printf "%s/%s:%s" .root.Values.image.registry .name (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}

{{/* The pod template shared by every component; .env holds its own environment. */}}
{{- define "helhet.pod" -}}
metadata:
  labels:
    {{- include "helhet.labels" . | nindent 4 }}
spec:
  automountServiceAccountToken: false
  securityContext:
    {{- toYaml .root.Values.podSecurityContext | nindent 4 }}
  containers:
    - name: {{ .name }}
      image: {{ include "helhet.image" . }}
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
  volumes:
    - name: tmp
      emptyDir: {}
{{- end -}}
