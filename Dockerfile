# One image per service, each with only its own runtime classpath: only enrich carries CoreNLP and its models;
# none carries the embedded broker (test scope) or the launcher. Compose builds each with `target:`:
#   docker build --target ingest -t visitwire-ingest:0.1.0 .     (also: enrich, sink, kafka-ui-serde)
# Base images are pinned to exact version tags.
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# package, then each module's runtime dependencies (siblings resolved from this reactor) into target/runtime-lib
RUN mvn -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/runtime-lib

FROM eclipse-temurin:17.0.16_8-jre AS runtime
WORKDIR /app
# the services' log format and levels (slf4j-simple reads it from the classpath)
COPY launcher/src/main/resources/simplelogger.properties /app/conf/
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-cp", "/app/conf:/app/lib/*"]

FROM runtime AS ingest
COPY --from=build /src/ingest-service/target/runtime-lib/ /app/lib/
COPY --from=build /src/ingest-service/target/visitwire-ingest-service-*.jar /app/lib/
CMD ["io.visitwire.ingest.IngestMain"]

FROM runtime AS enrich
COPY --from=build /src/enrich-service/target/runtime-lib/ /app/lib/
COPY --from=build /src/enrich-service/target/visitwire-enrich-service-*.jar /app/lib/
CMD ["-Xmx2g", "io.visitwire.enrich.EnrichMain"]

FROM runtime AS sink
COPY --from=build /src/sink-service/target/runtime-lib/ /app/lib/
COPY --from=build /src/sink-service/target/visitwire-sink-service-*.jar /app/lib/
CMD ["io.visitwire.sink.SinkMain"]

# kafka-ui's serde plugin alone, copied into kafka-ui's volume by compose's kafka-ui-serde service
FROM runtime AS kafka-ui-serde
COPY --from=build /src/kafka-ui-serde/target/visitwire-kafka-ui-serde.jar /app/kafka-ui-serde/
ENTRYPOINT ["cp", "/app/kafka-ui-serde/visitwire-kafka-ui-serde.jar", "/serdes/visitwire-kafka-ui-serde.jar"]
CMD []
