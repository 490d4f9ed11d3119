# One image for the three services; compose picks the service by its command.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/launcher/target/lib/ /app/lib/
COPY --from=build /src/launcher/target/visitwire-launcher-*.jar /app/lib/
# kafka-ui's serde plugin, copied into kafka-ui's volume by compose's kafka-ui-serde service
COPY --from=build /src/kafka-ui-serde/target/visitwire-kafka-ui-serde.jar /app/kafka-ui-serde/
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-cp", "/app/lib/*"]
