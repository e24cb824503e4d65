# Build: docker compose build (or docker build -t claimtrace .)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -ntp -DskipTests package && cp target/claimtrace-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home claimtrace
USER claimtrace
WORKDIR /home/claimtrace
COPY --from=build /app.jar app.jar
EXPOSE 8080
# CoreNLP's models need about 2 GB of the heap
ENV JAVA_TOOL_OPTIONS="-Xmx3g"
ENTRYPOINT ["java", "-jar", "app.jar"]
